import { readdirSync, readFileSync } from 'node:fs';
import { type Diagram, parseDiagram } from '../../src/schema';
import { syntheticDiagram } from '../helpers/synthetic-diagram';

const DIR = new URL('../../diagrams/', import.meta.url);

/** Every catalog diagram in diagrams/, parsed; a file that fails to parse is a test failure elsewhere. */
export function catalogDiagrams(): Diagram[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json') && !file.includes('.layout.'))
    .sort()
    .flatMap((file) => {
      const result = parseDiagram(readFileSync(new URL(file, DIR), 'utf8'));
      return result.ok ? [result.diagram] : [];
    });
}

/** A generated diagram, validated so defaults are filled in exactly as for authored files. */
export function generated(size: number): Diagram {
  const result = parseDiagram(syntheticDiagram(size));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.diagram;
}
