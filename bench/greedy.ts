import type { AssignmentProblem } from '../src/domain/matching/auction.ts';

/** The baseline most bots would use: best-scoring pairs first, while both sides are free. */
export function greedyAssignment({ mentees: N, mentors: M, capacity, score }: AssignmentProblem): Int32Array {
  const buckets: number[][] = Array.from({ length: 256 }, () => []);
  for (let k = 0; k < score.length; k += 1) if ((score[k] as number) > 0) buckets[score[k] as number]!.push(k);
  const left = Int32Array.from({ length: M }, (_, j) => capacity[j] ?? 0);
  const result = new Int32Array(N).fill(-1);
  for (let s = 255; s > 0; s -= 1) {
    for (const k of buckets[s]!) {
      const i = Math.floor(k / M);
      const j = k % M;
      if (result[i] === -1 && (left[j] as number) > 0) {
        result[i] = j;
        left[j] = (left[j] as number) - 1;
      }
    }
  }
  return result;
}

export function totalScore({ mentors: M, score }: AssignmentProblem, assignment: Int32Array): number {
  let total = 0;
  assignment.forEach((j, i) => {
    if (j >= 0) total += score[i * M + j] as number;
  });
  return total;
}
