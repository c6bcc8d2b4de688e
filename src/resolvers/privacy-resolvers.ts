import { appendAuditEntry, findAuditEntries, verifyAuditLog } from '../privacy/audit';
import { ServedRecord } from '../privacy/decide/filtered-view';
import { listConsents, recordOptOutSignal, setConsent, StoredConsent, withdrawOptOutSignal } from '../privacy/store';
import { eraseCustomerAndQueueRetrain, exportCustomerData } from '../privacy/subject-rights';
import { readCustomerView, scopeOf } from '../privacy/view';
import { GraphQLResolveInfo } from 'graphql';
import { customerInReach, requirePurpose, requireRole } from './authorize';
import { badArgument } from './bad-argument';
import { keysetConnectionOf, keysetPageOf, PageArgs } from './pagination';
import { RequestContext } from './request-context';

/**
 * Who may call each field is the @auth directive's (privacy.graphql); here, on top: a customer reaches only
 * their own data, an app only the purposes its token carries, an analyst only analytics. Data subject requests
 * and the audit log stay with the privacy office (checked again here, so a schema edit alone cannot open them).
 */
const PRIVACY_OFFICE = ['privacy_officer'] as const;

/** Every id a customer's reads were logged under: the id asked for, the active id and the ids merged into it. */
async function idsInAudit(customerId: string, ctx: RequestContext): Promise<string[]> {
  const profile = await ctx.loaders.customerProfile.load(customerId);
  return [...new Set([customerId, ...(profile === null ? [] : [profile.id, ...profile.aliases])])];
}

async function activeIdOf(id: string, ctx: RequestContext, argument = 'customerId'): Promise<string> {
  return customerInReach(ctx, id, argument);
}

interface ConsentArgs {
  input: {
    customerId: string; purpose: string; channel: string; categories?: string[] | null; status: string; source: string;
    capturedAt?: string | null; expiresAt?: string | null; evidenceKind: string; evidenceReference: string;
  };
}

function consentOut(c: StoredConsent) {
  return { ...c, evidenceKind: c.evidence.kind, evidenceReference: c.evidence.reference };
}

export const privacyResolvers = {
  Query: {
    customerView: async (_: unknown, args: { id: string; scope: string }, ctx: RequestContext) => {
      requirePurpose(ctx, scopeOf(ctx.app.privacy.policy, args.scope).purpose, args.scope);
      if (ctx.role === 'customer') await customerInReach(ctx, args.id, 'id');
      return readCustomerView({ graph: ctx.app.graph, policy: ctx.app.privacy.policy, survivorship: ctx.app.privacy.survivorship }, { customerId: args.id, scope: args.scope, actor: ctx.actor, role: ctx.role });
    },
    consents: async (_: unknown, args: { customerId: string }, ctx: RequestContext) => {
      const active = ctx.role === 'customer' ? await customerInReach(ctx, args.customerId, 'customerId') : await ctx.loaders.activeCustomerId.load(args.customerId);
      if (active === null) return null;
      const state = await listConsents(ctx.app.graph, active, { actor: ctx.actor });
      return state === null ? null : { consents: state.consents.map(consentOut), signals: state.signals };
    },
    auditTrail: async (_: unknown, args: { customerId: string; category?: string | null; limit: number }, ctx: RequestContext) => {
      requireRole(ctx, PRIVACY_OFFICE, 'use the privacy office\'s functions');
      return findAuditEntries(ctx.app.graph, { customerIds: await idsInAudit(args.customerId, ctx), ...(args.category ? { category: args.category } : {}), limit: args.limit }, ctx.actor);
    },
    auditLog: async (_: unknown, args: { customerId: string; category?: string | null } & PageArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
      requireRole(ctx, PRIVACY_OFFICE, 'use the privacy office\'s functions');
      const page = keysetPageOf(args, ctx, info);
      const beforeSeq = page.afterKey === '' ? undefined : Number(page.afterKey);
      if (beforeSeq !== undefined && !Number.isSafeInteger(beforeSeq)) throw badArgument(info, 'after', 'is not a cursor this connection returned');
      const entries = await findAuditEntries(ctx.app.graph, {
        customerIds: await idsInAudit(args.customerId, ctx), ...(args.category ? { category: args.category } : {}), ...(beforeSeq === undefined ? {} : { beforeSeq }), limit: page.limit + 1,
      }, ctx.actor);
      return keysetConnectionOf(entries, page, (entry) => String(entry.seq));
    },
    verifyAuditLog: (_: unknown, __: unknown, ctx: RequestContext) => {
      requireRole(ctx, PRIVACY_OFFICE, 'use the privacy office\'s functions');
      return verifyAuditLog(ctx.app.graph);
    },
    customerDataExport: (_: unknown, args: { id: string }, ctx: RequestContext) => {
      requireRole(ctx, PRIVACY_OFFICE, 'use the privacy office\'s functions');
      return exportCustomerData(ctx.app.graph, ctx.app.privacy.policy, { customerId: args.id, actor: ctx.actor, role: ctx.role });
    },
  },
  Mutation: {
    setConsent: async (_: unknown, { input }: ConsentArgs, ctx: RequestContext) => {
      const customerId = await activeIdOf(input.customerId, ctx);
      const stored = await setConsent(ctx.app.graph, ctx.app.privacy.policy, {
        customerId, purpose: input.purpose, channel: input.channel, categories: input.categories ?? [], status: input.status, source: input.source,
        capturedAt: input.capturedAt ?? new Date().toISOString(), expiresAt: input.expiresAt ?? null,
        evidence: { kind: input.evidenceKind, reference: input.evidenceReference },
      }, { actor: ctx.actor });
      await appendAuditEntry(ctx.app.graph, {
        kind: 'CONSENT_CHANGE', at: stored.recordedAt, actor: ctx.actor, role: ctx.role, purpose: stored.purpose, scope: 'consent', customerId,
        policyVersion: ctx.app.privacy.policy.version, fields: [`consent.${stored.purpose}`], categories: [],
        reasons: [`${stored.status} over ${stored.channel}${stored.categories.length > 0 ? ` for ${stored.categories.join(', ')}` : ''} from ${stored.source} (${stored.consentId})`],
      });
      return consentOut(stored);
    },
    recordOptOutSignal: async (_: unknown, args: { customerId: string; kind: string; source: string }, ctx: RequestContext) => {
      const customerId = await activeIdOf(args.customerId, ctx);
      return recordOptOutSignal(ctx.app.graph, ctx.app.privacy.policy, { customerId, kind: args.kind, source: args.source, capturedAt: new Date().toISOString() }, { actor: ctx.actor });
    },
    withdrawOptOutSignal: async (_: unknown, args: { customerId: string; kind: string }, ctx: RequestContext) =>
      withdrawOptOutSignal(ctx.app.graph, await activeIdOf(args.customerId, ctx), args.kind, { actor: ctx.actor }),
    eraseCustomer: async (_: unknown, args: { id: string; reason: string }, ctx: RequestContext) => {
      requireRole(ctx, PRIVACY_OFFICE, 'use the privacy office\'s functions');
      const report = await eraseCustomerAndQueueRetrain(ctx.app, { customerId: args.id, actor: ctx.actor, role: ctx.role, reason: args.reason });
      if (report === null) return null;
      return {
        ...report,
        scanClean: report.scan.clean,
        scanModelRetrainPending: report.scan.modelRetrainPending,
        scanHits: report.scan.hits.map((h) => `${h.element} ${h.labels.join(':')} ${h.properties.join(', ')}${h.pairHits > 0 ? ` (${h.pairHits} value pairs)` : ''}${h.awaitingModelRetrain ? ' [awaiting the queued model retrain]' : ''}`),
        modelRetrainQueued: report.modelRetrain.queued,
        modelRetrainAt: report.modelRetrain.runAt,
      };
    },
  },
  CustomerView: {
    records: (view: { records: ServedRecord[] }) =>
      view.records.map((r) => ({ recordRef: r.recordRef, key: r.key, source: r.source, linkConfidence: r.resolution?.confidence ?? null, method: r.resolution?.method ?? null })),
  },
};
