import { afterEach, describe, expect, it } from 'vitest';
import { type DiagramError, parseDiagram } from '../../src/schema';

const node = (id: string, kind = 'service') => ({ id, kind, label: id });
const valid = { version: 1, id: 'tiny', title: 'Tiny', nodes: [node('app', 'client'), node('api')] };

/** Parses `input` and returns its errors, failing the test if it was accepted. Never lets it throw. */
function errorsOf(input: unknown): DiagramError[] {
  const result = parseDiagram(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.message.length).toBeGreaterThan(5);
    expect(Array.isArray(error.path)).toBe(true);
  }
  return result.errors;
}

/** The one error with `code`, which must carry a line and column (the input was text). */
function located(input: string, code: DiagramError['code']): DiagramError {
  const error = errorsOf(input).find((e) => e.code === code);
  expect(error, `an error with code ${code}`).toBeDefined();
  expect(error?.line).toBeGreaterThanOrEqual(1);
  expect(error?.column).toBeGreaterThanOrEqual(1);
  return error as DiagramError;
}

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseDiagram rejects bad input with located errors, never an exception', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('text that is neither JSON nor YAML', () => {
    const json = located('{\n  "version": 1,\n  "id": "x",,\n}', 'invalid_syntax');
    expect([json.line, json.column]).toEqual([3, 13]);
    expect(json.message).toMatchInlineSnapshot(`"not valid JSON: expected a property name in double quotes"`);
    const yaml = located('version: 1\nnodes: [a, b\ntitle: x', 'invalid_syntax');
    expect(yaml.message).toMatch(/^not valid YAML: /);
    expect(yaml.line).toBeGreaterThanOrEqual(2);
  });

  it('an empty file, or one holding only whitespace or a BOM', () => {
    for (const input of ['', '  \n\t\n', '\uFEFF']) {
      const [error] = errorsOf(input);
      expect(error?.code).toBe('empty_input');
    }
    expect(errorsOf('')[0]?.message).toMatchInlineSnapshot(
      `"the input is empty; a diagram needs at least "version", "id", "title" and "nodes""`,
    );
  });

  it('a top-level array, string, number or null', () => {
    const list = located('[1, 2]', 'invalid_type');
    expect(list.message).toMatchInlineSnapshot(
      `"a diagram is an object with "version", "id", "title" and "nodes", not a list"`,
    );
    expect(located('"a diagram"', 'invalid_type').message).toContain("not the string 'a diagram'");
    expect(located('just words', 'invalid_type').message).toContain("not the string 'just words'");
    expect(errorsOf(42)[0]?.message).toContain('not the number 42');
    expect(errorsOf(null)[0]?.message).toContain('not null');
    expect(errorsOf(undefined)[0]?.message).toContain('not nothing');
  });

  it('a byte-order mark: accepted, and positions count from the first visible character', () => {
    expect(parseDiagram(`\uFEFF${text(valid)}`).ok).toBe(true);
    const error = located('\uFEFF{\n  "version": 1, "id": "Tiny"\n}', 'invalid_id');
    expect([error.line, error.column]).toEqual([2, 23]);
  });

  it('missing required fields, each named on the object that lacks it', () => {
    const errors = errorsOf('{\n  "version": 1,\n  "nodes": [{ "id": "a" }]\n}');
    expect(errors.map((e) => [e.code, e.path.join('.'), e.line])).toEqual([
      ['missing_field', 'id', 1],
      ['missing_field', 'title', 1],
      ['missing_field', 'nodes.0.kind', 3],
      ['missing_field', 'nodes.0.label', 3],
    ]);
    expect(errors[2]?.message).toMatchInlineSnapshot(`"node 'a' is missing 'kind'"`);
  });

  it('wrong types', () => {
    const errors = errorsOf(text({ ...valid, title: 3, tags: 'ml', nodes: [{ ...node('a'), latencyMs: '40' }] }));
    expect(errors.map((e) => e.message)).toMatchInlineSnapshot(`
      [
        "title should be a string, not the number 3",
        "node 'a' latencyMs should be a number, not the string '40'",
        "tags should be a list, not the string 'ml'",
      ]
    `);
    expect(errors.every((e) => e.code === 'invalid_type' && e.line !== undefined)).toBe(true);
  });

  it('duplicate ids, with nodes and groups sharing one namespace', () => {
    const errors = errorsOf(
      text({ ...valid, groups: [{ id: 'api', label: 'API' }], nodes: [node('app'), node('api'), node('app')] }),
    );
    const duplicates = errors.filter((e) => e.code === 'duplicate_id');
    expect(duplicates.map((e) => e.path.join('.'))).toEqual(['nodes.1.id', 'nodes.2.id']);
    expect(duplicates.every((e) => e.line !== undefined)).toBe(true);
    expect(duplicates[1]?.message).toMatchInlineSnapshot(`"id 'app' is used twice: by node 'app' and again here"`);
  });

  it('dangling edges, suggesting the nearest node id', () => {
    const error = located(
      text({ ...valid, nodes: [node('app'), node('ranker')], edges: [{ from: 'app', to: 'rankr' }] }),
      'unknown_node',
    );
    expect(error.path).toEqual(['edges', 0, 'to']);
    expect(error.message).toMatchInlineSnapshot(`"edge 0 (app → rankr): target 'rankr' is not a node id"`);
    expect(error.suggestion).toBe("did you mean 'ranker'?");
    const toGroup = errorsOf({
      ...valid,
      groups: [{ id: 'online', label: 'Online' }],
      edges: [{ from: 'app', to: 'online' }],
    });
    expect(toGroup[0]?.message).toContain("'online' is a group; edges connect nodes");
  });

  it('a node in a group that does not exist', () => {
    const error = located(
      text({ ...valid, groups: [{ id: 'online', label: 'On' }], nodes: [{ ...node('a'), group: 'onlin' }] }),
      'unknown_group',
    );
    expect(error.suggestion).toBe("did you mean 'online'?");
  });

  it('group cycles, reported once per cycle', () => {
    const groups = [
      { id: 'a', label: 'A', parent: 'c' },
      { id: 'b', label: 'B', parent: 'a' },
      { id: 'c', label: 'C', parent: 'b' },
      { id: 'self', label: 'Self', parent: 'self' },
    ];
    const cycles = errorsOf(text({ ...valid, groups })).filter((e) => e.code === 'group_cycle');
    expect(cycles.map((e) => e.message)).toMatchInlineSnapshot(`
      [
        "group 'a' ends up inside itself: a → c → b → a",
        "group 'self' ends up inside itself: self → self",
      ]
    `);
    expect(cycles.every((e) => e.line !== undefined)).toBe(true);
  });

  it('an unknown node kind, edge kind, stage or property, with the nearest one suggested', () => {
    const errors = errorsOf(
      text({
        ...valid,
        groups: [{ id: 'g', label: 'G', stage: 'onlin' }],
        nodes: [{ ...node('a', 'vector-idx'), lable: 'x' }],
        edges: [{ from: 'a', to: 'a', kind: 'reqest' }],
      }),
    );
    expect(errors.map((e) => [e.path.join('.'), e.suggestion])).toEqual([
      ['nodes.0.kind', "did you mean 'vector-index'?"],
      ['nodes.0.lable', "did you mean 'label'?"],
      ['groups.0.stage', "did you mean 'online'?"],
      ['edges.0.kind', "did you mean 'request'?"],
    ]);
    expect(errors.every((e) => e.line !== undefined)).toBe(true);
  });

  it('an unknown version, naming the supported ones', () => {
    const error = located(text({ ...valid, version: 2 }), 'unsupported_version');
    expect(error.message).toMatchInlineSnapshot(`"version 2 is not supported; this release reads version 1"`);
    expect(located(text({ ...valid, version: '1' }), 'invalid_type').path).toEqual(['version']);
  });

  it('ids that are not kebab-case, suggesting the kebab-case form', () => {
    const error = located(text({ ...valid, nodes: [node('candidateGeneration')] }), 'invalid_id');
    expect(error.suggestion).toBe("use 'candidate-generation'");
  });

  it('a trade-off whose choice is not one of its options', () => {
    const tradeoff = { topic: 'ANN', options: [{ name: 'Exact kNN' }, { name: 'HNSW' }], choice: 'HSNW' };
    const error = located(text({ ...valid, tradeoffs: [tradeoff] }), 'invalid_choice');
    expect(error.suggestion).toBe("did you mean 'HNSW'?");
  });

  it('__proto__ and constructor keys: rejected as unknown properties, no prototype pollution', () => {
    const json =
      '{"version":1,"id":"x","title":"X","nodes":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    expect(errorsOf(json).map((e) => [e.code, e.path.join('.')])).toEqual([
      ['unknown_property', '__proto__'],
      ['unknown_property', 'constructor'],
    ]);
    const nested = `{"version":1,"id":"x","title":"X","nodes":[{"id":"a","kind":"model","label":"A","__proto__":{"polluted":true}}]}`;
    expect(located(nested, 'unknown_property').path).toEqual(['nodes', 0, '__proto__']);
    const yaml =
      'version: 1\nid: x\ntitle: X\nnodes: []\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n';
    expect(errorsOf(yaml).map((e) => [e.path.join('.'), e.line])).toEqual([
      ['__proto__', 5],
      ['constructor', 7],
    ]);
    const object = JSON.parse(json) as unknown;
    expect(errorsOf(object)).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 5 MB string field: too long, located, and the message does not echo it', () => {
    const huge = 'x'.repeat(5_000_000);
    const error = located(text({ ...valid, nodes: [{ ...node('a'), notes: huge }] }), 'too_long');
    expect(error.path).toEqual(['nodes', 0, 'notes']);
    expect(error.message).toMatchInlineSnapshot(`"node 'a' notes is 5,000,000 characters long; the limit is 10,000"`);
    expect(errorsOf({ ...valid, title: huge })[0]?.message.length).toBeLessThan(200);
  });

  it('50,000 nodes: one "too many" error, not 50,000 derived ones', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => ({ ...node(`n-${i}`), group: 'missing' }));
    const edges = nodes.map((n, i) => ({ from: n.id, to: `n-${(i + 1) % nodes.length}` }));
    const errors = errorsOf(JSON.stringify({ ...valid, nodes, edges }));
    expect(errors.map((e) => [e.code, e.path.join('.'), e.line])).toEqual([
      ['too_many', 'nodes', 1],
      ['too_many', 'edges', 1],
    ]);
    expect(errors[0]?.message).toMatchInlineSnapshot(`"nodes has 50,000 items; the limit is 5,000"`);
  });

  it('thousands of problems: the first 1,000 and a count of the rest', () => {
    const nodes = Array.from({ length: 3_000 }, (_, i) => node(`n-${i}`, 'servce'));
    const errors = errorsOf({ ...valid, nodes });
    expect(errors).toHaveLength(1_001);
    expect(errors.at(-1)).toMatchObject({
      code: 'too_many_errors',
      message: '2,000 more problems not shown; fix the ones above first',
    });
  });

  it('JSON nested 10,000 levels deep: a located error, no stack overflow', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ] as const) {
      const deep = `{"version":1,"id":"x","title":"X","nodes":[],"tags":${open.repeat(10_000)}1${close.repeat(10_000)}}`;
      const error = located(deep, 'too_deep');
      expect(error.line).toBe(1);
      expect(error.message).toMatchInlineSnapshot(
        `"values are nested more than 64 levels deep; a diagram never needs that many"`,
      );
    }
  });

  it('YAML nested 10,000 levels deep, in flow or compact sequences, and 3,000 deep by indentation', () => {
    expect(located(`version: 1\ntags: ${'['.repeat(10_000)}x${']'.repeat(10_000)}\n`, 'too_deep').line).toBe(2);
    expect(located(`version: 1\ntags:\n  ${'- '.repeat(10_000)}x\n`, 'too_deep').line).toBe(3);
    // 10,000 levels of indentation would be 50 MB of spaces, past the size limit; 3,000 already
    // overflows the yaml parser's stack when nothing stops it first.
    const mapping = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n');
    const error = located(`version: 1\ntags:\n${mapping} 1\n`, 'too_deep');
    expect([error.line, error.column]).toEqual([66, 65]);
  });

  it('an object nested 10,000 levels deep: rejected at the top of the nesting', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    const errors = errorsOf({ ...valid, title: root, summary: [root], extra: root });
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['invalid_type', 'title'],
      ['invalid_type', 'summary'],
      ['unknown_property', 'extra'],
    ]);
  });

  it('a YAML alias bomb: rejected instead of expanded', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(errorsOf(`${rows.join('\n')}\nf: [${Array(90).fill('*e').join(', ')}]\n`)[0]?.code).toBe('too_large');
  });

  it('invalid URLs, javascript: in any spelling included', () => {
    const urls = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      '/relative',
      'not a url',
      'ftp://x.org',
    ];
    const errors = errorsOf(text({ ...valid, sources: urls.map((url) => ({ label: 'x', url })) }));
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual(
      urls.map((_, i) => ['invalid_url', `sources.${i}.url`]),
    );
    expect(errors.every((e) => e.line !== undefined)).toBe(true);
    expect(errors[0]?.message).toMatchInlineSnapshot(
      `"source 0 ('x') url 'javascript:alert(1)' is not an absolute http(s) or mailto URL"`,
    );
    const bare = errorsOf({ ...valid, sources: [{ label: 'x', url: 'www.example.org/paper' }] })[0];
    expect(bare?.suggestion).toBe("use 'https://www.example.org/paper'");
    expect(errors[0]?.suggestion).toBe('links may only use http:, https: or mailto:');
    const ok = ['https://example.org/a?b#c', 'http://x.org', 'mailto:a@b.org'].map((url) => ({ label: 'x', url }));
    expect(parseDiagram({ ...valid, sources: ok, nodes: [{ ...node('a'), links: ok }] }).ok).toBe(true);
  });

  it('an object whose getters throw: an internal_error, not an exception', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(errorsOf(hostile)[0]).toMatchObject({ code: 'internal_error', path: [] });
  });
});
