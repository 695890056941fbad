/**
 * A token bucket shared by every REST call the bot makes on its own (not interaction
 * answers, which Discord does not count globally). At `rate` per second with a small
 * `burst`, no one-second window ever sees more than rate + burst requests, so Discord's
 * global limit (50/s) is met without a 429, however the windows line up.
 */
export class Pacer {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly rate = 48,
    private readonly burst = 2,
  ) {
    this.tokens = burst;
  }

  /** Resolves when the caller may send one request; callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn;
    return turn;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - this.tokens) / this.rate) * 1000)));
    }
  }
}
