import { Policy } from '../policy/policy';
import { DEFAULT_JURISDICTION } from '../policy/policy-ids';

/** The policy jurisdictions of a customer's state(s): a state without its own, or no state at all, is DEFAULT. */
export function resolveJurisdictions(policy: Policy, input: string | readonly string[]): string[] {
  const states = typeof input === 'string' ? [input] : input;
  const ids = new Set<string>();
  for (const state of states) ids.add(policy.jurisdictionOfState.get(state.trim().toUpperCase()) ?? DEFAULT_JURISDICTION);
  if (ids.size === 0) ids.add(DEFAULT_JURISDICTION);
  return [...ids].sort();
}
