import type { Notice, NoticeParam } from '../../domain/outbox/effect.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { t, type MessageParams } from '../../i18n/index.ts';

function param(locale: string, value: NoticeParam): string | number {
  return typeof value === 'object' ? t(locale, value.key, value.params) : value;
}

/** A notice the domain recorded as data, in its language: the addressed members named first. */
export function renderNotice(notice: Notice): OutgoingMessage {
  const params: MessageParams = Object.fromEntries(
    Object.entries(notice.params ?? {}).map(([name, value]) => [name, param(notice.locale, value)]),
  );
  const addressed = notice.addressed ?? [];
  const text = t(notice.locale, notice.key, params);
  const content = addressed.length ? `${addressed.map((id) => `<@${id}>`).join(' ')} ${text}` : text;
  const mentionUsers = [...addressed, ...(notice.mentionUsers ?? [])];
  return { content, ...(mentionUsers.length ? { mentionUsers } : {}) };
}
