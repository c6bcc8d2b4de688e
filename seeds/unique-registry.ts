import { hash32 } from './prng';

/**
 * Remembers which emails and phone numbers were handed out, in fixed memory (a Bloom filter), so two people
 * never get the same mailbox or mobile number. A false positive only makes the generator pick another
 * candidate, so it never breaks the ground truth; memory stays bounded at any dataset size.
 */
export class UniqueRegistry {
  private readonly bits: Uint8Array;
  private readonly mask: number;

  /** `expected` is about how many values will be registered; the filter uses ~32 bits each, at most 64 MiB. */
  constructor(expected: number) {
    let size = 1 << 16;
    while (size < expected * 32 && size < 1 << 29) size <<= 1;
    this.bits = new Uint8Array(size >>> 3);
    this.mask = size - 1;
  }

  has(value: string): boolean {
    return this.positions(value).every((p) => ((this.bits[p >>> 3] as number) & (1 << (p & 7))) !== 0);
  }

  add(value: string): void {
    for (const p of this.positions(value)) this.bits[p >>> 3] = (this.bits[p >>> 3] as number) | (1 << (p & 7));
  }

  /** Registers the value and returns true if it was free. */
  claim(value: string): boolean {
    if (this.has(value)) return false;
    this.add(value);
    return true;
  }

  private positions(value: string): number[] {
    const h1 = hash32(value, 0x9e3779b9);
    const h2 = hash32(value, 0x7f4a7c15) | 1;
    return [0, 1, 2, 3].map((i) => (h1 + Math.imul(i, h2)) & this.mask);
  }
}
