import { notice, recordEffects } from '../outbox/effect.ts';
import type { SubjectHandler } from '../outbox/subject.ts';
import { recordPause } from '../pairings/pairing-pause.ts';
import { checkinWithProgram, markCheckinFailed, markCheckinPosted } from './checkin.repo.ts';

/**
 * A check-in's post, carried out by the outbox: marked posted with its message once Discord
 * confirms. A thread Discord refuses pauses its pairing and tells the report channel instead
 * of being retried (Discord bans bots that make too many invalid requests).
 */
export const checkinSubject: SubjectHandler = {
  async done(trx, checkinId, _row, messageId, now) {
    await markCheckinPosted(trx, checkinId, messageId, now);
  },
  async refused(trx, checkinId, row, _error, now) {
    const checkin = await checkinWithProgram(trx, checkinId);
    await markCheckinFailed(trx, checkinId);
    if (!checkin || !(await recordPause(trx, checkin.pairingId, 'thread-unavailable'))) return;
    const params = { week: checkin.week, pairing: checkin.pairingId, program: checkin.name };
    const message = notice({ locale: checkin.locale, key: 'checkin.threadUnavailable', params });
    const key = `checkin-refused:${checkinId}`;
    await recordEffects(trx, now, [
      {
        guildId: row.guildId,
        key,
        chain: key,
        effect: { kind: 'post', target: { channel: checkin.reportChannelId }, message },
      },
    ]);
  },
};
