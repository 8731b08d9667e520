/**
 * Shared by the render benchmark's pages: loads the case named in `?case=`, times a mount until
 * every node is on screen (inside the container, not just in the DOM), watches long main-thread tasks, and exposes `window.bench.run()` for
 * warm runs (or runs once at load with `?auto=1` for fresh-page runs).
 */
import type { DiagramLayout } from '../../src/layout';
import type { Diagram } from '../../src/schema';

/** One benchmark case as written by render.bench.ts. */
export interface BenchCase {
  id: string;
  diagram: Diagram;
  layout: DiagramLayout;
  mermaid: string;
}

/** What one timed mount reports. */
export interface RunResult {
  /** Mount call to every node drawn. */
  ms: number;
  /** Navigation start to every node drawn (fresh pages). */
  sinceNavigation: number;
  /** Longest long task (> 50 ms) between mount and drawn; 0 when there was none. */
  longestTask: number;
  /** Longest long task before the layout arrived (ours with layout at runtime). */
  longestTaskLayingOut: number;
  /** Mount call to the layout having arrived, when the page can tell. */
  layoutMs?: number;
}

declare global {
  interface Window {
    bench: { run: (variant: number) => Promise<RunResult> };
    benchResult?: RunResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);

/** The case for this page. */
export async function loadCase(): Promise<BenchCase> {
  const response = await fetch(`./cases/${params.get('case')}.json`);
  return response.json();
}

/** A query parameter of the page. */
export function param(name: string): string | null {
  return params.get(name);
}

/** Resolves with `performance.now()` at the first animation frame where `done()` holds. */
export function frameWhen(done: () => boolean, timeoutMs = 120_000): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (done()) resolve(performance.now());
      else if (performance.now() - start > timeoutMs) reject(new Error('timed out'));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Whether all `count` elements matching `selector` under `root` are drawn where the reader can
 * see them: laid out, visible, and inside `root`'s box. "Inside" matters: React Flow draws the
 * first frame at zoom 1 and fits the view later, so until then nodes beyond the container's
 * edge exist but are clipped away, and the diagram is not on screen yet.
 */
export function allDrawn(root: Element, selector: string, count: number): boolean {
  const elements = root.querySelectorAll<HTMLElement>(selector);
  if (elements.length < count) return false;
  // React Flow keeps a node `visibility: hidden` until it is measured; reading the inline style
  // forces no layout, so frames before that cost the measurement nothing.
  for (const el of elements) if (el.style.visibility === 'hidden') return false;
  const box = root.getBoundingClientRect();
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom)
      return false;
  }
  return true;
}

/** Collects long tasks from now on. */
export function watchLongTasks(): { entries: () => PerformanceEntry[]; stop: () => void } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    entries: () => [...entries, ...observer.takeRecords()],
    stop: () => observer.disconnect(),
  };
}

/**
 * Longest task while the layout was computed: tasks started in [from, to], leaving out the last
 * one — the task in which React took the layout in (it ends just before `to`, the first frame
 * after it), which is rendering, not laying out. Reported separately as the longest task overall.
 */
export function longestBeforeCommit(entries: PerformanceEntry[], from: number, to: number): number {
  const before = entries
    .filter((e) => e.startTime >= from - 1 && e.startTime <= to)
    .sort((a, b) => a.startTime - b.startTime);
  return Math.max(0, ...before.slice(0, -1).map((e) => e.duration));
}

/** Longest duration among tasks that started in [from, to]. */
export function longest(entries: PerformanceEntry[], from: number, to: number): number {
  return Math.max(0, ...entries.filter((e) => e.startTime >= from - 1 && e.startTime <= to).map((e) => e.duration));
}

/** A fresh, sized container for one mount. */
export function freshContainer(): HTMLElement {
  document.querySelector('#stage')?.remove();
  const stage = document.createElement('div');
  stage.id = 'stage';
  stage.style.width = '1200px';
  document.body.append(stage);
  return stage;
}

/** Exposes `run` for warm runs and, with `?auto=1`, runs it once now and publishes the result. */
export function expose(run: (variant: number) => Promise<RunResult>): void {
  window.bench = { run };
  if (params.get('auto') === '1') {
    run(0).then(
      (result) => {
        window.benchResult = result;
      },
      (error: unknown) => {
        window.benchResult = { error: String(error) };
      },
    );
  }
}
