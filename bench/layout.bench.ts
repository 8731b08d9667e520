import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { toElkGraph } from '../src/layout/elk-graph';
import { layoutDiagram } from '../src/layout';
import { parseDiagram } from '../src/schema';
import { type BenchRow, median, timeRuns } from './stats';

const RUNS = 20;

/** layoutDiagram vs raw elkjs on the same elk graph, warm, median of RUNS. */
export async function layoutBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const result = parseDiagram(readFileSync(new URL('../diagrams/two-stage-recommender.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('two-stage-recommender.json is invalid');
  const diagram = result.diagram;
  const elk = new ELK();
  const { graph } = toElkGraph(diagram, diagram.direction, new Set());
  // Interleave the two subjects so machine noise hits both alike.
  const raw: number[] = [];
  const ours: number[] = [];
  await timeRuns(() => elk.layout(structuredClone(graph)), 0, 5);
  await timeRuns(() => layoutDiagram(diagram), 0, 5);
  for (let i = 0; i < RUNS; i++) {
    raw.push(...(await timeRuns(() => elk.layout(structuredClone(graph)), 1, 0)));
    ours.push(...(await timeRuns(() => layoutDiagram(diagram), 1, 0)));
  }
  const rawMedian = median(raw);
  const oursMedian = median(ours);
  rows.push({ benchmark: 'layout', case: 'two-stage-recommender', subject: 'raw elkjs', medianMs: rawMedian, runs: RUNS });
  rows.push({
    benchmark: 'layout',
    case: 'two-stage-recommender',
    subject: 'layoutDiagram',
    medianMs: oursMedian,
    runs: RUNS,
    ratio: oursMedian / rawMedian,
  });
  return rows;
}
