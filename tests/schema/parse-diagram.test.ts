import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineDiagram, parseDiagram } from '../../src/schema';

const twoStage = readFileSync(new URL('../../diagrams/two-stage-recommender.json', import.meta.url), 'utf8');

describe('parseDiagram', () => {
  it('accepts the two-stage recommender and fills in defaults', () => {
    const result = parseDiagram(twoStage);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagram.nodes.length).toBeGreaterThan(5);
    expect(result.diagram.edges.every((e) => e.kind)).toBe(true);
  });

  it('reports a missing "nodes" and a dangling edge together, with lines and a suggestion', () => {
    const result = parseDiagram(`{
  "version": 1, "id": "x", "title": "X",
  "groups": [],
  "edges": [{ "from": "app", "to": "rankr" }]
}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path.join('.'), e.line])).toEqual([
      ['missing_field', 'nodes', 1],
      ['unknown_node', 'edges.0.from', 4],
      ['unknown_node', 'edges.0.to', 4],
    ]);
  });

  it('suggests the nearest node id, kind and property name', () => {
    const result = parseDiagram({
      version: 1,
      id: 'x',
      title: 'X',
      nodes: [
        { id: 'ranker', kind: 'rankng', lable: 'R', label: 'Ranker' },
        { id: 'app', kind: 'client', label: 'App' },
      ],
      edges: [{ from: 'app', to: 'rankr' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hints = Object.fromEntries(result.errors.map((e) => [e.code, e.suggestion]));
    expect(hints).toEqual({
      invalid_value: "did you mean 'ranking'?",
      unknown_property: "did you mean 'label'?",
      unknown_node: "did you mean 'ranker'?",
    });
  });

  it('never lets __proto__ keys pollute Object.prototype', () => {
    const result = parseDiagram('{"version":1,"id":"x","title":"X","nodes":[],"__proto__":{"polluted":true}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseDiagram input forms', () => {
  const expected = { id: 'tiny', nodes: [{ id: 'app', kind: 'client', label: 'App' }], edges: [], direction: 'right' };

  it('reads JSON with comments and trailing commas', () => {
    const result = parseDiagram(`{
  // the smallest useful diagram
  "version": 1, "id": "tiny", "title": "Tiny",
  /* one node */
  "nodes": [{ "id": "app", "kind": "client", "label": "App", },],
}`);
    expect(result).toMatchObject({ ok: true, diagram: expected });
  });

  it('reads YAML and locates its errors by line', () => {
    const yaml = 'version: 1\nid: tiny\ntitle: Tiny\nnodes:\n  - id: app\n    kind: client\n    label: App\n';
    expect(parseDiagram(yaml)).toMatchObject({ ok: true, diagram: expected });
    const result = parseDiagram(yaml.replace('kind: client', 'kind: clinet'));
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.suggestion])).toEqual([
      [6, 11, "did you mean 'client'?"],
    ]);
  });
});

describe('defineDiagram', () => {
  it('returns its argument unchanged, typed for completion', () => {
    const diagram = defineDiagram({
      version: 1,
      id: 'typed',
      title: 'Typed',
      nodes: [{ id: 'app', kind: 'client', label: 'App', latencyMs: 5 }],
    });
    expectTypeOf(diagram.nodes[0].kind).toEqualTypeOf<'client'>();
    expect(parseDiagram(diagram).ok).toBe(true);
    // @ts-expect-error: 'rankr' is not a node kind, caught by the compiler
    defineDiagram({ version: 1, id: 'x', title: 'X', nodes: [{ id: 'a', kind: 'rankr', label: 'A' }] });
    // @ts-expect-error: unknown property on the diagram
    defineDiagram({ version: 1, id: 'x', title: 'X', nodes: [], lable: 'X' });
    defineDiagram({
      version: 1,
      id: 'x',
      title: 'X',
      // @ts-expect-error: unknown property on a node
      nodes: [{ id: 'a', kind: 'model', label: 'A', lable: 'A' }],
    });
  });
});
