import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_EDGE_TYPES, GRAPH_NODE_LABELS } from './graph-elements';

// The policy must label everything the graph holds: these lists follow docs/graph-model.md.
describe('graph elements the policy labels', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'graph-model.md'), 'utf8');

  it('lists every edge type of the graph model', () => {
    const edges = new Set([...doc.matchAll(/-- "?([A-Z_]+)[ "]/g)].map((m) => m[1]));
    expect([...edges].sort()).toEqual([...GRAPH_EDGE_TYPES].sort());
  });

  it('lists every node label of the graph model', () => {
    const nodes = new Set([...doc.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]));
    expect([...nodes].sort()).toEqual([...GRAPH_NODE_LABELS].sort());
  });
});
