import type { Diagram, ParseResult } from '../schema';
import { ELK_TIME_LIMIT_MS, expandedIds, fallbackDiagramLayout, runLayoutPipeline } from './layout-pipeline';
import {
  canUseLayoutWorker,
  LayoutWorkerError,
  layoutInWorker,
  parseInWorker,
  startLayoutWorker,
} from './layout-worker-client';
import type { DiagramLayout, LayoutOptions } from './types';

/** At most this many elk runs make one layout (collapsed, pinned relayout, free relayout). */
const ELK_RUNS_PER_LAYOUT = 3;

let runtime: 'worker' | 'main-thread' | undefined;

/** Where the last layout was computed; lets tests check that browsers use the worker. */
export function layoutRuntime(): 'worker' | 'main-thread' | undefined {
  return runtime;
}

/**
 * Computes positions for a validated diagram: node and group boxes, routed edges and label boxes,
 * in absolute px. Deterministic (the same JSON in Node and in browsers); never rejects — if elk
 * fails or runs too long, a simple layered layout is returned with a warning.
 *
 * In a browser the whole pipeline runs in a Web Worker, so even a 1,000-node layout leaves the
 * page responsive; in Node, or where the worker cannot start, it runs on the calling thread.
 *
 * With expanded nodes, the collapsed layout is computed first (or taken from `options.base` when
 * its hash matches) and its layers and in-layer order are pinned, so expanding or collapsing a
 * node moves the others but never reorders them.
 */
export async function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): Promise<DiagramLayout> {
  if (canUseLayoutWorker()) {
    const limit = (options.timeLimitMs ?? ELK_TIME_LIMIT_MS) * ELK_RUNS_PER_LAYOUT;
    try {
      const layout = await layoutInWorker(diagram, options, limit);
      runtime = 'worker';
      return layout;
    } catch (cause) {
      if (cause instanceof LayoutWorkerError && cause.reason === 'timeout') {
        const direction = options.direction ?? diagram.direction;
        return fallbackDiagramLayout(diagram, direction, expandedIds(diagram, options.expanded), cause);
      }
    }
  }
  runtime = 'main-thread';
  return runLayoutPipeline(diagram, options);
}

/**
 * Starts the layout worker, which loads elk at once, ahead of the first layoutDiagram call; a
 * no-op where layouts run on the calling thread.
 */
export function warmUpLayout(): void {
  if (canUseLayoutWorker()) startLayoutWorker().catch(() => {});
}

/** How long validation in the worker may take before the calling thread does it instead. */
const PARSE_LIMIT_MS = 30_000;

/**
 * parseDiagram, run in the layout worker where one can run (a diagram that has to be laid out
 * needs that worker anyway), so validating a large diagram never blocks the page; on the calling
 * thread otherwise, or if the worker fails.
 */
export async function parseDiagramOffThread(input: unknown): Promise<ParseResult<Diagram>> {
  if (canUseLayoutWorker()) {
    try {
      return await parseInWorker(input, PARSE_LIMIT_MS);
    } catch {
      // The worker could not take it (not started, input not cloneable, crashed): validate here.
    }
  }
  const { parseDiagram } = await import('../schema/parse-diagram');
  return parseDiagram(input);
}
