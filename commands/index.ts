import type { Command } from '../src/discord/command.ts';
import { checkin } from './checkin.ts';
import { goal } from './goal.ts';
import { match } from './match.ts';
import { meet } from './meet.ts';
import { mentorship } from './mentorship.ts';
import { program } from './program.ts';
import { reportMessage } from './report-message.ts';
import { report } from './report.ts';
import { reports } from './reports.ts';

/** Every command the bot registers and answers: the one list both use. */
export const commands: readonly Command[] = [
  program,
  mentorship,
  match,
  checkin,
  goal,
  report,
  reportMessage,
  reports,
  meet,
];
