/**
 * Precomputes the catalog: validates every diagrams/*.json, lays it out with the same engine as
 * `mlsd layout`, and writes .generated/catalog/<id>.json = { diagram, layout }. The package's
 * `mlsd-diagrams/catalog` entry and the Storybook gallery read these, so showing a catalog diagram
 * costs no layout (and loads no elkjs) until a reader expands a node.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { layoutDiagram } from '../src/layout';
import { formatError, parseDiagram } from '../src/schema';

const diagramsDir = new URL('../diagrams/', import.meta.url);
const outDir = new URL('../.generated/catalog/', import.meta.url);
mkdirSync(outDir, { recursive: true });

/**
 * Other processes (tests, a dev server) may read these files while we run, so each is replaced
 * atomically and only when its content changed; the folder is never emptied.
 */
function writeIfChanged(target: URL, text: string): void {
  if (existsSync(target) && readFileSync(target, 'utf8') === text) return;
  const temporary = new URL(`${target.href}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, target);
}

const files = readdirSync(diagramsDir).filter(
  (f) => f.endsWith('.json') && !f.includes('.schema.') && !f.includes('.layout.'),
);
const written = new Set<string>();
let failed = 0;
for (const file of files) {
  const result = parseDiagram(readFileSync(new URL(file, diagramsDir), 'utf8'));
  if (!result.ok) {
    failed++;
    for (const error of result.errors) console.error(`diagrams/${file}:${formatError(error)}`);
    continue;
  }
  const layout = await layoutDiagram(result.diagram);
  for (const warning of layout.warnings) console.warn(`diagrams/${file}: ${warning}`);
  const name = `${result.diagram.id}.json`;
  written.add(name);
  writeIfChanged(new URL(name, outDir), `${JSON.stringify({ diagram: result.diagram, layout })}\n`);
}
for (const file of readdirSync(outDir)) {
  if (!written.has(file)) rmSync(new URL(file, outDir), { force: true });
}
console.log(`catalog: ${files.length - failed} diagrams laid out${failed ? `, ${failed} invalid` : ''}`);
// The gallery still starts with an invalid file (its story shows the errors); the build does not.
process.exitCode = failed && !process.argv.includes('--keep-going') ? 1 : 0;
