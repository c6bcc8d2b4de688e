import { CustomerProfile, Provenance, SourceRecordView } from '../../customer-view/customer-profile';
import { SignalClass, SourceSystem, isSourceSystem } from '../../model';
import { fieldCategories, GraphField } from '../policy/field-categories';
import { Policy } from '../policy/policy';
import { Scope } from '../policy/scope-schema';
import { customerStates } from './customer-states';
import { decideField } from './decide-field';
import { DecisionContext, FieldDecision, FieldFacts, NO_OBLIGATIONS } from './decision-types';
import { DecisionLogEntry, FilterResult, ServedProvenance, ServedRecord, ServedSection } from './filtered-view';
import { maskAddress, maskKindOf, maskValue } from './mask';
import { resolveJurisdictions } from './resolve-jurisdictions';

/** The decision context without a jurisdiction: when absent, the customer's address states decide. */
export type FilterContext = Omit<DecisionContext, 'jurisdiction'> & { jurisdiction?: DecisionContext['jurisdiction'] };

/**
 * Returns the part of a customer profile that `scope` may see, and one decision per field of the profile.
 * Every value is decided on its own (a name from the pharmacy record and the same name from the loyalty record
 * are two decisions); records below the scope's link confidence or from sources it does not accept lose all
 * their values. Masks are applied here. Consents and signals of the customer's merged aliases count as theirs.
 */
export function filterView(policy: Policy, profile: CustomerProfile, scope: Scope, context: FilterContext): FilterResult {
  const ids = new Set([profile.id, ...profile.aliases]);
  const decisionContext: DecisionContext = {
    jurisdiction: context.jurisdiction ?? customerStates(profile),
    consents: context.consents.filter((c) => ids.has(c.customerId)),
    signals: context.signals.filter((s) => ids.has(s.customerId)),
    at: context.at,
  };
  const decisions: DecisionLogEntry[] = [];
  const decide = (path: string, field: string, facts: FieldFacts): FieldDecision => {
    const d = decideField(policy, facts, scope, decisionContext);
    decisions.push({ path, field, source: facts.source, signal: facts.signal, categories: [...facts.categories], ...d });
    return d;
  };
  const notServed = (path: string, field: string, facts: FieldFacts, why: string): void => {
    decisions.push({ path, field, source: facts.source, signal: facts.signal, categories: [...facts.categories], allowed: false, decision: 'DENY', reasons: [{ code: 'RECORD_NOT_SERVED', message: why }], obligations: NO_OBLIGATIONS });
  };
  const categories = (field: GraphField, sources: readonly (SourceSystem | null)[]) => fieldCategories(policy, field, sources);
  const mask = (d: FieldDecision, field: string, value: string) => (d.obligations.mask ? maskValue(maskKindOf(field), value) : value);
  const served = (d: FieldDecision) => ({ masked: d.obligations.mask, obligations: d.obligations });

  const sections: Record<SignalClass, ServedSection> = { EXPLICIT: emptySection(), OBSERVED: emptySection(), INFERRED: emptySection() };
  const shellFacts = (r: SourceRecordView): FieldFacts => ({ categories: categories({ kind: 'node', label: 'SourceRecord' }, [r.source]), signal: 'OBSERVED', source: r.source, linkConfidence: r.resolution.confidence });
  const shells = profile.records.map((r, i) => decide(`records[${i}]`, 'record', shellFacts(r)));
  const servedKeys = new Set(profile.records.filter((_, i) => shells[i]?.allowed === true).map((r) => r.key));
  const records: ServedRecord[] = [];

  profile.records.forEach((r, i) => {
    const at = `records[${i}]`;
    const recordRef = `r${i}`;
    const linkConfidence = r.resolution.confidence;
    const provenance = (p: Provenance): ServedProvenance => ({ recordRef, source: r.source, signal: p.signal, observedAt: p.observedAt, linkConfidence });
    const facts = (field: GraphField, p: Provenance): FieldFacts => ({ categories: categories(field, [r.source, p.source]), signal: p.signal, source: r.source, linkConfidence });

    r.attributes.forEach((a, j) => {
      const field = `attribute.${a.name}`;
      const d = decide(`${at}.attributes[${j}]`, field, facts({ kind: 'attribute', name: a.name }, a.provenance));
      if (d.allowed) sections[a.provenance.signal].attributes.push({ name: a.name, value: mask(d, field, a.value), provenance: provenance(a.provenance), ...served(d) });
    });
    r.identifiers.forEach((id, j) => {
      const field = `identifier.${id.type}`;
      const d = decide(`${at}.identifiers[${j}]`, field, facts({ kind: 'identifier', type: id.type }, id.provenance));
      if (!d.allowed) return;
      const address = id.address === null ? null : d.obligations.mask ? maskAddress(id.address) : { ...id.address };
      sections[id.provenance.signal].identifiers.push({
        type: id.type, value: mask(d, field, id.value), verified: id.verified, generic: id.generic, field: id.field, address, provenance: provenance(id.provenance), ...served(d),
      });
    });
    r.devices.forEach((dev, j) => {
      const field = `device.${dev.type}`;
      const d = decide(`${at}.devices[${j}]`, field, facts({ kind: 'device', type: dev.type }, dev.provenance));
      if (d.allowed) sections[dev.provenance.signal].devices.push({ type: dev.type, deviceId: mask(d, field, dev.deviceId), shared: dev.shared, lastSeenAt: dev.lastSeenAt, provenance: provenance(dev.provenance), ...served(d) });
    });

    const resolutionFacts: FieldFacts = { categories: categories({ kind: 'edge', type: 'RESOLVES_TO' }, [r.source]), signal: r.resolution.signal, source: r.source, linkConfidence };
    const linkFacts = r.links.map((l): FieldFacts => ({
      categories: categories({ kind: 'edge', type: 'LINKED_TO' }, [r.source, sourceOfKey(l.otherRecordKey)]), signal: l.signal, source: r.source, linkConfidence,
    }));
    const shell = shells[i];
    if (shell === undefined || !shell.allowed) {
      notServed(`${at}.resolution`, 'record.resolution', resolutionFacts, 'its source record is not served');
      linkFacts.forEach((f, k) => notServed(`${at}.links[${k}]`, 'record.link', f, 'its source record is not served'));
      return;
    }
    const rd = decide(`${at}.resolution`, 'record.resolution', resolutionFacts);
    const links: ServedRecord['links'] = [];
    r.links.forEach((l, k) => {
      const f = linkFacts[k] as FieldFacts;
      if (!servedKeys.has(l.otherRecordKey)) return notServed(`${at}.links[${k}]`, 'record.link', f, 'the linked record is not served');
      const d = decide(`${at}.links[${k}]`, 'record.link', f);
      if (d.allowed) links.push({ ...l, otherRecordKey: maskKey(d, l.otherRecordKey), ...served(d) });
    });
    records.push({
      recordRef, key: maskKey(shell, r.key), source: r.source, sourceId: mask(shell, 'record', r.sourceId), banner: r.banner, observedAt: r.observedAt, firstSeenAt: r.firstSeenAt,
      resolution: rd.allowed ? { ...r.resolution, ...served(rd) } : null, links, ...served(shell),
    });
  });

  profile.households.forEach((h, k) => {
    const signal = h.signal ?? 'INFERRED';
    const d = decide(`households[${k}]`, 'household', {
      categories: [...new Set([...categories({ kind: 'edge', type: 'MEMBER_OF' }, []), ...categories({ kind: 'node', label: 'Household' }, [])])], signal, source: null, linkConfidence: h.confidence,
    });
    if (d.allowed) sections[signal].households.push({ householdId: mask(d, 'household', h.householdId), status: h.status, confidence: h.confidence, ...served(d) });
  });

  // The customer node and merges are our computation (INFERRED); merges come from deterministic links only.
  const customerFacts: FieldFacts = { categories: categories({ kind: 'node', label: 'Customer' }, []), signal: 'INFERRED', source: null, linkConfidence: 1 };
  const cd = decide('customer', 'customer', customerFacts);
  const aliasFacts: FieldFacts = { categories: categories({ kind: 'edge', type: 'MERGED_INTO' }, []), signal: 'INFERRED', source: null, linkConfidence: 1 };
  const aliases = profile.aliases.flatMap((alias, k) => {
    const d = decide(`aliases[${k}]`, 'customer.alias', aliasFacts);
    return d.allowed ? [mask(d, 'customer.alias', alias)] : [];
  });

  return {
    view: {
      customerId: profile.id,
      policyVersion: policy.version,
      scopeId: scope.id,
      purpose: scope.purpose,
      customer: cd.allowed ? { status: profile.status, createdAt: profile.createdAt, ...served(cd) } : null,
      aliases,
      records,
      explicit: sections.EXPLICIT,
      observed: sections.OBSERVED,
      inferred: sections.INFERRED,
    },
    decisions,
    jurisdictions: resolveJurisdictions(policy, decisionContext.jurisdiction),
  };
}

function emptySection(): ServedSection {
  return { attributes: [], identifiers: [], devices: [], households: [] };
}

function sourceOfKey(recordKey: string): SourceSystem | null {
  const source = recordKey.slice(0, recordKey.indexOf(':'));
  return isSourceSystem(source) ? source : null;
}

function maskKey(d: FieldDecision, recordKey: string): string {
  if (!d.obligations.mask) return recordKey;
  const colon = recordKey.indexOf(':');
  return `${recordKey.slice(0, colon + 1)}${maskValue('id', recordKey.slice(colon + 1))}`;
}
