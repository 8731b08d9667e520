/**
 * Precomputes the catalog: validates every diagrams/*.json, lays it out with the same engine as
 * `mlsd layout`, and writes .generated/catalog/<id>.json = { diagram, layout }. The package's
 * `mlsd-diagrams/catalog` entry and the Storybook gallery read these, so showing a catalog diagram
 * costs no layout (and loads no elkjs) until a reader expands a node.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { layoutDiagram } from '../src/layout';
import { formatError, parseDiagram } from '../src/schema';

const diagramsDir = new URL('../diagrams/', import.meta.url);
const outDir = new URL('../.generated/catalog/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const files = readdirSync(diagramsDir).filter(
  (f) => f.endsWith('.json') && !f.includes('.schema.') && !f.includes('.layout.'),
);
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
  writeFileSync(
    new URL(`${result.diagram.id}.json`, outDir),
    `${JSON.stringify({ diagram: result.diagram, layout })}\n`,
  );
}
console.log(`catalog: ${files.length - failed} diagrams laid out${failed ? `, ${failed} invalid` : ''}`);
// The gallery still starts with an invalid file (its story shows the errors); the build does not.
process.exitCode = failed && !process.argv.includes('--keep-going') ? 1 : 0;
