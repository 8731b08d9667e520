import type { Diagram } from '../../src/schema';

const KINDS = ['request', 'data', 'data', 'training', 'feedback', 'async'] as const;
const WORDS = ['feature', 'ranker', 'index', 'stream', 'embedding', 'cache', 'model', 'log', 'store', 'filter'];

/** A small seeded PRNG (mulberry32), so generated graphs are the same on every run and runtime. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pipeline-shaped diagram of `size` nodes: a few groups (one nested), a mostly forward flow
 * with fan-out, some back edges that close cycles, a few self-loops and isolated nodes, labels
 * of varied length. Deterministic for a given size and seed.
 */
export function syntheticDiagram(size: number, seed = size): Diagram {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const groupCount = Math.max(1, Math.min(8, Math.round(size / 15)));
  const groups: Diagram['groups'] = Array.from({ length: groupCount }, (_, i) => ({
    id: `g${i}`,
    label: `Group ${i}`,
    ...(i === 1 ? { parent: 'g0' } : {}),
  }));
  const nodes: Diagram['nodes'] = Array.from({ length: size }, (_, i) => {
    const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(' ');
    const grouped = next() < 0.85;
    return {
      id: `n${i}`,
      kind: 'service',
      label: `${i} ${words}`,
      ...(next() < 0.3 ? { detail: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}` } : {}),
      ...(grouped ? { group: `g${Math.floor((i / size) * groupCount)}` } : {}),
    };
  }) as Diagram['nodes'];
  const edges: Diagram['edges'] = [];
  for (let i = 1; i < size; i++) {
    if (next() < 0.05) continue; // leaves some nodes isolated
    const from = Math.max(0, i - 1 - Math.floor(next() * Math.min(i, 6)));
    edges.push({
      from: `n${from}`,
      to: `n${i}`,
      kind: pick(KINDS),
      ...(next() < 0.4 ? { label: `${pick(WORDS)} ${pick(WORDS)}` } : {}),
    } as Diagram['edges'][number]);
    if (next() < 0.12 && i > 3) {
      edges.push({ from: `n${i}`, to: `n${Math.floor(next() * i)}`, kind: 'feedback' } as Diagram['edges'][number]);
    }
    if (next() < 0.02) edges.push({ from: `n${i}`, to: `n${i}`, kind: 'async' } as Diagram['edges'][number]);
  }
  return {
    version: 1,
    id: `synthetic-${size}`,
    title: `Synthetic ${size}`,
    direction: 'right',
    groups,
    nodes,
    edges,
  } as unknown as Diagram;
}
