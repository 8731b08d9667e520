/**
 * Module worker entry: validates diagrams and runs the whole layout pipeline (elk graph, elk,
 * routing and labels) off the page's main thread. Bundlers emit it as its own chunk (see
 * layout-worker-client.ts); elk loads inside it as soon as it starts.
 */
import { parseDiagram } from '../schema/parse-diagram';
import { loadElk } from './elk-engine';
import { runLayoutPipeline } from './layout-pipeline';
import type { WorkerRequest, WorkerResponse } from './layout-worker-protocol';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void) => void;
  postMessage: (message: WorkerResponse) => void;
};

scope.addEventListener('message', async ({ data }) => {
  try {
    if (data?.type === 'mlsd-parse') {
      scope.postMessage({ type: 'mlsd-answer', id: data.id, parsed: parseDiagram(data.input) });
    } else if (data?.type === 'mlsd-layout') {
      const layout = await runLayoutPipeline(data.diagram, data.options);
      scope.postMessage({ type: 'mlsd-answer', id: data.id, layout });
    }
  } catch (cause) {
    scope.postMessage({
      type: 'mlsd-answer',
      id: data.id,
      error: cause instanceof Error ? cause.message : String(cause),
    });
  }
});
scope.postMessage({ type: 'mlsd-ready' });
// Load elk now rather than on the first request: the worker is started as early as possible.
loadElk().catch(() => {});
