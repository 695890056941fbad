import type { Db, RequestStatus } from '../../db/schema.ts';
import { requestCounts } from './request.repo.ts';

export interface RequestStats {
  byStatus: Record<RequestStatus, number>;
  /** Median minutes from a request to the mentor's answer (accepted or declined by them); null if none yet. */
  medianAnswerMinutes: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A program's requests for /program stats: how many by status, and how long mentors take to answer. */
export async function requestStats(db: Db, programId: number): Promise<RequestStats> {
  const { byStatus, answerMinutes } = await requestCounts(db, programId);
  return { byStatus, medianAnswerMinutes: median(answerMinutes) };
}
