import { beforeEach, expect, test } from 'vitest';
import type { RestReply, RestRequest } from '../simulator/rest.ts';
import { useWorld, waitFor, type World } from './harness.ts';
import { at, parseIcs, pickButton, proposedTimes, zonedPair } from './meet-world.ts';

const current = useWorld();
let world: World;
beforeEach(() => {
  world = current();
});

const MINUTE = 60_000;
const isConfirmation = (request: RestRequest) =>
  request.method === 'POST' && request.files.some((file) => file.filename === 'meeting.ics');
const confirmations = (threadId: string) =>
  world.sim.publicMessages(threadId).filter((m) => m.content.includes('for one hour'));

test('the confirmation and its .ics arrive exactly once: the first send fails, Discord loses its answer to the second, the bot restarts', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  // Discord is down for the confirmation until the restart; then it acts once but its answer is lost.
  let phase: 'down' | 'lose-once' | 'up' = 'down';
  let attempts = 0;
  sim.gate = async (request, next): Promise<RestReply> => {
    if (!isConfirmation(request)) return next();
    attempts += 1;
    if (phase === 'down') return { status: 500, body: { code: 0, message: 'Discord is having a moment' } };
    if (phase === 'lose-once') {
      phase = 'up';
      await next();
      return { status: 500, body: { code: 0, message: 'connection lost' } };
    }
    return next();
  };
  const proposal = await sim.slash(world.as(users.mentee, threadId), 'meet').reply();
  const time = proposedTimes(proposal)[0]!;
  const picked = await sim.click(users.mentor, proposal.message!, pickButton(proposal.message!, 1)).reply();
  expect(picked.content).toBe(`<@${users.mentee}> proposed times to meet; <@${users.mentor}> picked <t:${time}:F>.`);
  await waitFor(() => attempts >= 1);
  expect(confirmations(threadId)).toHaveLength(0);

  await world.restart();
  const tried = attempts;
  phase = 'lose-once';
  for (let step = 1; step <= 6; step += 1) await at(world, Date.parse('2026-06-01T12:00:00Z') + step * 10 * MINUTE);
  expect(phase).toBe('up');
  expect(attempts).toBeGreaterThan(tried);
  await at(world, Date.parse('2026-06-01T14:00:00Z'));

  const sent = confirmations(threadId);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.mentions).toEqual([users.mentee]);
  expect(sent[0]!.attachments.map((file) => file.filename)).toEqual(['meeting.ics']);
  const { props } = parseIcs(sent[0]!.attachments[0]!.data.toString('utf8'));
  const meeting = await world.app.ctx.db.selectFrom('meetings').selectAll().executeTakeFirstOrThrow();
  expect(props.get('UID')).toBe(`meeting-${meeting.id}@mentorship-bot`);
  const effects = await world.app.ctx.db
    .selectFrom('outbox')
    .selectAll()
    .where('key', '=', `meeting-confirmed:${meeting.id}`)
    .execute();
  expect(effects).toHaveLength(1);
});

test('a meeting erased (as forget-me does) before its confirmation went out is not confirmed', async () => {
  const { threadId } = await zonedPair(world, '2026-06-01T12:00:00Z');
  const { sim, users } = world;
  sim.gate = async (request, next): Promise<RestReply> =>
    isConfirmation(request) ? { status: 500, body: { code: 0, message: 'Discord is having a moment' } } : next();
  const proposal = await sim.slash(world.as(users.mentee, threadId), 'meet').reply();
  await sim.click(users.mentor, proposal.message!, pickButton(proposal.message!, 1)).reply();
  await world.app.ctx.db.deleteFrom('meetings').execute();
  sim.gate = undefined;
  await at(world, Date.parse('2026-06-01T14:00:00Z'));
  expect(confirmations(threadId)).toHaveLength(0);
});
