import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { EDGE_KINDS, NODE_KINDS, type ParseResult, parseDiagram, STAGES } from '../../src/schema';

/** Either a plausible value or arbitrary JSON, so samples land on both sides of every check. */
const sometimes = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

const ids = ['app', 'api', 'ranker', 'index', 'online', 'offline', 'Bad Id', ''];
const id = sometimes(fc.constantFrom(...ids));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const tradeoff = fc.record(
  {
    topic: sometimes(fc.string()),
    options: sometimes(fc.array(fc.record({ name: sometimes(fc.constantFrom('A', 'B', 'C')) }), { maxLength: 3 })),
    choice: sometimes(fc.constantFrom('A', 'B', 'D')),
  },
  { requiredKeys: ['topic', 'options'] },
);

const diagramLike = fc.record(
  {
    version: sometimes(fc.constantFrom(1, 2)),
    id,
    title: sometimes(fc.string({ maxLength: 20 })),
    direction: sometimes(fc.constantFrom('right', 'down', 'left')),
    groups: sometimes(
      fc.array(
        fc.record(
          { id, label: sometimes(fc.string()), stage: sometimes(fc.constantFrom(...STAGES)), parent: maybe(id) },
          { requiredKeys: ['id', 'label'] },
        ),
        { maxLength: 4 },
      ),
    ),
    nodes: sometimes(
      fc.array(
        fc.record(
          {
            id,
            kind: sometimes(fc.constantFrom(...NODE_KINDS, 'rankr')),
            label: sometimes(fc.string({ maxLength: 10 })),
            group: maybe(id),
            latencyMs: maybe(sometimes(fc.integer({ min: -5, max: 500 }))),
            tradeoffs: maybe(fc.array(tradeoff, { maxLength: 2 })),
            links: maybe(
              fc.array(
                fc.record({
                  label: fc.string(),
                  url: sometimes(
                    fc.oneof(fc.constantFrom('https://a.org', 'mailto:x@y.z', 'javascript:x'), fc.webUrl()),
                  ),
                }),
                { maxLength: 2 },
              ),
            ),
          },
          { requiredKeys: ['id', 'kind', 'label'] },
        ),
        { maxLength: 6 },
      ),
    ),
    edges: sometimes(
      fc.array(
        fc.record(
          { from: id, to: id, kind: maybe(sometimes(fc.constantFrom(...EDGE_KINDS))) },
          { requiredKeys: ['from', 'to'] },
        ),
        { maxLength: 6 },
      ),
    ),
    extra: sometimes(fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

/** What every result must look like, valid or not. */
function checkShape(result: ParseResult<unknown>, text?: string): void {
  if (result.ok) {
    expect(result.diagram).toBeTypeOf('object');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  const lines = text?.split('\n').length ?? 0;
  for (const error of result.errors) {
    expect(error.code).toMatch(/^[a-z_]+$/);
    expect(error.message).toBeTypeOf('string');
    expect(error.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
    if (error.line !== undefined) {
      expect(text).toBeDefined();
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lines);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const summary = (result: ParseResult<unknown>) =>
  result.ok ? 'ok' : result.errors.map((e) => `${e.code} ${e.path.join('.')}`).sort();

describe('parseDiagram (property-based)', () => {
  it('never throws on diagram-like objects, and JSON and YAML text give the same verdict as the object', () => {
    fc.assert(
      fc.property(diagramLike, (candidate) => {
        const fromObject = parseDiagram(candidate);
        checkShape(fromObject);
        const json = JSON.stringify(candidate, null, 2);
        const fromJson = parseDiagram(json);
        checkShape(fromJson, json);
        expect(summary(fromJson)).toEqual(summary(fromObject));
        const yaml = stringify(candidate);
        const fromYaml = parseDiagram(yaml);
        checkShape(fromYaml, yaml);
        expect(summary(fromYaml)).toEqual(summary(fromObject));
        if (fromObject.ok) {
          // Accepted means every cross-reference holds.
          const nodeIds = new Set(fromObject.diagram.nodes.map((n) => n.id));
          expect(nodeIds.size).toBe(fromObject.diagram.nodes.length);
          for (const edge of fromObject.diagram.edges)
            expect(nodeIds.has(edge.from) && nodeIds.has(edge.to)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('never throws on arbitrary values, including exotic objects', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (value) => checkShape(parseDiagram(value), typeof value === 'string' ? value : undefined),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary or corrupted text, and every position lies inside the text', () => {
    const base = JSON.stringify(
      {
        version: 1,
        id: 'x',
        title: 'X',
        nodes: [{ id: 'a', kind: 'model', label: 'A' }],
        edges: [{ from: 'a', to: 'a' }],
      },
      null,
      2,
    );
    const corrupted = fc
      .tuple(fc.nat(base.length), fc.nat(20), fc.string({ unit: 'binary', maxLength: 8 }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(corrupted, fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(() => checkShape(parseDiagram(text), text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
