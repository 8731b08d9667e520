import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { layout as dagreLayout, Graph } from '@dagrejs/dagre';
import ELK from 'elkjs/lib/elk.bundled.js';
import { type DiagramLayout, layoutDiagram } from '../src/layout';
import { toElkGraph } from '../src/layout/elk-graph';
import { clearLayoutCache } from '../src/layout/layout-pipeline';
import { type Diagram, parseDiagram } from '../src/schema';
import { syntheticDiagram } from '../tests/helpers/synthetic-diagram';
import { type LayoutQuality, layoutQuality } from './layout-quality';
import { type BenchRow, median } from './stats';

const SIZES = [10, 30, 100, 300, 1000];
/** Timed runs per case: fewer for the big graphs, whose single runs take seconds here. */
const runsFor = (nodes: number) => (nodes >= 1000 ? 3 : nodes >= 300 ? 5 : 7);

/** dagre on the same graph: same node, group and label sizes, same spacing, compound groups. */
function runDagre(diagram: Diagram, elkGraph: ReturnType<typeof toElkGraph>['graph']): void {
  const g = new Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: diagram.direction === 'down' ? 'TB' : 'LR', nodesep: 28, ranksep: 72, edgesep: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const visit = (node: typeof elkGraph, parent?: string) => {
    for (const child of node.children ?? []) {
      g.setNode(child.id, { width: child.width ?? 0, height: child.height ?? 0 });
      if (parent) g.setParent(child.id, parent);
      visit(child, child.id);
    }
  };
  visit(elkGraph);
  for (const edge of elkGraph.edges ?? []) {
    const label = edge.labels?.[0];
    g.setEdge(
      edge.sources[0] as string,
      edge.targets[0] as string,
      label ? { width: label.width ?? 0, height: label.height ?? 0, labelpos: 'c' } : {},
      edge.id,
    );
  }
  dagreLayout(g);
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function catalog(): Diagram[] {
  const dir = new URL('../diagrams/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !f.includes('.layout.'))
    .sort()
    .flatMap((f) => {
      const result = parseDiagram(readFileSync(new URL(f, dir), 'utf8'));
      return result.ok ? [result.diagram] : [];
    });
}

/**
 * layoutDiagram vs raw elkjs (the same elk graph, the same elk instance) vs dagre, per catalog
 * diagram and per generated graph of 10–1,000 nodes. Subjects are interleaved run by run so
 * machine noise hits all alike; our layout cache is cleared before each run. Also writes the
 * layout-quality table of the catalog to bench/results/layout-quality.md.
 */
export async function layoutBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const elk = new ELK();
  const cases: [string, Diagram][] = [
    ...catalog().map((d): [string, Diagram] => [d.id, d]),
    ...SIZES.map((n): [string, Diagram] => {
      const parsed = parseDiagram(syntheticDiagram(n));
      if (!parsed.ok) throw new Error(`generated ${n} is invalid`);
      return [`generated-${n}`, parsed.diagram];
    }),
  ];
  const quality: [string, LayoutQuality][] = [];
  for (const [name, diagram] of cases) {
    process.stderr.write(`  layout ${name}\n`);
    let { graph } = toElkGraph(diagram, diagram.direction, new Set());
    // When elk rejects the lane graph, layoutDiagram lays out without lanes; the peer does the same.
    const lanesRejected = await elk.layout(structuredClone(graph)).then(
      () => false,
      () => true,
    );
    if (lanesRejected) ({ graph } = toElkGraph(diagram, diagram.direction, new Set(), undefined, false));
    const subjects: Record<string, () => unknown> = {
      'raw elkjs': () => elk.layout(structuredClone(graph)),
      layoutDiagram: () => {
        clearLayoutCache();
        return layoutDiagram(diagram);
      },
      dagre: () => runDagre(diagram, graph),
    };
    const times: Record<string, number[]> = { 'raw elkjs': [], layoutDiagram: [], dagre: [] };
    for (const fn of Object.values(subjects)) await fn(); // warm-up
    const runs = runsFor(diagram.nodes.length);
    for (let i = 0; i < runs; i++) {
      for (const [subject, fn] of Object.entries(subjects)) (times[subject] as number[]).push(await time(fn));
    }
    const raw = median(times['raw elkjs'] as number[]);
    for (const subject of Object.keys(subjects)) {
      const ms = median(times[subject] as number[]);
      rows.push({
        benchmark: 'layout',
        case: `${name} (${diagram.nodes.length} nodes)`,
        subject,
        medianMs: ms,
        runs,
        ...(subject === 'raw elkjs' ? {} : { ratio: ms / raw }),
        ...(lanesRejected ? { note: 'elk rejected the lane graph; both laid out without lanes' } : {}),
      });
    }
    if (!name.startsWith('generated-')) {
      clearLayoutCache();
      quality.push([name, layoutQuality((await layoutDiagram(diagram)) as DiagramLayout)]);
    }
  }
  writeQuality(quality);
  return rows;
}

function writeQuality(quality: [string, LayoutQuality][]): void {
  const total = (key: keyof LayoutQuality) => quality.reduce((sum, [, q]) => sum + q[key], 0);
  const table = [
    '| diagram | crossings | bends | edges through nodes | width | height |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...quality.map(
      ([name, q]) => `| ${name} | ${q.crossings} | ${q.bends} | ${q.edgeThroughNode} | ${q.width} | ${q.height} |`,
    ),
    `| **total** | ${total('crossings')} | ${total('bends')} | ${total('edgeThroughNode')} | | |`,
  ].join('\n');
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/layout-quality.md', import.meta.url), `${table}\n`);
  writeFileSync(
    new URL('./results/layout-quality.json', import.meta.url),
    `${JSON.stringify(Object.fromEntries(quality), null, 2)}\n`,
  );
  process.stderr.write(`${table}\n`);
}
