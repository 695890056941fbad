import { directoryPageId, encodeTopic, requestMentorId } from '../../custom-ids/requests.ts';
import type { DirectoryPage } from '../../domain/requests/directory.service.ts';
import type { Button, OutgoingMessage } from '../../domain/port.ts';
import { escapeUserText, t } from '../../i18n/index.ts';

/** "UTC+05:30", "UTC−03:00", "UTC". */
export function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A page of the mentor directory: each mentor numbered with their topics, time zone and
 * experience, one Request button per mentor, and the page buttons.
 */
export function directoryMessage(locale: string, result: DirectoryPage): OutgoingMessage {
  const { program, entries, page, pages, topic } = result;
  const head = t(locale, topic ? 'directory.titleTopic' : 'directory.title', {
    program: program.name,
    topic: escapeUserText(topic ?? ''),
    count: result.total,
  });
  if (entries.length === 0) return { content: `${head}\n${t(locale, 'directory.empty')}` };
  const blocks = entries.map((entry, i) => {
    const zone = entry.offsetMinutes === null ? t(locale, 'directory.noZone') : utcOffsetText(entry.offsetMinutes);
    const topics = entry.topics.length ? escapeUserText(entry.topics.join(', ')) : t(locale, 'directory.noTopics');
    const lines = [t(locale, 'directory.entry', { n: i + 1, user: entry.userId, topics, zone })];
    if (entry.experience) lines.push(`> ${escapeUserText(entry.experience).replace(/\n/g, ' ').slice(0, 300)}`);
    return lines.join('\n');
  });
  const footer = t(locale, 'directory.page', { page: page + 1, pages });
  const requestRow: Button[] = entries.map((entry, i) => ({
    customId: requestMentorId.encode([program.id, entry.userId]),
    label: t(locale, 'directory.requestButton', { n: i + 1 }),
    style: 'primary',
  }));
  const encoded = encodeTopic(topic);
  const pageRow: Button[] = [
    {
      customId: directoryPageId.encode([program.id, page - 1, encoded]),
      label: t(locale, 'directory.prev'),
      style: 'secondary',
      disabled: page === 0,
    },
    {
      customId: directoryPageId.encode([program.id, page + 1, encoded]),
      label: t(locale, 'directory.next'),
      style: 'secondary',
      disabled: page >= pages - 1,
    },
  ];
  return {
    content: [head, ...blocks, footer].join('\n\n').slice(0, 2000),
    buttons: pages > 1 ? [requestRow, pageRow] : [requestRow],
  };
}
