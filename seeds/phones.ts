import { Rng } from './prng';
import { PhoneNumber } from './types';
import { UniqueRegistry } from './unique-registry';

/**
 * A US number in one of the given (real) area codes with a random exchange and line: exchanges are 200-999
 * without the N11 service codes and 555, so every number is valid under the North American Numbering Plan.
 * Numbers are registered so no two people or stores get the same one.
 */
export function randomPhone(rng: Rng, areaCodes: readonly string[], registry: UniqueRegistry): PhoneNumber {
  for (;;) {
    const exchange = rng.int(200, 999);
    if (exchange % 100 === 11 || exchange === 555) continue;
    const phone = { area: rng.pick(areaCodes), exchange: String(exchange), line: rng.digits(4) };
    if (registry.claim(`tel:${phone.area}${phone.exchange}${phone.line}`)) return phone;
  }
}
