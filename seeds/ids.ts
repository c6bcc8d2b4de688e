import { SourceSystem } from '../src/model/source-system';
import { mix32, Rng } from './prng';

/**
 * Source ids and issued numbers. A counter per kind goes through a keyed decimal Feistel permutation, so ids
 * are unique by construction (no set to remember them) yet do not reveal the generation order: two records of
 * one household do not get neighbouring ids.
 */
export class DecimalPermutation {
  private readonly modulus: number;
  private readonly keys: number[];

  constructor(
    rng: Rng,
    private readonly halfDigits: number,
  ) {
    this.modulus = 10 ** halfDigits;
    this.keys = [rng.nextUint32(), rng.nextUint32(), rng.nextUint32(), rng.nextUint32()];
  }

  get capacity(): number {
    return this.modulus * this.modulus;
  }

  /** A `2 * halfDigits`-digit string, distinct for each n in [0, capacity). */
  apply(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n >= this.capacity) throw new Error(`id counter ${n} out of range`);
    let left = Math.floor(n / this.modulus);
    let right = n % this.modulus;
    for (const key of this.keys) {
      const f = mix32(right ^ key) % this.modulus;
      const next = (left + f) % this.modulus;
      left = right;
      right = next;
    }
    return String(left).padStart(this.halfDigits, '0') + String(right).padStart(this.halfDigits, '0');
  }
}

const SOURCE_ID_FORMATS: Record<SourceSystem, { prefix: string; halfDigits: number }> = {
  ecommerce: { prefix: 'EC-', halfDigits: 4 },
  pos: { prefix: 'POS-', halfDigits: 5 },
  loyalty: { prefix: 'LM-', halfDigits: 4 },
  pharmacy: { prefix: 'RX-', halfDigits: 4 },
  fuel: { prefix: 'FU-', halfDigits: 4 },
  web: { prefix: 'W-', halfDigits: 5 },
  crm: { prefix: 'CRM-', halfDigits: 4 },
};

/** Hands out source ids ("EC-00012345", "POS-0012345678", ...) and loyalty card numbers. */
export class IdAllocator {
  private readonly permutations: Record<SourceSystem, DecimalPermutation>;
  private readonly counters: Record<SourceSystem, number>;
  private readonly cardPermutation: DecimalPermutation;
  private cardCounter: number;

  /** `offset` starts the counters further on, so that a second allocator (malformed records) never collides. */
  constructor(rng: Rng, offset = 0) {
    const build = (source: SourceSystem): DecimalPermutation =>
      new DecimalPermutation(rng.fork(`ids/${source}`), SOURCE_ID_FORMATS[source].halfDigits);
    this.permutations = {
      ecommerce: build('ecommerce'),
      pos: build('pos'),
      loyalty: build('loyalty'),
      pharmacy: build('pharmacy'),
      fuel: build('fuel'),
      web: build('web'),
      crm: build('crm'),
    };
    this.counters = { ecommerce: offset, pos: offset, loyalty: offset, pharmacy: offset, fuel: offset, web: offset, crm: offset };
    this.cardPermutation = new DecimalPermutation(rng.fork('ids/loyalty-card'), 5);
    this.cardCounter = offset;
  }

  sourceId(source: SourceSystem): string {
    const n = this.counters[source]++;
    return SOURCE_ID_FORMATS[source].prefix + this.permutations[source].apply(n);
  }

  /** A 12-digit loyalty card number: the programme prefix 48 and ten digits. */
  loyaltyCard(): string {
    return '48' + this.cardPermutation.apply(this.cardCounter++);
  }
}

/** "tok_" and 16 hex digits, as the payment processor hands out. */
export function paymentToken(rng: Rng): string {
  return 'tok_' + rng.hex(16);
}

/** An analytics-style first-party cookie id: `GA1.2.<random>.<first seen, epoch seconds>`. */
export function cookieId(rng: Rng, firstSeenMillis: number): string {
  return `GA1.2.${rng.int(100000000, 2147483647)}.${Math.floor(firstSeenMillis / 1000)}`;
}

/** A random (version 4) UUID, as mobile apps use for install ids. */
export function appInstallId(rng: Rng): string {
  const h = rng.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'.charAt(rng.int(0, 3));
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
