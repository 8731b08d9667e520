import { stringify } from 'yaml';
import { type DiagramInput, diagramSchema, NODE_KINDS, parseDiagram } from '../src/schema';
import { type BenchRow, median, timeRuns } from './stats';

const RUNS = 30;
const NODES = 1_000;

/**
 * A synthetic 1,000-node diagram shaped like the catalog: 20 nested groups, every node with a
 * detail, tech and aliases, every tenth with a trade-off and a link, and 1.5 edges per node.
 */
export function syntheticDiagram(nodeCount = NODES): DiagramInput {
  const groups = Array.from({ length: 20 }, (_, i) => ({
    id: `group-${i}`,
    label: `Group ${i}`,
    stage: (['online', 'offline', 'nearline'] as const)[i % 3],
    ...(i >= 10 ? { parent: `group-${i - 10}` } : {}),
  }));
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: `node-${i}`,
    kind: NODE_KINDS[i % NODE_KINDS.length] as (typeof NODE_KINDS)[number],
    label: `Component ${i}`,
    group: `group-${i % 20}`,
    detail: 'Two-tower retrieval over the item corpus',
    tech: ['ScaNN', 'Redis'],
    aliases: [`component ${i}`],
    latencyMs: i % 50,
    volume: '10B → 10k',
    ...(i % 10 === 0
      ? {
          tradeoffs: [
            {
              topic: 'Exact vs approximate nearest neighbours',
              options: [
                { name: 'Exact kNN', pros: ['Perfect recall'], cons: ['Linear in corpus size'] },
                { name: 'HNSW', pros: ['Sub-linear'], cons: ['Memory heavy'] },
              ],
              choice: 'HNSW',
              rationale: 'Latency budget rules out exact search.',
            },
          ],
          links: [{ label: 'HNSW paper', url: 'https://arxiv.org/abs/1603.09320' }],
        }
      : {}),
  }));
  const edges = nodes.flatMap((node, i) => [
    ...(i > 0 ? [{ from: `node-${i - 1}`, to: node.id, kind: 'request' as const, label: 'candidates' }] : []),
    ...(i % 2 === 0 && i + 7 < nodeCount ? [{ from: node.id, to: `node-${i + 7}` }] : []),
  ]);
  return { version: 1, id: 'synthetic', title: 'Synthetic 1,000-node diagram', groups, nodes, edges };
}

/** parseDiagram on a 1,000-node diagram given as JSON text, YAML text and an object; median of RUNS. */
export async function validateBench(): Promise<BenchRow[]> {
  const diagram = syntheticDiagram();
  const json = JSON.stringify(diagram, null, 2);
  const yaml = stringify(diagram);
  const subjects: [string, () => unknown][] = [
    ['JSON.parse + zod safeParse (peer)', () => diagramSchema.safeParse(JSON.parse(json))],
    ['parseDiagram(JSON text)', () => parseDiagram(json)],
    ['parseDiagram(YAML text)', () => parseDiagram(yaml)],
    ['parseDiagram(object)', () => parseDiagram(diagram)],
  ];
  for (const [name, run] of subjects) {
    const result = run() as { ok?: boolean; success?: boolean };
    if (result.ok === false || result.success === false) throw new Error(`${name}: the synthetic diagram is invalid`);
  }
  const wall = subjects.map(() => [] as number[]);
  const cpu = subjects.map(() => [] as number[]);
  for (const [, run] of subjects) await timeRuns(run, 0, 5);
  // Interleave the subjects so machine noise hits them alike. CPU time is reported next to wall
  // time because this machine is shared: it is what the validation itself costs.
  for (let i = 0; i < RUNS; i++) {
    for (const [index, [, run]] of subjects.entries()) {
      const before = process.cpuUsage();
      const start = performance.now();
      run();
      wall[index]?.push(performance.now() - start);
      const used = process.cpuUsage(before);
      cpu[index]?.push((used.user + used.system) / 1000);
    }
  }
  const peer = median(wall[0] ?? []);
  const sizes: Record<number, string> = {
    1: `${(json.length / 1024).toFixed(0)} KB; target < 20 ms`,
    2: `${(yaml.length / 1024).toFixed(0)} KB`,
  };
  return subjects.map(([subject], index) => {
    const medianMs = median(wall[index] ?? []);
    const cpuNote = `CPU ${median(cpu[index] ?? []).toFixed(1)} ms`;
    return {
      benchmark: 'validate',
      case: `${NODES} nodes, ${diagram.edges?.length} edges`,
      subject,
      medianMs,
      runs: RUNS,
      ratio: index === 0 ? undefined : medianMs / peer,
      note: sizes[index] ? `${cpuNote}; ${sizes[index]}` : cpuNote,
    };
  });
}
