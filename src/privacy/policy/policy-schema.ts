import { z } from 'zod';
import { DEVICE_TYPES, IDENTIFIER_TYPES, SOURCE_SYSTEMS } from '../../model';
import { GRAPH_EDGE_TYPES, GRAPH_NODE_LABELS } from './graph-elements';
import { categoryId, consentTopicId, jurisdictionId, signalId, stateCode } from './policy-ids';
import { ruleSchema } from './rule-schema';
import { scopeSchema } from './scope-schema';

const laws = z.array(z.string().min(1));
const categoryList = z.array(categoryId);

const category = z.strictObject({
  id: categoryId,
  name: z.string().min(1),
  description: z.string().min(1),
  sensitive: z.boolean(),
  law: laws,
});

const purpose = z.strictObject({
  id: consentTopicId,
  name: z.string().min(1),
  description: z.string().min(1),
  /** The lowest link confidence any scope of this purpose may accept; scopes can only raise it. */
  minLinkConfidence: z.number().min(0).max(1),
});

/** A consent that is not a purpose: a HIPAA authorization, a separate consent to share. */
const authorization = z.strictObject({
  id: consentTopicId,
  name: z.string().min(1),
  description: z.string().min(1),
  law: laws.min(1),
  /** A grant without an expiry date is not valid (HIPAA authorizations must carry one). */
  grantMustExpire: z.boolean(),
});

const optOutSignal = z.strictObject({
  id: signalId,
  name: z.string().min(1),
  description: z.string().min(1),
  law: laws.min(1),
});

const jurisdiction = z.strictObject({
  id: jurisdictionId,
  name: z.string().min(1),
  states: z.array(stateCode),
  laws,
});

/**
 * Which data categories each element of the graph holds. A field's categories are the union of its own label,
 * the edge that attaches it and its source's label (pharmacy-sourced values are health as well).
 * `attributes` may name attributes the graph does not hold yet, so that they arrive already governed.
 */
const labels = z.strictObject({
  sources: z.record(z.enum(SOURCE_SYSTEMS), categoryList),
  nodes: z.record(z.enum(GRAPH_NODE_LABELS), categoryList),
  edges: z.record(z.enum(GRAPH_EDGE_TYPES), categoryList),
  attributes: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase'), categoryList.min(1)),
  identifiers: z.record(z.enum(IDENTIFIER_TYPES), categoryList.min(1)),
  devices: z.record(z.enum(DEVICE_TYPES), categoryList.min(1)),
});

export const policyFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version, e.g. 1.0.0'),
  effectiveFrom: z.iso.date(),
  description: z.string().min(1),
  disclaimer: z.string().min(1),
  categories: z.array(category).min(1),
  purposes: z.array(purpose).min(1),
  authorizations: z.array(authorization),
  optOutSignals: z.array(optOutSignal),
  jurisdictions: z.array(jurisdiction).min(1),
  labels,
  rules: z.array(ruleSchema).min(1),
  scopes: z.array(scopeSchema),
});

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type PolicyLabels = PolicyFile['labels'];
export type CategoryDefinition = PolicyFile['categories'][number];
export type PurposeDefinition = PolicyFile['purposes'][number];
export type AuthorizationDefinition = PolicyFile['authorizations'][number];
export type OptOutSignalDefinition = PolicyFile['optOutSignals'][number];
export type JurisdictionDefinition = PolicyFile['jurisdictions'][number];
