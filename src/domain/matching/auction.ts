/**
 * Maximum-weight assignment of mentees to mentors with capacities, by Bertsekas' auction
 * algorithm with ε-scaling.
 *
 * Each mentor is `capacity` identical slots; each mentee also has a private "unmatched"
 * object worth 0, so leaving someone unmatched is always possible. To keep ε-scaling valid
 * when slots may stay empty, the problem is made symmetric with one slack bidder per slot
 * that values every object at 0. For integer scores, the final phase's ε < 1/n makes the
 * result an exact optimum (total within n·ε < 1 of the best, and totals are integers).
 */
export interface AssignmentProblem {
  mentees: number;
  mentors: number;
  /** Slots left per mentor. */
  capacity: ArrayLike<number>;
  /** Row-major mentees × mentors; 0 means the pair is not allowed, otherwise the pair's points. */
  score: Uint8Array;
}

/** For each mentee, the mentor index it is assigned to, or -1. */
export function solveAssignment(problem: AssignmentProblem): Int32Array {
  const { mentees: N, mentors: M, capacity, score } = problem;
  const slotStart = new Int32Array(M + 1);
  for (let j = 0; j < M; j += 1) slotStart[j + 1] = (slotStart[j] as number) + Math.max(0, capacity[j] ?? 0);
  const S = slotStart[M] as number;
  const objects = S + N;
  const persons = N + S;
  const slotMentor = new Int32Array(S);
  for (let j = 0; j < M; j += 1) slotMentor.fill(j, slotStart[j], slotStart[j + 1]);

  const price = new Float64Array(objects);
  const owner = new Int32Array(objects);
  const holds = new Int32Array(persons);
  const minPrice = new Float64Array(M);
  const minSlot = new Int32Array(M);
  for (let j = 0; j < M; j += 1) minSlot[j] = slotStart[j] as number;
  if (M > 0 && S === 0) minPrice.fill(Infinity);
  for (let j = 0; j < M; j += 1) if (slotStart[j] === slotStart[j + 1]) minPrice[j] = Infinity;

  let maxScore = 1;
  for (let k = 0; k < score.length; k += 1) if ((score[k] as number) > maxScore) maxScore = score[k] as number;
  const { order, rowEnd } = mentorsByScore(N, M, score);

  const heap = new PriceHeap(price);
  for (let o = 0; o < objects; o += 1) heap.push(o);

  const refreshMentor = (j: number) => {
    let best = Infinity;
    let at = -1;
    for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s += 1) {
      if ((price[s] as number) < best) {
        best = price[s] as number;
        at = s;
      }
    }
    minPrice[j] = best;
    minSlot[j] = at;
  };
  const secondMinPrice = (j: number, except: number) => {
    let best = Infinity;
    for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s += 1)
      if (s !== except && (price[s] as number) < best) best = price[s] as number;
    return best;
  };
  const raise = (object: number, to: number) => {
    price[object] = to;
    heap.push(object);
    if (object < S) refreshMentor(slotMentor[object] as number);
  };

  const finalEps = 1 / (persons + 1);
  let eps = Math.max(maxScore / 4, finalEps);
  const queue = new Int32Array(persons + 1);
  for (;;) {
    owner.fill(-1);
    holds.fill(-1);
    let head = 0;
    let tail = 0;
    const size = persons + 1;
    for (let p = 0; p < persons; p += 1) queue[tail++] = p;
    // A lower bound on every mentor's price; refreshed now and then, valid in between since prices only rise.
    let floor = 0;
    let sinceFloor = 0;
    while (head !== tail) {
      if (++sinceFloor >= 512) {
        sinceFloor = 0;
        floor = Infinity;
        for (let j = 0; j < M; j += 1) if ((minPrice[j] as number) < floor) floor = minPrice[j] as number;
      }
      const person = queue[head] as number;
      head = (head + 1) % size;
      let object: number;
      let bid: number;
      if (person < N) {
        const row = person * M;
        let best = -price[S + person]!;
        let second = -Infinity;
        let bestMentor = -1;
        // A mentor is worth at most its score less the price floor: scanning by score, the rest
        // cannot beat the second-best value once that bound does not.
        for (let k = row, end = rowEnd[person] as number; k < end; k += 1) {
          const j = order[k] as number;
          const s = score[row + j] as number;
          if (s - floor <= second) break;
          const value = s - (minPrice[j] as number);
          if (value > best) {
            second = best;
            best = value;
            bestMentor = j;
          } else if (value > second) second = value;
        }
        if (bestMentor >= 0) {
          object = minSlot[bestMentor] as number;
          const sameMentor = (score[row + bestMentor] as number) - secondMinPrice(bestMentor, object);
          if (sameMentor > second) second = sameMentor;
        } else object = S + person;
        if (second === -Infinity) second = best - maxScore - 1;
        bid = (price[object] as number) + best - second + eps;
      } else {
        // A slack bidder values everything at 0: it takes the cheapest object.
        object = heap.popValid();
        const runnerUp = heap.peekValid();
        bid = (runnerUp === -1 ? (price[object] as number) : (price[runnerUp] as number)) + eps;
      }
      const previous = owner[object] as number;
      if (previous !== -1) {
        holds[previous] = -1;
        queue[tail] = previous;
        tail = (tail + 1) % size;
      }
      owner[object] = person;
      holds[person] = object;
      raise(object, bid);
    }
    if (eps <= finalEps) break;
    eps = Math.max(eps / 6, finalEps);
  }

  const result = new Int32Array(N).fill(-1);
  for (let i = 0; i < N; i += 1) {
    const object = holds[i] as number;
    if (object >= 0 && object < S) result[i] = slotMentor[object] as number;
  }
  return result;
}

/** Each mentee's allowed mentors, best score first (a counting sort: scores are 1-255). */
function mentorsByScore(N: number, M: number, score: Uint8Array): { order: Uint32Array; rowEnd: Uint32Array } {
  const order = new Uint32Array(N * M);
  const rowEnd = new Uint32Array(N);
  const counts = new Uint32Array(257);
  for (let i = 0; i < N; i += 1) {
    const row = i * M;
    counts.fill(0);
    for (let j = 0; j < M; j += 1)
      counts[255 - (score[row + j] as number)] = (counts[255 - (score[row + j] as number)] as number) + 1;
    let start = row;
    for (let b = 0; b < 256; b += 1) {
      const n = counts[b] as number;
      counts[b] = start;
      start += n;
    }
    let allowed = row;
    for (let j = 0; j < M; j += 1) {
      const s = score[row + j] as number;
      if (s === 0) continue;
      const slot = 255 - s;
      order[counts[slot] as number] = j;
      counts[slot] = (counts[slot] as number) + 1;
      allowed += 1;
    }
    rowEnd[i] = allowed;
  }
  return { order, rowEnd };
}

/** A binary min-heap of objects by price, with lazy deletion: prices only ever rise. */
class PriceHeap {
  private items = new Int32Array(1024);
  private keys = new Float64Array(1024);
  private size = 0;

  constructor(private readonly price: Float64Array) {}

  push(object: number): void {
    if (this.size === this.items.length) {
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.items = items;
      this.keys = keys;
    }
    let i = this.size++;
    const key = this.price[object] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.items[i] = this.items[parent] as number;
      this.keys[i] = this.keys[parent] as number;
      i = parent;
    }
    this.items[i] = object;
    this.keys[i] = key;
  }

  private pop(): void {
    const lastItem = this.items[--this.size] as number;
    const lastKey = this.keys[this.size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] as number) < (this.keys[child] as number)) child += 1;
      if ((this.keys[child] as number) >= lastKey) break;
      this.items[i] = this.items[child] as number;
      this.keys[i] = this.keys[child] as number;
      i = child;
    }
    this.items[i] = lastItem;
    this.keys[i] = lastKey;
  }

  private dropStale(): void {
    while (this.size > 0 && this.keys[0] !== this.price[this.items[0] as number]) this.pop();
  }

  /** Removes and returns the cheapest object (the caller pushes it back at its new price). */
  popValid(): number {
    this.dropStale();
    const object = this.items[0] as number;
    this.pop();
    return object;
  }

  peekValid(): number {
    this.dropStale();
    return this.size > 0 ? (this.items[0] as number) : -1;
  }
}
