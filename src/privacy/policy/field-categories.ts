import { SourceSystem } from '../../model';
import { Policy } from './policy';
import { GraphEdgeType, GraphNodeLabel } from './graph-elements';

/** A value of the graph, named the way the labels name it. */
export type GraphField =
  | { kind: 'attribute'; name: string }
  | { kind: 'identifier'; type: string }
  | { kind: 'device'; type: string }
  | { kind: 'node'; label: GraphNodeLabel }
  | { kind: 'edge'; type: GraphEdgeType };

/**
 * The data categories of a field: its own label, plus the edge that attaches it to its record, plus the label
 * of every source it comes from (a pharmacy-sourced name is contact and health). A field without a label of its
 * own gets no category at all, whatever its source, so the engine denies it.
 */
export function fieldCategories(policy: Policy, field: GraphField, sources: readonly (SourceSystem | null)[]): string[] {
  const { labels } = policy;
  const own = ownLabel(policy, field);
  if (own === undefined) return [];
  const attached = field.kind === 'identifier' ? labels.edges.HAS_IDENTIFIER : field.kind === 'device' ? [...labels.edges.SEEN_ON, ...labels.nodes.Device] : [];
  const fromSources = sources.flatMap((s) => (s === null ? [] : labels.sources[s]));
  return [...new Set([...own, ...attached, ...fromSources])];
}

function ownLabel(policy: Policy, field: GraphField): readonly string[] | undefined {
  const { labels } = policy;
  switch (field.kind) {
    case 'attribute':
      return Object.hasOwn(labels.attributes, field.name) ? labels.attributes[field.name] : undefined;
    case 'identifier':
      return lookup(labels.identifiers, field.type);
    case 'device':
      return lookup(labels.devices, field.type);
    case 'node':
      return labels.nodes[field.label];
    case 'edge':
      return labels.edges[field.type];
  }
}

function lookup(map: Readonly<Record<string, string[]>>, key: string): readonly string[] | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
