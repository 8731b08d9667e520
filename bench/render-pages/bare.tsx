import { type Edge, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { allDrawn, expose, frameWhen, freshContainer, loadCase, longest, watchLongTasks } from './harness';

/** The peer: bare React Flow mounting the same positioned nodes (default node and edge types). */
const data = await loadCase();
const labels = new Map(data.diagram.nodes.map((n) => [n.id, n.label]));
const nodes: Node[] = data.layout.nodes.map((box) => ({
  id: box.id,
  position: { x: box.x, y: box.y },
  width: box.width,
  height: box.height,
  data: { label: labels.get(box.id) ?? box.id },
}));
const edges: Edge[] = data.layout.edges.map((e) => ({ id: e.id, source: e.from, target: e.to }));
let root: ReturnType<typeof createRoot> | undefined;

expose(async () => {
  root?.unmount();
  const container = freshContainer();
  container.style.height = '700px';
  const tasks = watchLongTasks();
  const start = performance.now();
  root = createRoot(container);
  // The same minimum zoom as our component, so that a 1,000-node graph fits on screen too.
  root.render(<ReactFlow nodes={nodes} edges={edges} fitView minZoom={0.005} />);
  const end = await frameWhen(() => allDrawn(container, '.react-flow__node', nodes.length));
  tasks.stop();
  const entries = tasks.entries();
  const longestTask = longest(entries, start, end);
  return { ms: end - start, sinceNavigation: end, longestTask, longestTaskLayingOut: longestTask };
});
