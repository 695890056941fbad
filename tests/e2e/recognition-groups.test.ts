import { beforeEach, expect, test } from 'vitest';
import { Permissions } from '../simulator/state.ts';
import { groupWorld } from './group-world.ts';
import { useWorld, type World } from './harness.ts';

const current = useWorld();
let world: World;
let g: ReturnType<typeof groupWorld>;
beforeEach(() => {
  world = current();
  g = groupWorld(world);
});

const WEEK = 7 * 86_400_000;

test('a group that reaches its last week: one certificate and the role for the mentor and each mentee, once', async () => {
  const { sim, guildId } = world;
  const bot = sim.addRole(guildId, 'Mentor Bot', Permissions.ManageRoles, { position: 50 });
  sim.addMember(guildId, sim.botUser.id, [bot]);
  const graduates = sim.addRole(guildId, 'Graduates', 0n, { position: 40 });
  const { mentor, mentees, extra, group, threadId } = await g.fullGroup({ weeks: 1, 'completion-role': graduates });
  const first = Date.parse(group.next_checkin_at as string);
  await g.tick(first);
  await g.tick(first + WEEK);
  await g.tick(first + 2 * WEEK);

  const closing = sim.publicMessages(threadId).filter((m) => m.content.includes('that was the last week'));
  expect(closing).toHaveLength(1);
  expect(closing[0]!.content).toContain('Congratulations');
  expect(closing[0]!.attachments.map((a) => a.filename).sort()).toEqual(
    [`certificate-mentor-${mentor}.png`, ...mentees.map((id) => `certificate-mentee-${id}.png`)].sort(),
  );
  const roles = (id: string) => sim.guilds.get(guildId)!.members.get(id) ?? [];
  for (const id of [mentor, ...mentees]) expect(roles(id).filter((r) => r === graduates)).toHaveLength(1);
  expect(roles(extra)).not.toContain(graduates);
  const rows = await g.db().selectFrom('completions').select(['user_id', 'role']).execute();
  expect(rows.filter((r) => r.user_id === mentor)).toEqual([{ user_id: mentor, role: 'mentor' }]);
  expect(rows).toHaveLength(4);
});
