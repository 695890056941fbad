import type { Availability, Role, SignupStatus } from '../../db/schema.ts';

/** A member's sign-up to a program. Timestamps are ISO-8601 UTC strings. */
export interface Signup {
  id: number;
  programId: number;
  guildId: string;
  userId: string;
  role: Role;
  /** JSON: the topics chosen (see signupTopics). */
  topics: string;
  goals: string;
  timezone: string | null;
  /** Local hours the member can meet (`18-22`), or null for waking hours. */
  availableHours: string | null;
  adultAttestedAt: string;
  status: SignupStatus;
  /** A member whose partner left: preferred in the next suggestion. */
  priority: boolean;
  /** A mentor's availability for requests and suggestions (see mentorAvailable). */
  availability: Availability;
  /** When an away mentor counts as open again. */
  awayUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a member answers when signing up (again). */
export type SignupAnswers = Pick<
  Signup,
  'role' | 'topics' | 'goals' | 'timezone' | 'availableHours' | 'adultAttestedAt' | 'status' | 'updatedAt'
>;

export type NewSignup = SignupAnswers & Pick<Signup, 'programId' | 'guildId' | 'userId' | 'createdAt'>;
