import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { edgeIds } from './edge-ids';
import { runElk } from './elk-engine';
import { type ElkInput, toElkGraph } from './elk-graph';
import { fallbackLayout } from './fallback-layout';
import { fromElkGraph } from './from-elk';
import { layerSlots } from './layer-order';
import { layoutHash } from './layout-key';
import type { DiagramLayout, LayoutOptions } from './types';

/** How long elk may run before the simple fallback layout is used instead. */
export const ELK_TIME_LIMIT_MS = 20_000;

/** Recent collapsed layouts by hash: expanding nodes one after another relayouts from the same base. */
const collapsedCache = new Map<string, Promise<DiagramLayout>>();
const CACHE_SIZE = 8;

/**
 * The whole layout pipeline, run where it is called (layoutDiagram runs it in a Web Worker in
 * browsers): elk graph, elk, post-processing. Deterministic; never rejects — if elk fails or runs
 * too long, a simple layered layout is returned with a warning.
 *
 * With expanded nodes, the collapsed layout is computed first (or taken from `options.base` when
 * its hash matches) and its layers and in-layer order are pinned, so expanding or collapsing a
 * node moves the others but never reorders them.
 */
export async function runLayoutPipeline(diagram: Diagram, options: LayoutOptions = {}): Promise<DiagramLayout> {
  const direction = options.direction ?? diagram.direction;
  const expanded = expandedIds(diagram, options.expanded);
  if (expanded.length === 0) return structuredClone(await collapsedLayout(diagram, direction, options));
  const base = await (options.base?.hash === layoutHash(diagram, direction, [])
    ? options.base
    : collapsedLayout(diagram, direction, options));
  if (base.warnings.length > 0) return compute(diagram, direction, expanded, options, undefined);
  const slots = layerSlots(base, diagram);
  const pinned = await compute(diagram, direction, expanded, options, slots);
  const pinnedMoves = movedItems(slots, pinned, diagram, expanded);
  if (pinnedMoves === 0) return pinned;
  // elk's interactive layering occasionally opens a new layer between groups; a free relayout
  // often keeps the map anyway (author order breaks ties), so keep whichever moves fewer items.
  const free = await compute(diagram, direction, expanded, options, undefined);
  return movedItems(slots, free, diagram, expanded) < pinnedMoves && free.warnings.length === 0 ? free : pinned;
}

/** The expanded ids that name nodes, once each, sorted: what the layout and its hash depend on. */
export function expandedIds(diagram: Diagram, expanded: readonly string[] = []): string[] {
  const nodeIds = new Set(diagram.nodes.map((n) => n.id));
  return [...new Set(expanded)].filter((id) => nodeIds.has(id)).sort();
}

/** How many items (other than the expanded nodes) left their collapsed layer or order. */
function movedItems(
  before: ReturnType<typeof layerSlots>,
  layout: DiagramLayout,
  diagram: Diagram,
  expanded: readonly string[],
): number {
  const after = layerSlots(layout, diagram);
  let moved = 0;
  for (const [id, slot] of before) {
    if (expanded.includes(id)) continue;
    const now = after.get(id);
    if (!now || now.container !== slot.container || now.layer !== slot.layer || now.order !== slot.order) moved++;
  }
  return moved;
}

function collapsedLayout(
  diagram: Diagram,
  direction: 'right' | 'down',
  options: LayoutOptions,
): Promise<DiagramLayout> {
  const hash = layoutHash(diagram, direction, []);
  const cached = collapsedCache.get(hash);
  if (cached) return cached;
  const pending = compute(diagram, direction, [], options, undefined).then((layout) => {
    // A fallback (elk failed or was cut short) must not stand in for later, unhurried calls.
    if (layout.warnings.some((w) => w.includes('fallback'))) collapsedCache.delete(hash);
    return layout;
  });
  collapsedCache.set(hash, pending);
  if (collapsedCache.size > CACHE_SIZE) collapsedCache.delete(collapsedCache.keys().next().value as string);
  return pending;
}

/** Forgets cached collapsed layouts; benchmarks call it so every run does the full work. */
export function clearLayoutCache(): void {
  collapsedCache.clear();
}

async function compute(
  diagram: Diagram,
  direction: 'right' | 'down',
  expanded: string[],
  options: LayoutOptions,
  slots: ReturnType<typeof layerSlots> | undefined,
): Promise<DiagramLayout> {
  const hash = layoutHash(diagram, direction, expanded);
  const ids = edgeIds(diagram);
  try {
    let input: ElkInput = toElkGraph(diagram, direction, new Set(expanded), slots);
    const warnings: string[] = [];
    let result: ElkNode;
    try {
      result = await runElk(input.graph, options.timeLimitMs ?? ELK_TIME_LIMIT_MS);
    } catch (cause) {
      // Should elk reject a lane graph (elk 0.12 did on some, before lanes.ts avoided it), lay the
      // diagram out without lanes rather than fall back to the simple layout, and say so.
      if (!input.links.length || String(cause).includes('timed out')) throw cause;
      input = toElkGraph(diagram, direction, new Set(expanded), slots, false);
      result = await runElk(input.graph, options.timeLimitMs ?? ELK_TIME_LIMIT_MS);
      const reason = cause instanceof Error ? cause.message : String(cause);
      warnings.push(`elk rejected the lane graph (${reason}); laid out without lanes`);
    }
    return fromElkGraph(result, diagram, input, {
      hash,
      direction,
      warnings: [...input.warnings, ...warnings],
      edgeIds: ids,
    });
  } catch (cause) {
    return fallbackDiagramLayout(diagram, direction, expanded, cause);
  }
}

/**
 * The simple layered layout with a warning saying why elk's was not used; also what
 * layoutDiagram returns when the layout worker runs past its time limit.
 */
export function fallbackDiagramLayout(
  diagram: Diagram,
  direction: 'right' | 'down',
  expanded: readonly string[],
  cause: unknown,
): DiagramLayout {
  const warning = `elk layout failed (${cause instanceof Error ? cause.message : String(cause)}); used the simple fallback layout`;
  // The fallback draws straight edges between nodes: give it the graph without split lane edges.
  const input = toElkGraph(diagram, direction, new Set(expanded), undefined, false);
  const result = fallbackLayout(input.graph, new Set(diagram.groups.map((g) => g.id)), direction);
  return fromElkGraph(result, diagram, input, {
    hash: layoutHash(diagram, direction, expanded),
    direction,
    warnings: [...input.warnings, warning],
    edgeIds: edgeIds(diagram),
  });
}
