import type { MatchingMode, ProgramFormat, ProgramStatus, TemplateId } from '../../db/schema.ts';

/** A mentorship program of a server. Timestamps are ISO-8601 UTC strings. */
export interface Program {
  id: number;
  guildId: string;
  name: string;
  /** The key under which names are unique in a server (see nameKey). */
  nameKey: string;
  template: TemplateId;
  pairChannelId: string;
  reportChannelId: string;
  moderatorRoleId: string | null;
  checkinDay: number;
  checkinHour: number;
  timezone: string;
  weeks: number;
  mentorCapacity: number;
  everyWeeks: number;
  /** One-to-one pairs, or groups of a mentor's mentees sharing one thread. */
  format: ProgramFormat;
  status: ProgramStatus;
  signupsOpen: boolean;
  /** The server's language when the program was made: used for messages nobody triggered. */
  locale: string;
  panelMessageId: string | null;
  /** Who makes pairs: admins, mentees' requests, or both. */
  matching: MatchingMode;
  /** Days a mentor has to answer a request before it expires. */
  requestDays: number;
  /** The week members are asked how their pairing goes (a pulse survey); 0: never. */
  pulseWeek: number;
  /** The role a member gets for finishing the program (null: none). */
  completionRoleId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type NewProgram = Omit<
  Program,
  'id' | 'panelMessageId' | 'matching' | 'requestDays' | 'pulseWeek' | 'completionRoleId'
> &
  Partial<Pick<Program, 'matching' | 'requestDays' | 'pulseWeek' | 'completionRoleId'>>;
export type ProgramUpdate = Partial<Omit<Program, 'id'>>;
