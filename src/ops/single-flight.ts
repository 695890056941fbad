/** One call of `run` at a time: the call under way, with when it began (performance.now()) and whether it was joined. */
export interface Flight<T> {
  answer: Promise<T>;
  since: number;
  joined: boolean;
}

/**
 * While a call has not answered, every caller waits on that one instead of starting another:
 * probes of a database that hangs leave one query queued behind it, not one per probe.
 */
export function singleFlight<T>(run: () => Promise<T>): () => Flight<T> {
  let current: { answer: Promise<T>; since: number } | null = null;
  return () => {
    if (current) return { ...current, joined: true };
    const flight = { answer: run(), since: performance.now() };
    current = flight;
    const done = () => {
      if (current === flight) current = null;
    };
    flight.answer.then(done, done);
    return { ...flight, joined: false };
  };
}

/** What `flight` gives, or 'late' when it has not answered `ms` after it began. */
export async function within<T>(flight: Flight<T>, ms: number): Promise<{ value: T } | { error: unknown } | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, flight.since + ms - performance.now()));
  });
  try {
    return await Promise.race([
      flight.answer.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
