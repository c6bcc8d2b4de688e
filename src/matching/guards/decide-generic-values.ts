import { areNicknameEquivalent } from '../comparisons/nicknames';
import { givenNamesCompatible } from '../deterministic/given-names-compatible';
import type { GenericValueRules } from './generic-value-rules';

/** How a value is used: by how many records, and under which given names. */
export interface ValueUsage {
  key: string;
  type: string;
  holders: number;
  /** Distinct given names of the holders (a sample). */
  givenNames: string[];
}

export interface GenericVerdict {
  key: string;
  type: string;
  reason: 'too-many-holders' | 'several-people';
  detail: string;
}

/** The values that must stop linking people, with the reason (for the report and for an analyst). */
export function decideGenericValues(usages: readonly ValueUsage[], rules: GenericValueRules): GenericVerdict[] {
  const verdicts: GenericVerdict[] = [];
  for (const usage of usages) {
    const limit = rules.maxHoldersByType[usage.type] ?? rules.maxHolders;
    if (usage.holders > limit) {
      verdicts.push({ key: usage.key, type: usage.type, reason: 'too-many-holders', detail: `${String(usage.holders)} records hold it (limit ${String(limit)})` });
      continue;
    }
    if (rules.peopleRuleExempt.includes(usage.type)) continue;
    const people = countPeopleByGivenName(usage.givenNames);
    if (people >= rules.maxDistinctPeople) {
      verdicts.push({ key: usage.key, type: usage.type, reason: 'several-people', detail: `held under ${String(people)} unrelated given names` });
    }
  }
  return verdicts;
}

/**
 * A lower bound on the people behind a set of given names: names go into groups of mutually compatible
 * names (Robert, Rob, Bob are one), and the groups are counted.
 */
export function countPeopleByGivenName(names: readonly string[]): number {
  const groups: string[][] = [];
  for (const name of names) {
    const group = groups.find((g) => g.every((other) => sameName(name, other)));
    if (group) group.push(name);
    else groups.push([name]);
  }
  return groups.length;
}

function sameName(a: string, b: string): boolean {
  return givenNamesCompatible(a, b) || areNicknameEquivalent(a.toLowerCase(), b.toLowerCase());
}
