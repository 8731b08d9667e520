/**
 * Module worker entry: runs the whole layout pipeline (elk graph, elk, routing and labels) off
 * the page's main thread. Bundlers emit it as its own chunk (see layout-worker-client.ts); elk
 * loads inside it on the first request.
 */
import type { Diagram } from '../schema';
import { loadElk } from './elk-engine';
import { runLayoutPipeline } from './layout-pipeline';
import type { LayoutRequest, LayoutResponse } from './layout-worker-protocol';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void) => void;
  postMessage: (message: LayoutResponse) => void;
};

scope.addEventListener('message', async ({ data }) => {
  if (data?.type !== 'mlsd-layout') return;
  try {
    const layout = await runLayoutPipeline(data.diagram as Diagram, data.options);
    scope.postMessage({ type: 'mlsd-layout', id: data.id, layout });
  } catch (cause) {
    scope.postMessage({
      type: 'mlsd-layout',
      id: data.id,
      error: cause instanceof Error ? cause.message : String(cause),
    });
  }
});
scope.postMessage({ type: 'mlsd-layout-ready' });
// Load elk now rather than on the first request: the worker is started as early as possible.
loadElk().catch(() => {});
