import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS, parseDiagram } from '../../src/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## Writing a diagram'),
  readme.indexOf('\n## ', readme.indexOf('## Writing a diagram') + 5),
);

describe('README "Writing a diagram"', () => {
  it('holds a complete example that validates', () => {
    const example = /```jsonc\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const result = parseDiagram(example);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('lists every node kind and every edge kind', () => {
    for (const kind of [...NODE_KINDS, ...EDGE_KINDS]) expect(section).toContain(`| \`${kind}\` |`);
  });
});
