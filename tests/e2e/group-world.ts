import { expect } from 'vitest';
import { button, buttons, waitFor, type World } from './harness.ts';

/** Helpers of the group-mentoring tests, bound to a world. */
export function groupWorld(world: World) {
  async function groupProgram(name: string, extra: Record<string, unknown> = {}) {
    const { sim, users, channels } = world;
    const created = await sim
      .slash(world.as(users.admin), 'program create', {
        name,
        template: 'career',
        channel: channels.pairs,
        'report-channel': channels.reports,
        'mentor-capacity': 3,
        format: 'group',
        ...extra,
      })
      .reply();
    expect(created.ephemeral).toBe(true);
    await sim.slash(world.as(users.admin), 'program open', { program: name }).reply();
  }

  async function join(name: string, programName: string, role: 'mentor' | 'mentee'): Promise<string> {
    const id = world.sim.addUser(name);
    world.sim.addMember(world.guildId, id);
    const reply = await world.sim
      .slash(world.as(id), 'mentorship join', { program: programName, role, adult: true })
      .reply();
    expect(reply.content).toContain('signed up');
    return id;
  }

  const pair = (programName: string, mentor: string, mentee: string) =>
    world.sim.slash(world.as(world.users.admin), 'match pair', { program: programName, mentor, mentee }).reply();

  async function tick(at: number | string) {
    world.clock.set(new Date(at));
    await world.app.scheduler.tick();
  }

  const db = () => world.app.ctx.db;
  const groupRow = () => db().selectFrom('pair_groups').selectAll().executeTakeFirstOrThrow();
  const memberships = () => db().selectFrom('pairings').selectAll().orderBy('id').execute();
  const prompts = (threadId: string) =>
    world.sim.publicMessages(threadId).filter((m) => m.content.includes('check-in ·'));

  /**
   * A group of a mentor with three mentees: one by /match pair, two by accepting all of /match
   * suggest, which proposes only the two places left to the three waiting mentees.
   */
  async function fullGroup(settings: Record<string, unknown> = {}) {
    await groupProgram('Circle', settings);
    const mentor = await join('maya2', 'Circle', 'mentor');
    const mentees = [await join('ana', 'Circle', 'mentee')];
    const first = await pair('Circle', mentor, mentees[0]!);
    expect(first.content).toContain('Paired');
    const waiting = [await join('ben', 'Circle', 'mentee'), await join('cyd', 'Circle', 'mentee')];
    const extra = await join('dov', 'Circle', 'mentee');
    const suggestion = await world.sim
      .slash(world.as(world.users.admin), 'match suggest', { program: 'Circle' })
      .reply();
    expect(buttons(suggestion.message!).map((b: any) => b.label)).toEqual(['Accept #1', 'Accept #2', 'Accept all (2)']);
    await world.sim
      .click(world.users.admin, suggestion.message!, button(suggestion.message!, /Accept all/).custom_id)
      .reply();
    await waitFor(async () => (await memberships()).length === 3);
    await world.app.scheduler.tick();
    const rows = await memberships();
    expect(rows.map((r) => r.mentee_id).sort()).toEqual([mentees[0], ...waiting].sort());
    mentees.push(...rows.slice(1).map((r) => r.mentee_id));
    const group = await groupRow();
    return { mentor, mentees, extra, group, threadId: group.thread_id as string };
  }

  return { groupProgram, join, pair, tick, db, groupRow, memberships, prompts, fullGroup };
}
