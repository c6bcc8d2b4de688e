import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * How deep an operation's selections nest, following fragments (each fragment once per path, so a cycle,
 * which validation rejects anyway, cannot loop). Root fields are depth 1; __typename and introspection's
 * own fields count like any other.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): number {
  const depthOf = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, seen) : 0));
          break;
        case Kind.INLINE_FRAGMENT:
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          if (fragment && !seen.has(fragment.name.value)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value])));
          break;
        }
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}
