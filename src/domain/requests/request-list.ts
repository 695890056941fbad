import type { AppContext } from '../../context.ts';
import type { Actor } from '../actor.ts';
import { findProgram } from '../programs/program.repo.ts';
import type { Program } from '../programs/program.types.ts';
import { markMenteeTold, openRequestsOfMember, untoldClosedRequests } from './request.repo.ts';
import type { MentorRequest } from './request.types.ts';
import { refusedSubjects } from '../outbox/outbox.repo.ts';
import { tellSubject } from './request-effects.ts';
import { overdue } from './request-close.ts';

type WithProgram = { request: MentorRequest; program: Program };

async function withPrograms(ctx: AppContext, requests: MentorRequest[]): Promise<WithProgram[]> {
  const programs = new Map<number, Program | undefined>();
  const out: WithProgram[] = [];
  for (const request of requests) {
    if (!programs.has(request.programId)) programs.set(request.programId, await findProgram(ctx.db, request.programId));
    const program = programs.get(request.programId);
    if (program) out.push({ request, program });
  }
  return out;
}

/** A member's open requests in this server, received as mentor and sent as mentee; none past its deadline. */
export async function memberRequests(
  ctx: AppContext,
  actor: Actor,
): Promise<{ incoming: WithProgram[]; outgoing: WithProgram[] }> {
  const now = ctx.clock.now();
  const live = (await openRequestsOfMember(ctx.db, actor.guildId, actor.userId)).filter((r) => !overdue(r, now));
  const open = await withPrograms(ctx, live);
  return {
    incoming: open.filter(({ request }) => request.mentorId === actor.userId),
    outgoing: open.filter(({ request }) => request.menteeId === actor.userId),
  };
}

/**
 * Requests of the mentee that were declined or expired and that no DM could tell them about:
 * the DM was refused, not merely still on its way (it would tell them a second time).
 */
export async function untoldRequests(ctx: AppContext, actor: Actor): Promise<WithProgram[]> {
  const untold = await untoldClosedRequests(ctx.db, actor.guildId, actor.userId);
  const refused = await refusedSubjects(
    ctx.db,
    untold.map((request) => tellSubject(request.id)),
  );
  return withPrograms(
    ctx,
    untold.filter((request) => refused.has(tellSubject(request.id))),
  );
}

/**
 * What /mentorship profile shows of requests: open ones either way, and those declined or
 * expired that the mentee had not heard of (no DM reached them), marked heard now.
 */
export async function profileRequests(ctx: AppContext, actor: Actor) {
  const { incoming, outgoing } = await memberRequests(ctx, actor);
  const closed = await untoldRequests(ctx, actor);
  await markMenteeTold(
    ctx.db,
    closed.map(({ request }) => request.id),
    ctx.clock.now().toISOString(),
  );
  return { incoming, outgoing, closed };
}
