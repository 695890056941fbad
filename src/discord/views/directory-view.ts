import { directoryPageId, encodeTopic, requestMentorId } from '../../custom-ids/requests.ts';
import type { DirectoryEntry, DirectoryPage } from '../../domain/requests/directory.service.ts';
import type { Button, OutgoingMessage } from '../../domain/port.ts';
import { escapeUserText, t } from '../../i18n/index.ts';

/** "UTC+05:30", "UTC−03:00", "UTC". */
export function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Discord refuses a message longer than this. */
const CONTENT_MAX = 2000;
const EXPERIENCE_MAX = 300;

/** `text` (already escaped) cut to `max` UTF-16 units on whole characters, with "…" if cut, never ending in a lone "\\". */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  if (/(^|[^\\])(\\\\)*\\$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/** A mentor's block within `budget` characters: topics and experience cut to share it. */
function entryBlock(locale: string, entry: DirectoryEntry, n: number, budget: number): string {
  const zone = entry.offsetMinutes === null ? t(locale, 'directory.noZone') : utcOffsetText(entry.offsetMinutes);
  const line = (topics: string) => t(locale, 'directory.entry', { n, user: entry.userId, topics, zone });
  const topics = entry.topics.length ? escapeUserText(entry.topics.join(', ')) : t(locale, 'directory.noTopics');
  const experience = clip(escapeUserText(entry.experience).replace(/\n/g, ' '), EXPERIENCE_MAX);
  const room = budget - line('').length;
  const wanted = experience ? experience.length + 3 : 0;
  const shownTopics = clip(topics, Math.max(Math.floor(room / 2), room - wanted));
  const experienceRoom = room - shownTopics.length - 3;
  const shownExperience = experience && experienceRoom >= 20 ? clip(experience, experienceRoom) : '';
  return shownExperience ? `${line(shownTopics)}\n> ${shownExperience}` : line(shownTopics);
}

/**
 * A page of the mentor directory: each mentor numbered with their topics, time zone and
 * experience, one Request button per mentor, and the page buttons. Each mentor's block gets an
 * equal share of the message, so that every Request button's mentor and the page line show.
 */
export function directoryMessage(locale: string, result: DirectoryPage): OutgoingMessage {
  const { program, entries, page, pages, topic } = result;
  const head = t(locale, topic ? 'directory.titleTopic' : 'directory.title', {
    program: program.name,
    topic: escapeUserText(topic ?? ''),
    count: result.total,
  });
  // An edit without components would keep the previous page's buttons.
  if (entries.length === 0) return { content: `${head}\n${t(locale, 'directory.empty')}`, buttons: [] };
  const footer = t(locale, 'directory.page', { page: page + 1, pages });
  const share = Math.floor((CONTENT_MAX - head.length - footer.length - 2 * (entries.length + 1)) / entries.length);
  const blocks = entries.map((entry, i) => entryBlock(locale, entry, i + 1, share));
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
    content: [head, ...blocks, footer].join('\n\n').slice(0, CONTENT_MAX),
    buttons: pages > 1 ? [requestRow, pageRow] : [requestRow],
  };
}
