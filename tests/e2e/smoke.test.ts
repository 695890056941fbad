import { afterEach, beforeEach, expect, test } from 'vitest';
import { startWorld, type World } from './harness.ts';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

test('the bot logs in through the gateway and answers /program list', async () => {
  const reply = await world.sim.slash(world.as(world.users.admin), 'program list').reply();
  expect(reply.ephemeral).toBe(true);
  expect(reply.content).toMatch(/no mentorship programs yet/);
  expect(world.sim.rejections).toEqual([]);
});
