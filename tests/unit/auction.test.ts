import { describe, expect, test } from 'vitest';
import { solveAssignment, type AssignmentProblem } from '../../src/domain/matching/auction.ts';
import { greedyAssignment, totalScore } from '../../bench/greedy.ts';

/** A small deterministic PRNG, so a failing cohort can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomProblem(seed: number): AssignmentProblem {
  const next = random(seed);
  const mentees = 1 + Math.floor(next() * 6);
  const mentors = 1 + Math.floor(next() * 4);
  const capacity = Array.from({ length: mentors }, () => Math.floor(next() * 3));
  const score = Uint8Array.from({ length: mentees * mentors }, () => (next() < 0.2 ? 0 : 1 + Math.floor(next() * 95)));
  return { mentees, mentors, capacity, score };
}

/** Tries every assignment: each mentee to each mentor with room, or to nobody. */
function bruteForce({ mentees, mentors, capacity, score }: AssignmentProblem): number {
  const left = Array.from({ length: mentors }, (_, j) => capacity[j] ?? 0);
  const search = (i: number): number => {
    if (i === mentees) return 0;
    let best = search(i + 1);
    for (let j = 0; j < mentors; j += 1) {
      const s = score[i * mentors + j] as number;
      if (s === 0 || (left[j] as number) === 0) continue;
      left[j] = (left[j] as number) - 1;
      best = Math.max(best, s + search(i + 1));
      left[j] = (left[j] as number) + 1;
    }
    return best;
  };
  return search(0);
}

function isFeasible(problem: AssignmentProblem, assignment: Int32Array): boolean {
  const used = new Array(problem.mentors).fill(0);
  for (let i = 0; i < problem.mentees; i += 1) {
    const j = assignment[i] as number;
    if (j === -1) continue;
    if (problem.score[i * problem.mentors + j] === 0) return false;
    used[j] += 1;
  }
  return used.every((n, j) => n <= (problem.capacity[j] ?? 0));
}

describe('cohort assignment', () => {
  test('is optimal on 500 random small cohorts (checked by brute force)', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const problem = randomProblem(seed);
      const assignment = solveAssignment(problem);
      expect(isFeasible(problem, assignment), `seed ${seed}`).toBe(true);
      expect(totalScore(problem, assignment), `seed ${seed}`).toBe(bruteForce(problem));
    }
  });

  test('beats greedy where greedy is short-sighted', () => {
    // Greedy gives mentor 0 to mentee 0 (90) and leaves mentee 1 with nobody: 90.
    // The optimum gives mentor 1 to mentee 0 (80) and mentor 0 to mentee 1 (85): 165.
    const problem = { mentees: 2, mentors: 2, capacity: [1, 1], score: Uint8Array.from([90, 80, 85, 0]) };
    expect(totalScore(problem, greedyAssignment(problem))).toBe(90);
    expect(totalScore(problem, solveAssignment(problem))).toBe(165);
  });

  test('never uses a forbidden pair, even when it is the only one', () => {
    const problem = { mentees: 1, mentors: 1, capacity: [3], score: Uint8Array.from([0]) };
    expect([...solveAssignment(problem)]).toEqual([-1]);
  });

  test('handles empty cohorts and mentors without capacity', () => {
    expect([...solveAssignment({ mentees: 0, mentors: 2, capacity: [1, 1], score: new Uint8Array(0) })]).toEqual([]);
    expect([...solveAssignment({ mentees: 2, mentors: 0, capacity: [], score: new Uint8Array(0) })]).toEqual([-1, -1]);
    expect([...solveAssignment({ mentees: 2, mentors: 1, capacity: [0], score: Uint8Array.from([50, 60]) })]).toEqual([
      -1, -1,
    ]);
  });
});
