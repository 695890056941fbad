import type { AppContext } from '../../context.ts';
import { transact } from '../../db/transact.ts';
import { findProgram } from '../programs/program.repo.ts';
import { closeRequest } from './request-close.ts';
import { dueRequests } from './request.repo.ts';

const BATCH = 200;

/**
 * Expires the open requests past their deadline, of this process's servers: the mentee is
 * told (and may ask someone else), the mentor's DM loses its buttons. Returns how many.
 */
export async function expireDueRequests(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await dueRequests(ctx.db, now.toISOString(), ctx.scope, BATCH);
  let expired = 0;
  for (const request of due) {
    const closed = await transact(ctx.db, async (trx) => {
      const program = await findProgram(trx, request.programId);
      return program ? closeRequest(trx, program, request, 'expired', null, now) : false;
    });
    if (closed) expired++;
  }
  if (expired) ctx.outbox.kick();
  return expired;
}
