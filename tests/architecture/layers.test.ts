/**
 * Enforces the one-way data flow of DESIGN.md: a layer imports only from layers before it.
 * Sibling layers (react and svg; embed and practice) do not import each other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

/** Rank of each layer; an import must go to a strictly lower rank (or stay inside its own layer). */
const RANK: Record<string, number> = {
  schema: 0,
  layout: 1,
  catalog: 2,
  react: 2,
  svg: 2,
  embed: 3,
  practice: 3,
  cli: 3,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string | undefined {
  const [first, second] = relative(src, file).split('/');
  return second === undefined ? undefined : first;
}

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [
    ...code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((m) => (m[1] ?? m[2]) as string).filter((s) => s.startsWith('.'));
}

describe('layering', () => {
  const files = filesUnder(src);

  it('knows every folder under src/', () => {
    const layers = new Set(files.map(layerOf).filter((l): l is string => l !== undefined));
    expect([...layers].filter((l) => !(l in RANK))).toEqual([]);
  });

  it('imports only from earlier layers', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === undefined) continue;
      for (const specifier of importsOf(file)) {
        const target = resolve(file, '..', specifier);
        const to = layerOf(target.endsWith('.ts') || target.endsWith('.tsx') ? target : `${target}/x.ts`);
        if (to === undefined || to === from) continue;
        if ((RANK[to] ?? 99) >= (RANK[from] ?? -1))
          violations.push(`${relative(src, file)} → ${specifier} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
