import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/', import.meta.url);

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `export … from`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/^(?:import|export)\s[^;]*?["'](\.\/[^"']+)["']/gm)].map((m) => m[1] as string);
}

/** Every chunk a page loads up front when it imports `entry`. */
function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const code = readFileSync(new URL(file, DIST), 'utf8');
    seen.set(file, code);
    queue.push(...staticImports(code));
  }
  return seen;
}

describe.skipIf(!existsSync(new URL('index.js', DIST)))('built chunks (dist/, from npm run build)', () => {
  it('a page importing the library loads no elkjs until a layout is computed', () => {
    const chunks = staticClosure('./index.js');
    for (const [file, code] of chunks) {
      expect(code, `${file} imports elkjs statically`).not.toMatch(/^(?:import|export)\s[^;]*["']elkjs/m);
      expect(code, `${file} contains elk itself`).not.toContain('org.eclipse.elk');
    }
    const all = [...chunks.values()].join('\n');
    expect(all).toMatch(/import\(["']elkjs\/lib\/elk\.bundled\.js["']\)/);
  });

  it('ships the layout pipeline with elk as one worker chunk, referenced relative to the module', () => {
    const assets = readdirSync(new URL('assets/', DIST)).filter((f) => /^layout-worker.*\.js$/.test(f));
    expect(assets).toHaveLength(1);
    const worker = readFileSync(new URL(`assets/${assets[0]}`, DIST), 'utf8');
    expect(worker).toContain('org.eclipse.elk');
    expect(worker, 'the worker runs our pipeline, not just elk').toContain('runLayoutPipeline');
    expect(worker, 'the worker is self-contained').not.toMatch(/^import\s/m);
    const all = [...staticClosure('./index.js').values()].join('\n');
    expect(all).toContain(`new URL("assets/${assets[0]}", import.meta.url)`);
  });
});
