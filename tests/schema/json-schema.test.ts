import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, isSafeUrl, NODE_KINDS } from '../../src/schema';
import { diagramJsonSchema, diagramJsonSchemaText } from '../../src/schema/json-schema';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  additionalProperties?: unknown;
};

/** Every property and list item under `schema`, with a readable path. */
function* walk(schema: JsonSchema, path: string): Generator<[string, JsonSchema]> {
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    yield [`${path}.${key}`, child];
    yield* walk(child, `${path}.${key}`);
  }
  if (schema.items) {
    yield [`${path}[]`, schema.items];
    yield* walk(schema.items, `${path}[]`);
  }
}

describe('diagram.schema.json', () => {
  it('is up to date with the runtime schema (run `npm run schema` after changing src/schema)', () => {
    const committed = readFileSync(new URL('../../diagrams/diagram.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(diagramJsonSchemaText());
  });

  it('describes every field and every list item, so editors show hover docs everywhere', () => {
    const entries = [...walk(diagramJsonSchema() as JsonSchema, '')];
    expect(entries.length).toBeGreaterThan(60);
    expect(entries.filter(([, s]) => !s.description?.trim()).map(([path]) => path)).toEqual([]);
  });

  it('rejects unknown properties on every object, as the runtime schema does', () => {
    const objects = [...walk(diagramJsonSchema() as JsonSchema, '')].filter(([, s]) => s.properties);
    expect(objects.length).toBeGreaterThan(8);
    expect(objects.filter(([, s]) => s.additionalProperties !== false).map(([path]) => path)).toEqual([]);
  });

  it('lists every node and edge kind with a description for completion lists', () => {
    const root = diagramJsonSchema() as JsonSchema;
    const kind = root.properties?.nodes?.items?.properties?.kind;
    expect(kind?.enum).toEqual([...NODE_KINDS]);
    expect(kind?.enumDescriptions).toHaveLength(NODE_KINDS.length);
    const edgeKind = root.properties?.edges?.items?.properties?.kind;
    expect(edgeKind?.enum).toEqual([...EDGE_KINDS]);
    expect(edgeKind?.enumDescriptions?.every((d) => d.length > 10)).toBe(true);
  });

  it('pins the version and requires only what the runtime schema requires', () => {
    const root = diagramJsonSchema() as JsonSchema & { required?: string[] };
    expect(root.properties?.version).toMatchObject({ const: 1 });
    expect(root.required).toEqual(['version', 'id', 'title', 'nodes']);
  });

  it('flags the same links in the editor as the runtime check does', () => {
    const root = diagramJsonSchema() as JsonSchema;
    const url = root.properties?.sources?.items?.properties?.url as JsonSchema & { pattern: string };
    const pattern = new RegExp(url.pattern);
    const samples = [
      'https://arxiv.org/abs/1603.09320',
      'HTTP://example.org',
      ' https://example.org',
      'mailto:someone@example.org',
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative/path',
      'www.example.org',
      'ftp://example.org',
    ];
    expect(samples.map((s) => pattern.test(s))).toEqual(samples.map(isSafeUrl));
  });
});
