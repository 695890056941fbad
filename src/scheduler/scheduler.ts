import { schedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from '../context.ts';
import { jobs as defaultJobs, type Job } from './jobs.ts';

export interface Scheduler {
  /** Runs every job once; a tick already under way is joined, never overlapped. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the timer and waits for the tick in flight. */
  stop(): Promise<void>;
  /** When the last tick finished, by the context's clock (null: none yet); /healthz reads it. */
  lastTickAt(): Date | null;
}

export function createScheduler(ctx: AppContext, jobs: readonly Job[] = defaultJobs): Scheduler {
  let inFlight: Promise<void> | null = null;
  let task: ScheduledTask | null = null;
  let lastTickAt: Date | null = null;

  const runJobs = async () => {
    for (const job of jobs) {
      const started = performance.now();
      // Each job logs through a child carrying its name, down into what it calls.
      const log = ctx.log.child({ job: job.name });
      try {
        const done = await job.run({ ...ctx, log });
        ctx.metrics?.job(job.name, done, (performance.now() - started) / 1000);
        if (done > 0) log.info('job', { done, ms: Math.round(performance.now() - started) });
      } catch (error) {
        log.error('job.failed', { err: error });
      }
    }
  };

  const tick = () => {
    const started = performance.now();
    inFlight ??= runJobs().finally(() => {
      inFlight = null;
      lastTickAt = ctx.clock.now();
      ctx.metrics?.tick((performance.now() - started) / 1000);
    });
    return inFlight;
  };

  return {
    tick,
    start() {
      task = schedule('* * * * *', () => tick(), { noOverlap: true, name: 'mentorship-tick' });
    },
    async stop() {
      await task?.stop();
      task = null;
      await inFlight;
    },
    lastTickAt: () => lastTickAt,
  };
}
