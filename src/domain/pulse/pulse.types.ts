/** A member's answer to a pulse survey, or to the closing message's form. Seen by admins only. */
export interface PulseAnswer {
  pairingId: number;
  groupId: number | null;
  userId: string;
  week: number;
  kind: 'pulse' | 'closing';
  score: number;
  comment: string | null;
  nameShown: boolean;
  /** A group mentor's answer: it counts once per group and week and belongs to no one membership. */
  byGroupMentor: boolean;
}

/** A pulse (or closing) message that was posted: who it asked. */
export interface PulseAsked {
  pairingId: number;
  groupId: number | null;
  week: number;
  kind: 'pulse' | 'closing';
}
