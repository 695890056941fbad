import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Program } from '../programs/program.types.ts';
import { recordEffects, recordViewRefresh, notice, type EffectRecord } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { findProgram } from '../programs/program.repo.ts';
import { markMenteeTold, requestsOfMentee, setRequestDm } from './request.repo.ts';
import type { MentorRequest } from './request.types.ts';

export const requestChain = (requestId: number) => `request:${requestId}`;
/** The record a DM telling the mentee how their request closed completes. */
export const tellSubject = (requestId: number) => `request-told:${requestId}`;

/** The mentor's DM about a new request, with Accept and Decline: rendered from the request when sent. */
export function requestDmEffect(request: MentorRequest): EffectRecord {
  return {
    guildId: request.guildId,
    key: `request-dm:${request.id}`,
    chain: requestChain(request.id),
    subject: `request-dm:${request.id}`,
    effect: { kind: 'dm', target: { user: request.mentorId }, message: { view: 'mentor-request', id: request.id } },
  };
}

/** The mentor's DM shows how the request closed; its buttons go. */
export function refreshRequestDm(trx: Transaction<DB>, request: MentorRequest, now: Date): Promise<void> {
  return recordViewRefresh(
    trx,
    { guildId: request.guildId, chain: requestChain(request.id), view: 'mentor-request', id: request.id },
    now,
  );
}

/**
 * A mentee forgotten: the DMs their requests made to mentors lose the mentee's topics, goals
 * and buttons for a fixed text, since the request they were rendered from is being deleted.
 */
export async function blankRequestDmsOf(trx: Transaction<DB>, guildId: string, menteeId: string, now: Date) {
  const records: EffectRecord[] = [];
  for (const request of await requestsOfMentee(trx, guildId, menteeId)) {
    const program = await findProgram(trx, request.programId);
    records.push({
      guildId,
      key: `request-dm-blank:${request.id}`,
      chain: requestChain(request.id),
      effect: {
        kind: 'edit',
        target: { user: request.mentorId },
        sentBy: requestDmEffect(request).key,
        message: notice({ locale: program?.locale ?? 'en', key: 'request.dmForgotten' }),
      },
    });
  }
  await recordEffects(trx, now, records);
}

/**
 * Tells one side of a request how it closed, by DM, never why nor who else. What the mentee
 * is told completes `request-told`, so that /mentorship profile shows it when the DM fails.
 */
export async function tellAboutRequest(
  trx: Transaction<DB>,
  program: Program,
  request: MentorRequest,
  to: 'mentee' | 'mentor',
  key: MessageKey,
  now: Date,
): Promise<void> {
  const user = to === 'mentee' ? request.menteeId : request.mentorId;
  const other = to === 'mentee' ? request.mentorId : request.menteeId;
  await recordEffects(trx, now, [
    {
      guildId: request.guildId,
      key: `request-told:${request.id}:${to}:${key}`,
      chain: `request-${to}:${request.id}`,
      ...(to === 'mentee' ? { subject: tellSubject(request.id) } : {}),
      effect: {
        kind: 'dm',
        target: { user },
        message: notice({ locale: program.locale, key, params: { program: program.name, user: other } }),
      },
    },
  ]);
}

export const requestSubjects: Record<string, SubjectHandler> = {
  'request-dm': {
    async done(trx, requestId, _row, messageId) {
      if (messageId) await setRequestDm(trx, requestId, { messageId });
    },
    async refused(trx, requestId, _row, _error, now) {
      await setRequestDm(trx, requestId, { failedAt: now.toISOString() });
    },
  },
  'request-told': {
    async done(trx, requestId, _row, _messageId, now) {
      await markMenteeTold(trx, [requestId], now.toISOString());
    },
  },
};
