import { createRoot } from 'react-dom/client';
import { PipelineDiagram } from '../../src/react';
import '../../src/react/styles.css';
import {
  allDrawn,
  expose,
  frameWhen,
  freshContainer,
  loadCase,
  longest,
  longestBeforeCommit,
  param,
  watchLongTasks,
} from './harness';

/**
 * Our component. `?layout=precomputed` hands it the layout computed ahead of time; otherwise it
 * lays out at runtime (elk in a worker). Warm runtime runs give the diagram a fresh edge id so
 * the layout cache cannot answer.
 */
const data = await loadCase();
const precomputed = param('layout') === 'precomputed';
let root: ReturnType<typeof createRoot> | undefined;

expose(async (variant) => {
  root?.unmount();
  const container = freshContainer();
  const diagram =
    variant === 0 || precomputed
      ? data.diagram
      : {
          ...data.diagram,
          edges: data.diagram.edges.map((e, i) => (i === 0 ? { ...e, id: `bench-run-${variant}` } : e)),
        };
  const tasks = watchLongTasks();
  const start = performance.now();
  let laidOut: number | undefined;
  root = createRoot(container);
  root.render(<PipelineDiagram diagram={diagram} layout={precomputed ? data.layout : undefined} height={700} />);
  const count = data.diagram.nodes.length;
  const end = await frameWhen(() => {
    // The layout has arrived once the canvas stops being busy: the task that took it into React
    // (and the next, React Flow drawing the nodes) are rendering, reported as the longest task overall.
    if (laidOut === undefined && container.querySelector('.mlsd-canvas[aria-busy="false"]'))
      laidOut = performance.now();
    return allDrawn(container, '.react-flow__node-component', count);
  });
  tasks.stop();
  const entries = tasks.entries();
  return {
    ms: end - start,
    sinceNavigation: end,
    longestTask: longest(entries, start, end),
    longestTaskLayingOut: longestBeforeCommit(entries, start, laidOut ?? end),
    layoutMs: laidOut === undefined ? undefined : laidOut - start,
  };
});
