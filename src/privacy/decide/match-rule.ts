import { SignalClass, SourceSystem } from '../../model';
import { Rule } from '../policy/rule-schema';

export interface RuleQuestion {
  category: string;
  signal: SignalClass;
  source: SourceSystem | null;
  purpose: string;
  jurisdiction: string;
}

/** A rule applies when each of its match lists is `*` or holds the value; a rule naming sources never matches a sourceless value. */
export function ruleMatches(rule: Rule, q: RuleQuestion): boolean {
  const m = rule.match;
  return (
    isIn(m.categories, q.category) &&
    isIn(m.signals, q.signal) &&
    isIn(m.purposes, q.purpose) &&
    isIn(m.jurisdictions, q.jurisdiction) &&
    (m.sources === '*' || (q.source !== null && m.sources.includes(q.source)))
  );
}

function isIn<T extends string>(list: '*' | readonly T[], value: string): boolean {
  return list === '*' || (list as readonly string[]).includes(value);
}
