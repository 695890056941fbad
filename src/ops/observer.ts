/**
 * What the bot tells its metrics, as plain calls: the router, the scheduler and the outbox
 * depend on this, never on prom-client (see metrics.ts). Labels are names from fixed sets
 * (commands, jobs, outcomes), never ids, names or text.
 */
export interface Observer {
  /** One interaction handled: its kind, its command or component name, how it ended, how long it took. */
  interaction(kind: string, command: string, outcome: string, seconds: number): void;
  /** One scheduler job run, with the count it returned. */
  job(name: string, done: number, seconds: number): void;
  /** One scheduler job that threw (logged as job.failed), and how long it ran. */
  jobFailed(name: string, seconds: number): void;
  /** One scheduler tick, every job included. */
  tick(seconds: number): void;
}
