import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeIds } from '../../src/layout';
import { inLineage, lineage } from '../../src/react/paths';
import { EDGE_KINDS } from '../../src/schema';
import { diagramOf, serving } from './fixture';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('lineage', () => {
  it('finds everything feeding the ranker and what it feeds, following loop edges one hop', () => {
    const lin = lineage(serving, 'ranker');
    // training reaches the ranker by an async deploy: lit, but logs behind it are not.
    expect(sorted(lin.upstream)).toEqual(['api', 'client', 'features', 'retrieval', 'training']);
    expect(sorted(lin.downstream)).toEqual([]);
    expect(sorted(lin.edges)).toEqual([
      'api->features',
      'api->retrieval',
      'client->api',
      'features->ranker',
      'retrieval->ranker',
      'training->ranker',
    ]);
  });

  it('lights the first feedback hop out of the client, but not what lies behind it', () => {
    const lin = lineage(serving, 'client');
    expect(sorted(lin.downstream)).toEqual(['api', 'features', 'logs', 'ranker', 'retrieval']);
    expect(lin.edges.has('logs->training')).toBe(false);
    expect(lin.upstream.size).toBe(0);
  });

  it('follows every kind transitively when no kind is a loop kind', () => {
    const lin = lineage(serving, 'client', []);
    expect(sorted(lin.downstream)).toEqual(['api', 'features', 'logs', 'ranker', 'retrieval', 'training']);
    expect(lin.edges.size).toBe(serving.edges.length);
    expect(inLineage(lin, 'client')).toBe(true);
  });

  it('is symmetric without loop kinds: y is upstream of x exactly when x is downstream of y', () => {
    const n = 7;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const edgeArb = fc.record({
      from: fc.integer({ min: 0, max: n - 1 }),
      to: fc.integer({ min: 0, max: n - 1 }),
      kind: fc.constantFrom(...EDGE_KINDS),
    });
    fc.assert(
      fc.property(fc.array(edgeArb, { maxLength: 16 }), (raw) => {
        const seen = new Set<string>();
        const edges = raw
          .filter((e) => e.from !== e.to)
          .map((e) => ({ from: ids[e.from] as string, to: ids[e.to] as string, kind: e.kind }))
          .filter((e) => !seen.has(`${e.from}>${e.to}`) && seen.add(`${e.from}>${e.to}`));
        const diagram = diagramOf({
          version: 1,
          id: 'random',
          title: 'Random',
          nodes: ids.map((id) => ({ id, kind: 'service', label: id })),
          edges,
        });
        const all = new Map(ids.map((id) => [id, lineage(diagram, id, [])]));
        const edgeIdList = edgeIds(diagram);
        for (const x of ids) {
          const lx = all.get(x);
          for (const y of ids) {
            if (x === y) continue;
            expect(lx?.upstream.has(y)).toBe(all.get(y)?.downstream.has(x));
          }
          // An edge is lit exactly when it links two lineage nodes in the flow's direction.
          diagram.edges.forEach((e, i) => {
            const onUp = (lx?.upstream.has(e.from) ?? false) && (e.to === x || (lx?.upstream.has(e.to) ?? false));
            const onDown =
              (e.from === x || (lx?.downstream.has(e.from) ?? false)) && (lx?.downstream.has(e.to) ?? false);
            expect(lx?.edges.has(edgeIdList[i] as string)).toBe(onUp || onDown);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
