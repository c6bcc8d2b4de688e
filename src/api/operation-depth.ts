import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/** The root fields of introspection; `__typename` is a leaf and counts as data. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export interface OperationDepth {
  /** Deepest nesting under the operation's data fields (root fields are depth 1). */
  data: number;
  /** Deepest nesting under `__schema` / `__type` (GraphiQL's introspection query nests 15 levels in `ofType`). */
  introspection: number;
}

/**
 * How deep an operation's selections nest, following fragments (each fragment once per path, so a cycle,
 * which validation rejects anyway, cannot loop), apart for data and introspection root fields: introspection
 * reads the schema in memory, and its standard query is deeper than any data limit should be.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): OperationDepth {
  const depthOf = (set: SelectionSetNode, seen: ReadonlySet<string>, root: ((field: string) => boolean) | null): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (root && !root(selection.name.value)) break;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, seen, null) : 0));
          break;
        case Kind.INLINE_FRAGMENT:
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen, root));
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          if (fragment && !seen.has(fragment.name.value)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value]), root));
          break;
        }
      }
    }
    return deepest;
  };
  return {
    data: depthOf(operation.selectionSet, new Set(), (field) => !INTROSPECTION_ROOTS.has(field)),
    introspection: depthOf(operation.selectionSet, new Set(), (field) => INTROSPECTION_ROOTS.has(field)),
  };
}
