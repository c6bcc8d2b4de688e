import { PERSON_ATTRIBUTES } from '../../model';
import { DEFAULT_JURISDICTION, PURPOSE_PLACEHOLDER } from './policy-ids';
import { PolicyProblem } from './policy-problem';
import { PolicyFile } from './policy-schema';

/**
 * Checks what the schema cannot: that every id a rule, label or scope names is defined, ids are unique, every
 * person attribute is labelled, a DEFAULT jurisdiction exists, and each rule's role fits its decision.
 * Returns every problem, each with its path.
 */
export function policyReferenceProblems(file: PolicyFile): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const categories = uniqueIds('categories', file.categories, add);
  const purposes = uniqueIds('purposes', file.purposes, add);
  const authorizations = uniqueIds('authorizations', file.authorizations, add);
  const signals = uniqueIds('optOutSignals', file.optOutSignals, add);
  const jurisdictions = uniqueIds('jurisdictions', file.jurisdictions, add);
  uniqueIds('rules', file.rules, add);
  uniqueIds('scopes', file.scopes, add);

  file.authorizations.forEach((a, i) => {
    if (purposes.has(a.id)) add(`authorizations[${i}].id`, `"${a.id}" is also a purpose; consent records could not tell them apart`);
  });

  checkJurisdictions(file, add);
  if (!jurisdictions.has(DEFAULT_JURISDICTION)) add('jurisdictions', `must define ${DEFAULT_JURISDICTION}, the fallback for every other state`);

  const checkCategories = (path: string, list: readonly string[]) =>
    list.forEach((c, i) => {
      if (!categories.has(c)) add(`${path}[${i}]`, `unknown category "${c}"`);
    });
  for (const [group, entries] of Object.entries(file.labels)) {
    for (const [name, list] of Object.entries(entries as Record<string, string[]>)) checkCategories(`labels.${group}.${name}`, list);
  }
  for (const name of PERSON_ATTRIBUTES) {
    if (!(name in file.labels.attributes)) add(`labels.attributes.${name}`, 'every person attribute of the graph needs a category');
  }

  const topics = new Set([...purposes, ...authorizations]);
  file.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    const { match } = rule;
    if (match.categories !== '*') checkCategories(`${at}.match.categories`, match.categories);
    if (match.purposes !== '*') checkKnown(`${at}.match.purposes`, match.purposes, purposes, 'purpose', add);
    if (match.jurisdictions !== '*') checkKnown(`${at}.match.jurisdictions`, match.jurisdictions, jurisdictions, 'jurisdiction', add);
    if (rule.decision === 'ALLOW_UNLESS_OPTED_OUT' || rule.decision === 'REQUIRES_OPT_IN') {
      rule.consents.forEach((c, j) => {
        if (c.purpose !== PURPOSE_PLACEHOLDER && !topics.has(c.purpose)) add(`${at}.consents[${j}].purpose`, `unknown purpose or authorization "${c.purpose}"`);
      });
      checkKnown(`${at}.signals`, rule.signals, signals, 'opt-out signal', add);
    }
    if (rule.role === 'approve' && rule.decision === 'DENY') add(`${at}.role`, 'a DENY rule approves nothing; make it a restrict rule');
    if (rule.role === 'restrict' && rule.decision === 'ALLOW') add(`${at}.role`, 'a restrict rule that always allows restricts nothing');
  });

  file.scopes.forEach((scope, i) => {
    const at = `scopes[${i}]`;
    const purpose = file.purposes.find((p) => p.id === scope.purpose);
    if (purpose === undefined) add(`${at}.purpose`, `unknown purpose "${scope.purpose}"`);
    else if (scope.minLinkConfidence < purpose.minLinkConfidence) {
      add(`${at}.minLinkConfidence`, `${scope.minLinkConfidence} is below the floor of purpose ${purpose.id} (${purpose.minLinkConfidence})`);
    }
    if (scope.jurisdictions !== '*') checkKnown(`${at}.jurisdictions`, scope.jurisdictions, jurisdictions, 'jurisdiction', add);
  });
  return problems;
}

type Add = (path: string, message: string) => void;

function uniqueIds(path: string, items: readonly { id: string }[], add: Add): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function checkKnown(path: string, list: readonly string[], known: ReadonlySet<string>, what: string, add: Add): void {
  list.forEach((value, i) => {
    if (!known.has(value)) add(`${path}[${i}]`, `unknown ${what} "${value}"`);
  });
}

function checkJurisdictions(file: PolicyFile, add: Add): void {
  const stateOwner = new Map<string, string>();
  file.jurisdictions.forEach((j, i) => {
    if (j.id === DEFAULT_JURISDICTION && j.states.length > 0) add(`jurisdictions[${i}].states`, 'DEFAULT applies to every state without a jurisdiction; it lists none');
    if (j.id !== DEFAULT_JURISDICTION && j.states.length === 0) add(`jurisdictions[${i}].states`, 'must list the states it covers');
    j.states.forEach((state, k) => {
      const owner = stateOwner.get(state);
      if (owner !== undefined) add(`jurisdictions[${i}].states[${k}]`, `state ${state} already belongs to jurisdiction ${owner}`);
      stateOwner.set(state, j.id);
    });
  });
}
