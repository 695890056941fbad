import type { Role } from '../../db/schema.ts';

/** A member's pairing that reached its program's last week. Timestamps are ISO-8601 UTC strings. */
export interface Completion {
  id: number;
  pairingId: number;
  programId: number;
  guildId: string;
  userId: string;
  role: Role;
  weeks: number;
  completedAt: string;
  roleGrantedAt: string | null;
}

/** A completion as /mentorship profile lists it. */
export interface CompletedProgram {
  programName: string;
  role: Role;
  weeks: number;
  completedAt: string;
}
