import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkinPrompt, closingMessage } from '../checkins/checkin-message.ts';
import { welcomeMessage } from '../pairings/pair-thread.ts';
import { findPairing } from '../pairings/pairing.repo.ts';
import type { OutgoingMessage } from '../port.ts';
import { findProgram } from '../programs/program.repo.ts';
import { signupPanel } from '../programs/signup-panel.ts';
import { reportCard } from '../reports/report-card.ts';
import { countSignups } from '../signups/signup.repo.ts';
import { checkinToRender, goalsToRender, reportToRender } from './views.repo.ts';

/** Messages rendered when they are sent, from what the database says then. */
export type ViewName = 'checkin' | 'report-card' | 'signup-panel' | 'welcome';

export interface Rendered {
  channelId: string;
  /** The message to edit, once there is one. */
  messageId: string | null;
  message: OutgoingMessage;
}

type Renderer = (db: Kysely<DB>, id: number) => Promise<Rendered | null>;

const checkin: Renderer = async (db, id) => {
  const row = await checkinToRender(db, id);
  if (!row?.thread_id) return null;
  const goals = row.kind === 'prompt' ? await goalsToRender(db, row.pairingId) : [];
  const input = {
    checkinId: row.id,
    week: row.week,
    nonce: row.nonce,
    template: row.template,
    weeks: row.weeks,
    locale: row.locale,
    programName: row.programName,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    goals,
  };
  return {
    channelId: row.thread_id,
    messageId: row.message_id,
    message: row.kind === 'closing' ? closingMessage(input) : checkinPrompt(input),
  };
};

const card: Renderer = async (db, id) => {
  const report = await reportToRender(db, id);
  if (!report) return null;
  const program = report.program_id === null ? undefined : await findProgram(db, report.program_id);
  return {
    channelId: report.queue_channel_id,
    messageId: report.queue_message_id,
    message: reportCard(report, program?.locale ?? 'en', program?.name ?? null),
  };
};

const panel: Renderer = async (db, id) => {
  const program = await findProgram(db, id);
  if (!program) return null;
  return {
    channelId: program.pair_channel_id,
    messageId: program.panel_message_id,
    message: signupPanel(program, await countSignups(db, program.id)),
  };
};

const welcome: Renderer = async (db, id) => {
  const pairing = await findPairing(db, id);
  const program = pairing && (await findProgram(db, pairing.program_id));
  if (!pairing?.thread_id || !program) return null;
  return {
    channelId: pairing.thread_id,
    messageId: pairing.welcome_message_id,
    message: welcomeMessage(program, pairing),
  };
};

const renderers: Record<ViewName, Renderer> = { checkin, 'report-card': card, 'signup-panel': panel, welcome };

export function renderView(db: Kysely<DB>, name: ViewName, id: number): Promise<Rendered | null> {
  return renderers[name](db, id);
}
