import { DEFAULT_JURISDICTION } from './policy-ids';
import {
  AuthorizationDefinition,
  CategoryDefinition,
  JurisdictionDefinition,
  OptOutSignalDefinition,
  PolicyFile,
  PolicyLabels,
  PurposeDefinition,
} from './policy-schema';
import { Rule } from './rule-schema';
import { Scope } from './scope-schema';

/** A validated policy, indexed for look-ups. Built only by `compilePolicy` from a file that passed every check. */
export interface Policy {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly categories: ReadonlyMap<string, CategoryDefinition>;
  readonly purposes: ReadonlyMap<string, PurposeDefinition>;
  readonly authorizations: ReadonlyMap<string, AuthorizationDefinition>;
  readonly optOutSignals: ReadonlyMap<string, OptOutSignalDefinition>;
  readonly jurisdictions: ReadonlyMap<string, JurisdictionDefinition>;
  /** State code -> jurisdiction id; states not listed fall back to DEFAULT. */
  readonly jurisdictionOfState: ReadonlyMap<string, string>;
  readonly labels: PolicyLabels;
  readonly rules: readonly Rule[];
  readonly scopes: ReadonlyMap<string, Scope>;
}

export function compilePolicy(file: PolicyFile): Policy {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const jurisdictionOfState = new Map<string, string>();
  for (const j of file.jurisdictions) {
    if (j.id === DEFAULT_JURISDICTION) continue;
    for (const state of j.states) jurisdictionOfState.set(state, j.id);
  }
  return {
    version: file.version,
    effectiveFrom: file.effectiveFrom,
    categories: byId(file.categories),
    purposes: byId(file.purposes),
    authorizations: byId(file.authorizations),
    optOutSignals: byId(file.optOutSignals),
    jurisdictions: byId(file.jurisdictions),
    jurisdictionOfState,
    labels: file.labels,
    rules: file.rules,
    scopes: byId(file.scopes),
  };
}
