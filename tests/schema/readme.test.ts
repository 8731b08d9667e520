import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemLines } from '../../src/cli/validate-report';
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
    for (const kind of [...NODE_KINDS, ...EDGE_KINDS]) expect(section).toMatch(new RegExp(`\\|\\s*\`${kind}\`\\s*\\|`));
  });
});

describe('README validation output', () => {
  it('matches what mlsd validate prints for the example with kind "rankng" and an edge to "rankr"', () => {
    const example = /```jsonc\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const broken = example
      .replace('"kind": "ranking"', '"kind": "rankng"')
      .replace('"to": "ranker", "label": "500 candidates"', '"to": "rankr", "label": "500 candidates"');
    const result = parseDiagram(broken);
    const printed = result.ok
      ? []
      : problemLines([{ file: 'my-diagram.json', ok: false, errors: result.errors }], false);
    expect(printed).toHaveLength(2);
    for (const line of printed) expect(section).toContain(line);
  });
});
