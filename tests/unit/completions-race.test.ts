import { expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { transact } from '../../src/db/transact.ts';
import { recordCompletions } from '../../src/domain/completions/completion-record.ts';
import { pairMembers } from '../../src/domain/pairings/pairing.service.ts';
import { joinProgram } from '../../src/domain/signups/signup.service.ts';
import { freshDatabaseUrl, onPostgres, openDatabase, testDatabaseKind } from '../database.ts';
import { actor, admin, openCohort, testContext } from './context.ts';

test(`two processes recording the same completions at once keep one per member and one role effect each (${testDatabaseKind})`, async () => {
  const url = await freshDatabaseUrl();
  const first = openDatabase(url);
  if (!onPostgres) await migrateToLatest(first);
  const a = await testContext({ db: first });
  const b = await testContext({ db: openDatabase(url), discord: a.discord, clock: a.clock });
  await openCohort(a.ctx, 1, 'one-to-one');
  for (const [user, role] of [
    ['mentor', 'mentor'],
    ['mentee', 'mentee'],
  ] as const)
    await joinProgram(a.ctx, actor(user), { name: 'Cohort' }, { role, adult: true, topics: 'rust' });
  await pairMembers(a.ctx, admin, { programName: 'Cohort', mentorId: 'mentor', menteeId: 'mentee' });
  await a.ctx.db.updateTable('programs').set({ completion_role_id: 'role-1' }).execute();
  const pairing = await a.ctx.db.selectFrom('pairings').select('id').executeTakeFirstOrThrow();

  const now = a.ctx.clock.now();
  await Promise.all(
    [a.ctx, b.ctx, a.ctx, b.ctx].map((ctx) => transact(ctx.db, (trx) => recordCompletions(trx, now, [pairing.id]))),
  );
  const completions = await a.ctx.db.selectFrom('completions').select(['user_id', 'role']).orderBy('role').execute();
  expect(completions).toEqual([
    { user_id: 'mentee', role: 'mentee' },
    { user_id: 'mentor', role: 'mentor' },
  ]);
  const effects = await a.ctx.db
    .selectFrom('outbox')
    .select('key')
    .where('kind', '=', 'add-role')
    .orderBy('key')
    .execute();
  expect(effects.map((e) => e.key)).toEqual([
    `completion-role:${pairing.id}:mentee`,
    `completion-role:${pairing.id}:mentor`,
  ]);
});
