import { expect } from 'vitest';
import type { World } from './harness.ts';

/** Makes and opens a program with the given matching settings. */
export async function requestProgram(world: World, name: string, extra: Record<string, unknown> = {}) {
  const { sim, users, channels } = world;
  await sim
    .slash(world.as(users.admin), 'program create', {
      name,
      template: 'skills',
      channel: channels.pairs,
      'report-channel': channels.reports,
      matching: 'request',
      ...extra,
    })
    .reply();
  await sim.slash(world.as(users.admin), 'program open', { program: name }).reply();
}

/** A new server member signed up to the program. */
export async function joined(
  world: World,
  name: string,
  program: string,
  role: 'mentor' | 'mentee',
  options: Record<string, unknown> = {},
): Promise<string> {
  const id = world.sim.addUser(name);
  world.sim.addMember(world.guildId, id);
  const reply = await world.sim
    .slash(world.as(id), 'mentorship join', { program, role, adult: true, ...options })
    .reply();
  expect(reply.content).toContain('signed up');
  return id;
}

/** The bot's DMs to a user, oldest first. */
export const dmsTo = (world: World, user: string) =>
  [...world.sim.channels.values()]
    .filter((c) => c.type === 1 && c.recipientId === user)
    .flatMap((c) => world.sim.messagesIn(c.id));

/** The mentee opens the directory and clicks Request on the mentor's line; returns the confirmation. */
export async function requestMentor(world: World, mentee: string, program: string, mentor: string) {
  const directory = await world.sim.slash(world.as(mentee), 'mentorship mentors', { program }).reply();
  const row = directory.content.split('\n').find((line) => line.includes(`<@${mentor}>`));
  if (!row) throw new Error(`mentor not in the directory:\n${directory.content}`);
  const n = /^\*\*(\d+)\.\*\*/.exec(row)?.[1];
  const button = directory.components.flatMap((r: any) => r.components).find((b: any) => b.label === `Request ${n}`);
  return world.sim.click(mentee, directory.message!, button.custom_id).reply();
}

export async function requestRows(world: World) {
  return world.app.ctx.db.selectFrom('mentor_requests').selectAll().orderBy('id').execute();
}
