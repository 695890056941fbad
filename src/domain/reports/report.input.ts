import { z } from 'zod';
import { UserFacingError } from '../errors.ts';
import { freeText } from '../text.ts';

export const MAX_OPEN_REPORTS = 5;

export const reportSchema = z.object({
  reason: freeText({ multiline: true }).pipe(z.string().min(1, 'error.reasonLength').max(1000, 'error.reasonLength')),
  reportedId: z.string().nullable().default(null),
  /** Discord says the reported account is a bot (this bot included). */
  reportedIsBot: z.boolean().default(false),
  /** The report is about a message of `reportedId`, picked with the message menu. */
  aboutMessage: z.boolean().default(false),
  messageLink: z.string().trim().nullable().default(null),
});

export type ReportInput = z.input<typeof reportSchema>;

export type ReportSubject = Pick<z.output<typeof reportSchema>, 'reportedId' | 'reportedIsBot' | 'aboutMessage'>;

/**
 * Refuses a report moderators could do nothing with: about the reporter themselves or their
 * own message, or about a bot or a bot's message (this bot's included).
 */
export function refuseImpossibleSubject(subject: ReportSubject, reporterId: string): void {
  if (subject.reportedId === null) return;
  if (subject.reportedId === reporterId)
    throw new UserFacingError(subject.aboutMessage ? 'error.reportOwnMessage' : 'error.reportSelf');
  if (subject.reportedIsBot)
    throw new UserFacingError(subject.aboutMessage ? 'error.reportBotMessage' : 'error.reportBot');
}

export interface MessageLink {
  guildId: string;
  channelId: string;
  messageId: string;
}

const linkPattern =
  /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/channels\/(\d{17,20})\/(\d{17,20})\/(\d{17,20})\/?$/;

/** Parses a "Copy Message Link" URL, or returns null when it is not one. */
export function parseMessageLink(link: string): MessageLink | null {
  const match = linkPattern.exec(link);
  if (!match) return null;
  const [, guildId, channelId, messageId] = match as unknown as [string, string, string, string];
  return { guildId, channelId, messageId };
}
