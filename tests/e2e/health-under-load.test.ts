import { beforeEach, expect, test, vi } from 'vitest';
import { onPostgres } from '../database.ts';
import { pairUp, useWorld, waitFor, type World } from './harness.ts';

const current = useWorld({}, { HTTP_PORT: 0 });
let world: World;
beforeEach(() => {
  world = current();
});

const url = (path: string) => `http://127.0.0.1:${world.app.http!.address().port}${path}`;

async function health() {
  const response = await fetch(url('/healthz'));
  return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
}

test('a long tick that keeps moving on (a slow fan-out) is healthy; one that stops moving for 2 min is not', async () => {
  const { pairing } = await pairUp(world);
  await pairUp(world, { name: 'Autumn Cohort' });
  const due = new Date(pairing.next_checkin_at as string);
  world.clock.set(new Date(due.getTime() - 60_000));
  await world.app.scheduler.tick(); // a finished tick, one minute before the check-ins are due
  world.clock.set(due);
  // Discord takes its time over each check-in post, as under a rate limit or a fan-out of hundreds.
  const held: (() => void)[] = [];
  world.sim.gate = async (request, next) => {
    if (request.method === 'POST' && request.route.includes('/messages'))
      await new Promise<void>((resolve) => held.push(resolve));
    return next();
  };
  const tick = world.app.scheduler.tick();
  const releaseAll = () => held.splice(0).forEach((release) => release());
  try {
    await waitFor(() => held.length === 2, 10_000);
    world.clock.advance(90_000);
    held.shift()!(); // one check-in posted: the tick moved on
    const moved = world.clock.now().getTime();
    await waitFor(() => world.app.scheduler.activity().progressAt?.getTime() === moved, 10_000);
    world.clock.advance(90_000); // the cron has fired three times since, each joining the tick in flight
    expect(await health()).toEqual({
      status: 200,
      body: {
        status: 'ok',
        checks: { gateway: 'ok', database: 'ok', scheduler: 'tick under way for 3 min, last progress 1 min ago' },
      },
    });
    world.clock.advance(60_000);
    expect(await health()).toEqual({
      status: 503,
      body: {
        status: 'failing',
        checks: { gateway: 'ok', database: 'ok', scheduler: 'tick under way for 4 min, no progress for 2 min' },
      },
    });
  } finally {
    world.sim.gate = undefined;
    releaseAll();
    await tick;
  }
  expect((await health()).status).toBe(200);
});

/** Counts the queries of one kind that wait for a connection or an answer. */
function countWaiting(matches: (sql: string) => boolean): { waiting: number; started: number } {
  const counts = { waiting: 0, started: 0 };
  const executor = world.app.ctx.db.getExecutor();
  const original = executor.executeQuery.bind(executor);
  vi.spyOn(executor, 'executeQuery').mockImplementation(async (query) => {
    const counted = matches(query.sql.trim());
    if (counted) {
      counts.waiting += 1;
      counts.started += 1;
    }
    try {
      return await original(query);
    } finally {
      if (counted) counts.waiting -= 1;
    }
  });
  return counts;
}

/** Holds every connection the bot has with a transaction that waits: SQLite's one, PostgreSQL's pool. */
function holdDatabase(): () => Promise<void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held = Array.from({ length: onPostgres ? 10 : 1 }, () => world.app.ctx.db.transaction().execute(() => gate));
  return async () => {
    release();
    await Promise.all(held);
  };
}

test('probes while the database does not answer share one ping, and say for how long it has gone unanswered', async () => {
  const pings = countWaiting((sql) => /^select 1$/i.test(sql));
  const release = holdDatabase();
  try {
    // A load balancer and two monitors probing at once: each is told within about 2 s...
    const answers = await Promise.all(Array.from({ length: 8 }, () => health()));
    expect(answers.every((a) => a.status === 503)).toBe(true);
    const said = answers.map((a) => a.body.checks.database!);
    expect(said.filter((check) => check === 'no answer in 2 s')).toHaveLength(1); // the probe that pinged
    expect(said.filter((check) => /^no answer for \d+ s$/.test(check))).toHaveLength(7); // those that waited on it
    // ...and a later probe answers at once from the ping still outstanding, starting none.
    const later = await health();
    expect(later.body.checks.database).toMatch(/^no answer for \d+ s$/);
    expect(pings).toEqual({ waiting: 1, started: 1 });
  } finally {
    await release();
    vi.restoreAllMocks();
  }
  expect((await health()).status).toBe(200);
  expect(world.logs.filter((line) => line.includes('"event":"health.database_failing"'))).toHaveLength(1);
});

test('scrapes while the database does not answer share one outbox read, and leave the outbox gauges out', async () => {
  const reads = countWaiting((sql) => /from "outbox" as "o"/.test(sql) && /count\(\*\)/i.test(sql));
  const release = holdDatabase();
  try {
    const scrapes = await Promise.all(Array.from({ length: 3 }, () => fetch(url('/metrics')).then((r) => r.text())));
    for (const text of scrapes) {
      expect(text).toMatch(/^mentorship_outbox_scrape_ok 0$/m);
      expect(text).not.toMatch(/^mentorship_outbox_pending /m);
    }
    await fetch(url('/metrics'));
    expect(reads).toEqual({ waiting: 1, started: 1 });
  } finally {
    await release();
    vi.restoreAllMocks();
  }
  const text = await (await fetch(url('/metrics'))).text();
  expect(text).toMatch(/^mentorship_outbox_scrape_ok 1$/m);
  expect(text).toMatch(/^mentorship_outbox_pending 0$/m);
});
