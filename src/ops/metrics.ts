import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Observer } from './observer.ts';
import { routeFamily } from './route-family.ts';

/** The outbox's backlog as the database has it when scraped. */
export interface Backlog {
  pending: number;
  /** Age of the oldest pending effect, 0 when none. */
  oldestAgeSeconds: number;
}

/** Jobs whose returned count is check-ins recorded (one per pairing, one per group's week). */
const RECORDING_JOBS = new Set(['checkins-record', 'group-checkins-record']);
/** Outbox subjects whose done effect is a check-in posted. */
const CHECKIN_SUBJECTS = new Set(['checkin', 'group-checkin']);

/**
 * The bot's Prometheus metrics, in a registry of its own (several apps in one test process each
 * have theirs), with Node's process metrics. Every label comes from a fixed set: command and
 * job names, outcomes, route families with ids and tokens replaced, HTTP statuses.
 */
export class Metrics implements Observer {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: 'mentorship_interactions_total',
    help: 'Interactions handled, by kind, command (or component) name and outcome.',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly interactionSeconds = new Histogram({
    name: 'mentorship_interaction_duration_seconds',
    help: 'Time from receiving an interaction to its handler finishing.',
    labelNames: ['kind', 'command'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly requests = new Counter({
    name: 'mentorship_discord_requests_total',
    help: "Requests to Discord's REST API, by route family, method and HTTP status (error: no answer at all).",
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly rateLimits = new Counter({
    name: 'mentorship_discord_rate_limited_total',
    help: 'Rate limits discord.js met and waited out, by route family (429 answers are in requests_total).',
    labelNames: ['route', 'global'] as const,
    registers: [this.registry],
  });
  private readonly recorded = new Counter({
    name: 'mentorship_checkins_recorded_total',
    help: 'Check-ins the scheduler recorded (a pairing’s, or a group’s week).',
    registers: [this.registry],
  });
  private readonly posted = new Counter({
    name: 'mentorship_checkins_posted_total',
    help: 'Check-in posts Discord confirmed (through the outbox).',
    registers: [this.registry],
  });
  private readonly tickSeconds = new Histogram({
    name: 'mentorship_scheduler_tick_duration_seconds',
    help: 'Duration of one scheduler tick, every job included.',
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 120],
    registers: [this.registry],
  });
  private readonly jobFailures = new Counter({
    name: 'mentorship_scheduler_job_failures_total',
    help: 'Scheduler jobs that failed (logged as job.failed); the tick goes on with the next job.',
    labelNames: ['job'] as const,
    registers: [this.registry],
  });
  private readonly jobSeconds = new Histogram({
    name: 'mentorship_scheduler_job_duration_seconds',
    help: 'Duration of one scheduler job.',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 120],
    registers: [this.registry],
  });

  constructor(backlog?: () => Promise<Backlog>) {
    collectDefaultMetrics({ register: this.registry });
    if (!backlog) return;
    // The gauges of one scrape share one read: the first to be collected asks, the others reuse it.
    let asked: Promise<Backlog | null> | null = null;
    const read = () => {
      asked ??= backlog()
        .catch(() => null) // a database down is /healthz's to say; the gauges are left out meanwhile
        .finally(() => (asked = null));
      return asked;
    };
    const gauge = (name: string, help: string, value: (backlog: Backlog) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const backlog = await read();
          if (backlog) this.set(value(backlog));
          else this.remove({}); // no sample rather than a stale one
        },
      });
    gauge(
      'mentorship_outbox_pending',
      'Discord effects recorded and not yet carried out (this process’s shards).',
      (b) => b.pending,
    );
    gauge(
      'mentorship_outbox_oldest_pending_age_seconds',
      'Age of the oldest effect still pending, 0 when none.',
      (b) => b.oldestAgeSeconds,
    );
    new Gauge({
      name: 'mentorship_outbox_scrape_ok',
      help: 'Whether this scrape could read the outbox from the database (1), or its gauges are left out (0).',
      registers: [this.registry],
      async collect() {
        this.set((await read()) ? 1 : 0);
      },
    });
  }

  interaction(kind: string, command: string, outcome: string, seconds: number): void {
    this.interactions.inc({ kind, command, outcome });
    this.interactionSeconds.observe({ kind, command }, seconds);
  }

  job(name: string, done: number, seconds: number): void {
    this.jobSeconds.observe({ job: name }, seconds);
    if (RECORDING_JOBS.has(name) && done > 0) this.recorded.inc(done);
  }

  jobFailed(name: string, seconds: number): void {
    this.jobFailures.inc({ job: name });
    this.jobSeconds.observe({ job: name }, seconds);
  }

  tick(seconds: number): void {
    this.tickSeconds.observe(seconds);
  }

  /** A REST answer from Discord. */
  readonly response = (route: string, method: string, status: number): void => {
    const family = routeFamily(route);
    this.requests.inc({ route: family, method: method.toUpperCase(), status: String(status) });
  };

  /** A request Discord never answered (refused connection, reset, time-out): status "error". */
  readonly noAnswer = (url: string, method: string): void => {
    // The URL's path after the API version: /api/v10/channels/1/messages is /channels/:id/messages.
    const path = new URL(url).pathname.replace(/^.*?\/v\d+(?=\/)/, '');
    this.requests.inc({ route: routeFamily(path), method: method.toUpperCase(), status: 'error' });
  };

  /** discord.js met a rate limit and waits it out. */
  readonly rateLimited = (route: string, global: boolean): void => {
    this.rateLimits.inc({ route: routeFamily(route), global: String(global) });
  };

  /** An outbox effect done: a check-in's post counts as posted. */
  readonly outboxDone = (subject: string | null): void => {
    if (subject && CHECKIN_SUBJECTS.has(subject)) this.posted.inc();
  };

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
