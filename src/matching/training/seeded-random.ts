import { floor, imul } from '../numeric';
/** A small seeded generator (mulberry32 over a string hash): the same seed draws the same pairs anywhere. */
export class SeededRandom {
  private state: number;

  constructor(seed: string | number) {
    let h = 2166136261;
    for (const ch of String(seed)) h = imul(h ^ ch.charCodeAt(0), 16777619);
    this.state = h >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return floor(this.next() * bound);
  }
}
