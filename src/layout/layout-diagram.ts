import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { loadElk } from './elk-engine';
import { toElkGraph } from './elk-graph';
import { fallbackLayout } from './fallback-layout';
import { fromElkGraph } from './from-elk';
import { layoutHash } from './layout-key';
import type { DiagramLayout, LayoutOptions } from './types';

/** How long elk may run before the simple fallback layout is used instead. */
const ELK_TIME_LIMIT_MS = 20_000;

/**
 * Computes positions for a validated diagram: node and group boxes, routed edges and label boxes,
 * in absolute px. Deterministic; never rejects — if elk fails or runs too long, a simple layered
 * layout is returned with a warning.
 */
export async function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): Promise<DiagramLayout> {
  const direction = options.direction ?? diagram.direction;
  const expanded = [...new Set(options.expanded ?? [])].filter((id) => diagram.nodes.some((n) => n.id === id));
  const hash = layoutHash(diagram, direction, expanded);
  const { graph, text } = toElkGraph(diagram, direction, new Set(expanded));
  const warnings: string[] = [];
  let result: ElkNode;
  try {
    const elk = await loadElk();
    result = await withTimeLimit(elk.layout(structuredClone(graph)), ELK_TIME_LIMIT_MS);
  } catch (cause) {
    warnings.push(
      `elk layout failed (${cause instanceof Error ? cause.message : String(cause)}); used the simple fallback layout`,
    );
    result = fallbackLayout(structuredClone(graph), new Set(diagram.groups.map((g) => g.id)), direction);
  }
  return fromElkGraph(result, diagram, text, { hash, direction, warnings });
}

function withTimeLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
