/** A goal a pair set themselves. Timestamps are ISO-8601 UTC strings. */
export interface Goal {
  id: number;
  pairingId: number;
  text: string;
  doneAt: string | null;
  createdBy: string;
  createdAt: string;
}
