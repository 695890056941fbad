import { describe, expect, test } from 'vitest';
import { DatabaseBusyError } from '../../src/db/busy-wait.ts';
import { UserFacingError } from '../../src/domain/errors.ts';
import { failure } from '../../src/discord/router.ts';
import { silentLogger } from '../../src/log.ts';
import { migratedDb } from './db.ts';
import type { AppContext } from '../../src/context.ts';

const ctx = { log: silentLogger } as AppContext;

describe('what a member reads when a handler fails', () => {
  test('a refusal, a busy database, a broken uniqueness rule, and anything else', async () => {
    expect(failure(new UserFacingError('error.notAdmin'), ctx)).toMatchObject({
      outcome: 'refused',
      key: 'error.notAdmin',
    });
    expect(failure(new DatabaseBusyError(10_000), ctx)).toMatchObject({ outcome: 'busy', key: 'error.busy' });
    const db = await migratedDb();
    const entry = { id: 'x', received_at: '2026-03-02T09:00:00.000Z' };
    await db.insertInto('interaction_receipts').values(entry).execute();
    const duplicate = await db
      .insertInto('interaction_receipts')
      .values(entry)
      .execute()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure(duplicate, ctx)).toMatchObject({ outcome: 'conflict', key: 'error.conflict' });
    expect(failure(new Error('boom'), ctx)).toMatchObject({ outcome: 'error', key: 'error.unexpected' });
  });
});
