import { DefaultRestOptions } from 'discord.js';

/**
 * Part of a request's allowance the bucket keeps while a timer runs late, so that lateness
 * (a timer fires a millisecond or more after asked) does not lower the pace. It never adds a
 * request to a second: floor(rate + burst + slack) stays rate + burst.
 */
const SLACK = 0.5;

/**
 * A token bucket for every request that carries the bot's token (interaction answers do
 * not, and Discord does not count them globally). At `rate` per second with a small `burst`,
 * no one-second window ever sees more than rate + burst requests, so Discord's global limit
 * (50/s) is met without a 429, however the windows line up.
 */
/** The pacer's sense of time: real by default, a virtual one in tests. */
export interface PacerTime {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTime: PacerTime = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class Pacer {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly rate = 48,
    private readonly burst = 2,
    private readonly time: PacerTime = realTime,
  ) {
    this.tokens = burst;
    this.last = time.now();
  }

  /** Resolves when the caller may send one request; callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn;
    return turn;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const now = this.time.now();
      this.tokens = Math.min(this.burst + SLACK, this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.time.sleep(Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    }
  }
}

type MakeRequest = typeof DefaultRestOptions.makeRequest;

/**
 * discord.js's request function, paced at the moment a request really leaves: after
 * discord.js's own waits and on its retries too, so that requests held during a wait can
 * never go out together in a burst.
 */
export function pacedRequest(pacer: Pacer): MakeRequest {
  return async (url, init) => {
    // discord.js writes `Authorization`; a request forwarded by the REST proxy, `authorization`.
    const headers = Object.keys((init.headers ?? {}) as Record<string, string>);
    if (headers.some((name) => name.toLowerCase() === 'authorization')) await pacer.take();
    // Given up while waiting for its turn (discord.js's time-out): not sent, so no turn is wasted.
    init.signal?.throwIfAborted();
    return DefaultRestOptions.makeRequest(url, init);
  };
}
