import { ErrorCode, IdentityGraphError } from '../../errors';
import { PROFILE_ATTRIBUTE_PROPERTIES, RawProfile, toCustomerProfile } from '../../customer-view/customer-profile';
import { CYPHER } from '../../graph/cypher-statements';
import { GraphExecutor } from '../../graph/graph-executor';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { filterView } from '../decide/filter-view';
import { Policy } from '../policy/policy';
import { Scope } from '../policy/scope-schema';
import { toConsentState } from '../store/consent-store';
import { summariseDecisions } from './audit-summary';
import { ScopedCustomerView, toScopedView } from './scoped-view';
import { SurvivorshipConfig } from './survivorship-config';

export interface ViewReader {
  graph: GraphExecutor;
  policy: Policy;
  survivorship: SurvivorshipConfig;
}

export interface ViewRequest {
  /** Any id of the customer; a merged id reads the surviving customer. */
  customerId: string;
  scope: string;
  actor: string;
  role: string;
}

export function scopeOf(policy: Policy, scopeId: string): Scope {
  const scope = policy.scopes.get(scopeId);
  if (scope === undefined) {
    throw new IdentityGraphError(ErrorCode.UNKNOWN_SCOPE, `scope: "${scopeId}" is not a scope of policy ${policy.version} (${[...policy.scopes.keys()].join(', ')})`, { field: 'scope' });
  }
  return scope;
}

/**
 * The single customer view for one scope. One read transaction fetches the customer with its records from the
 * scope's sources, its confirmed households, consents and opt-out signals (as they are now: nothing is cached
 * across requests, so a consent change applies to the very next read); the policy engine decides every value;
 * survivorship builds the golden record from what was served. The read is audited before anything is returned:
 * if the audit entry cannot be written, the caller gets an error, not data. Null when the id is unknown.
 */
export async function readCustomerView(reader: ViewReader, request: ViewRequest): Promise<(ScopedCustomerView & { auditSeq: number }) | null> {
  const scope = scopeOf(reader.policy, request.scope);
  const meta = { actor: request.actor, purpose: scope.purpose };
  const loaded = await reader.graph.readTransaction(async (tx) => {
    const [resolved] = await tx.run<{ customerId: string | null }>(CYPHER.resolveCustomerId, { customerIds: [request.customerId] });
    const activeId = resolved?.customerId ?? null;
    if (activeId === null) return null;
    const [row] = await tx.run<{ profile: RawProfile; consents: Record<string, unknown>[]; signals: Record<string, unknown>[] }>(
      CYPHER.getCustomerForScope,
      { customerId: activeId, sources: scope.sources, attributeProperties: PROFILE_ATTRIBUTE_PROPERTIES },
    );
    return row ?? null;
  }, meta);
  if (loaded === null) return null;

  const at = new Date();
  const profile = toCustomerProfile(loaded.profile);
  const { consents, signals } = toConsentState(loaded);
  const result = filterView(reader.policy, profile, scope, { consents, signals, at });
  const view = toScopedView(result, reader.survivorship.sourcePriority, at);
  const summary = summariseDecisions(result.decisions);
  const entry = await appendAuditEntry(reader.graph, {
    kind: 'VIEW_READ', at: at.toISOString(), actor: request.actor, role: request.role, purpose: scope.purpose, scope: scope.id,
    customerId: profile.id, policyVersion: reader.policy.version, ...summary,
  });
  return { ...view, auditSeq: entry.seq };
}
