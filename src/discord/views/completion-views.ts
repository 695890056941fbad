import type { Completion } from '../../domain/completions/completion.types.ts';
import type { CompletedProgram } from '../../domain/completions/completion.types.ts';
import type { OutgoingMessage } from '../../domain/port.ts';
import { t } from '../../i18n/index.ts';
import { certificateDate, certificatePng } from './certificate.ts';

const MAX_FILES = 10;

/** A certificate's file name: the member's role and id, so each reads apart. */
export const certificateFileName = (completion: Completion) =>
  `certificate-${completion.role}-${completion.userId}.png`;

/**
 * The closing message of a pairing that reached its last week: congratulations to both and
 * a certificate per member, named as the server shows them when it is sent. Without names (an
 * edit, which keeps the files already sent) no file is drawn.
 */
export function withCertificates(
  message: OutgoingMessage,
  program: { locale: string; programName: string },
  completions: readonly Completion[],
  names: Record<string, string> | undefined,
): OutgoingMessage {
  if (completions.length === 0) return message;
  // The closing message already names everyone it congratulates: no second mention.
  const congrats = t(program.locale, 'completion.congrats', { program: program.programName });
  return {
    ...message,
    content: `${message.content ?? ''}\n\n${congrats}`.slice(0, 2000),
    ...(names ? { files: certificates(program, completions, names) } : {}),
  };
}

/** Discord takes at most ten files a message: a group of more than nine mentees gets the first ten. */
function certificates(
  program: { locale: string; programName: string },
  completions: readonly Completion[],
  names: Record<string, string>,
): { name: string; data: Buffer }[] {
  return completions.slice(0, MAX_FILES).map((c) => ({
    name: certificateFileName(c),
    data: certificatePng({
      locale: program.locale,
      programName: program.programName,
      memberName: names[c.userId] ?? c.userId,
      role: c.role,
      weeks: c.weeks,
      completedAt: c.completedAt,
    }),
  }));
}

/** /mentorship profile's lines for completed programs. */
export function completedLines(locale: string, completed: readonly CompletedProgram[]): string[] {
  if (completed.length === 0) return [];
  return [
    `**${t(locale, 'profile.completed')}**`,
    ...completed.map((c) =>
      t(locale, 'profile.completedLine', {
        program: c.programName,
        role: t(locale, `certificate.role.${c.role}`),
        weeks: c.weeks,
        date: certificateDate(locale, c.completedAt),
      }),
    ),
  ];
}
