/** How the outbox worker paces itself: side-by-side effects, leases, retries. */
export interface OutboxOptions {
  /** Effects sent side by side: enough to keep Discord's global limit busy despite slow answers. */
  inFlight: number;
  /**
   * How long a claim holds unless renewed: the worker renews its claims while it lives, so a
   * slow Discord never lets another take an effect in flight, and a dead worker's run out soon.
   */
  leaseMs: number;
  /** Passing failures (5xx, time-outs) are retried for this long after the first attempt, then given up. */
  giveUpAfterMs: number;
}

export const defaults: OutboxOptions = { inFlight: 32, leaseMs: 10_000, giveUpAfterMs: 3 * 86_400_000 };

/** 5 s, 20 s, 80 s, 5 min, then every 15 min. */
export const backoffMs = (attempts: number) => Math.min(15 * 60_000, 5_000 * 4 ** Math.max(0, attempts - 1));
