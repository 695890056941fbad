import { beforeEach, expect, test } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { pairUp, useWorld, waitFor, type World } from './harness.ts';
import { lockDatabase } from './lock-database.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

/** A second bot process on the same database and the same shard, as during a restart's overlap. */
async function secondProcess(logs: string[]): Promise<App> {
  const config = parseConfig({
    DISCORD_TOKEN: world.sim.token,
    DISCORD_API_URL: world.sim.apiUrl,
    DATABASE_URL: world.databaseUrl,
  });
  return startApp(config, {
    clock: world.clock,
    log: createLogger('info', (line) => logs.push(line)),
    startTimer: false,
  });
}

const interactionLines = (logs: string[]) =>
  logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.event === 'interaction');

test('an interaction delivered to an old and a new process during a restart is acted on once', async () => {
  const { threadId } = await pairUp(world);
  const otherLogs: string[] = [];
  const other = await secondProcess(otherLogs);
  try {
    const before = interactionLines(world.logs).length;
    const reply = await world.sim
      .slash(world.as(world.users.mentee, threadId), 'report', { reason: 'Rude replies', member: world.users.mentor })
      .reply();
    expect(reply.ephemeral).toBe(true);
    await world.app.ctx.outbox.drain();
    await other.ctx.outbox.drain();

    expect(await world.app.ctx.db.selectFrom('reports').select('reason').execute()).toEqual([
      { reason: 'Rude replies' },
    ]);
    expect(world.sim.publicMessages(world.channels.reports)).toHaveLength(1);
    // Both processes heard it; one acted and the other stood aside.
    const outcomes = [...interactionLines(world.logs).slice(before), ...interactionLines(otherLogs)].map(
      (l) => l.outcome,
    );
    expect(outcomes.sort()).toEqual(['ok', 'taken-by-another-process']);
  } finally {
    await other.stop();
  }
});

test('two processes deferring one slow interaction: the member still gets one answer, and it is acted on once', async () => {
  const { threadId } = await pairUp(world);
  const otherLogs: string[] = [];
  const other = await secondProcess(otherLogs);
  // Both processes defer after 1.5 s while the claim waits for the lock; Discord takes one deferral.
  world.expectRefused({ status: 400, code: 40060 }, 'the second deferral of one interaction', { optional: true });
  try {
    const lock = await lockDatabase(world, 2_500);
    const reply = await world.sim
      .slash(world.as(world.users.mentee, threadId), 'goal add', { text: 'Ship the demo' })
      .reply();
    await lock.released;
    expect(reply.ephemeral).toBe(true);
    await waitFor(() => reply.content.includes('Ship the demo'), 10_000);
    expect(await world.app.ctx.db.selectFrom('goals').select('text').execute()).toEqual([{ text: 'Ship the demo' }]);
  } finally {
    await other.stop();
  }
});
