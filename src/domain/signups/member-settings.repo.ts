import type { Db } from '../../db/schema.ts';
import { toSignup } from './signup.repo.ts';
import type { Signup } from './signup.types.ts';

/** Sets a sign-up's time zone and available hours (a field left undefined is kept). */
export function updateMemberSettings(
  db: Db,
  signupId: number,
  settings: { timezone?: string; availableHours?: string; updatedAt: string },
): Promise<Signup> {
  return db
    .updateTable('signups')
    .set({
      ...(settings.timezone === undefined ? {} : { timezone: settings.timezone }),
      ...(settings.availableHours === undefined ? {} : { available_hours: settings.availableHours }),
      updated_at: settings.updatedAt,
    })
    .where('id', '=', signupId)
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(toSignup);
}
