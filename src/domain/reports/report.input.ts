import { z } from 'zod';

export const MAX_OPEN_REPORTS = 5;

export const reportSchema = z.object({
  reason: z.string().trim().min(1, 'error.reasonLength').max(1000, 'error.reasonLength'),
  reportedId: z.string().nullable().default(null),
  messageLink: z.string().trim().nullable().default(null),
});

export type ReportInput = z.input<typeof reportSchema>;

export interface MessageLink {
  guildId: string;
  channelId: string;
  messageId: string;
}

const linkPattern = /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/channels\/(\d{17,20})\/(\d{17,20})\/(\d{17,20})\/?$/;

/** Parses a "Copy Message Link" URL, or returns null when it is not one. */
export function parseMessageLink(link: string): MessageLink | null {
  const match = linkPattern.exec(link);
  if (!match) return null;
  const [, guildId, channelId, messageId] = match as unknown as [string, string, string, string];
  return { guildId, channelId, messageId };
}
