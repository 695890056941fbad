import { schedule, type ScheduledTask } from 'node-cron';
import type { AppContext } from '../context.ts';
import { jobs as defaultJobs, type Job } from './jobs.ts';

/** What /healthz reads of the scheduler, every instant by the context's clock. */
export interface SchedulerActivity {
  /** When the last tick finished (null: none yet). */
  lastTickAt: Date | null;
  /** When the tick under way began (null: none under way). */
  tickStartedAt: Date | null;
  /** When the tick under way last moved on: it began, a job finished, an effect settled (null: none under way). */
  progressAt: Date | null;
}

export interface Scheduler {
  /** Runs every job once; a tick already under way is joined, never overlapped. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the timer and waits for the tick in flight. */
  stop(): Promise<void>;
  /** The last tick, and the one under way with its last progress; /healthz reads it. */
  activity(): SchedulerActivity;
  /**
   * An outbox effect settled. It is progress of the tick only while the tick's own outbox job
   * runs: effects a command's kick carries out say nothing about a job that hangs.
   */
  progress(): void;
}

/** The job that waits for the outbox: while it runs, each effect settled moves the tick on. */
const OUTBOX_JOB = 'outbox';

export function createScheduler(ctx: AppContext, jobs: readonly Job[] = defaultJobs): Scheduler {
  let inFlight: Promise<void> | null = null;
  let task: ScheduledTask | null = null;
  let lastTickAt: Date | null = null;
  let tickStartedAt: Date | null = null;
  let progressAt: Date | null = null;
  let runningJob: string | null = null;
  const movedOn = () => {
    if (tickStartedAt) progressAt = ctx.clock.now();
  };

  const runJobs = async () => {
    for (const job of jobs) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      // Each job logs through a child carrying its name, down into what it calls.
      const log = ctx.log.child({ job: job.name });
      runningJob = job.name;
      try {
        const done = await job.run({ ...ctx, log });
        ctx.metrics?.job(job.name, done, seconds());
        if (done > 0) log.info('job', { done, ms: Math.round(seconds() * 1000) });
      } catch (error) {
        ctx.metrics?.jobFailed(job.name, seconds());
        log.error('job.failed', { err: error });
      }
      runningJob = null;
      movedOn();
    }
  };

  const tick = () => {
    if (inFlight) return inFlight;
    const started = performance.now();
    tickStartedAt = progressAt = ctx.clock.now();
    inFlight = runJobs().finally(() => {
      inFlight = null;
      lastTickAt = ctx.clock.now();
      tickStartedAt = progressAt = null;
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
    activity: () => ({ lastTickAt, tickStartedAt, progressAt }),
    progress: () => {
      if (runningJob === OUTBOX_JOB) movedOn();
    },
  };
}
