import elkLayouts from '@mermaid-js/layout-elk';
import mermaid from 'mermaid';
import { expose, freshContainer, loadCase, longest, watchLongTasks } from './harness';

/** The peer: Mermaid rendering the same graph as a flowchart with subgraphs, ELK layout. */
const data = await loadCase();
mermaid.registerLayoutLoaders(elkLayouts);
mermaid.initialize({
  startOnLoad: false,
  layout: 'elk',
  securityLevel: 'strict',
  maxEdges: 100_000,
  maxTextSize: 10_000_000,
});

expose(async (variant) => {
  const container = freshContainer();
  const tasks = watchLongTasks();
  const start = performance.now();
  const { svg } = await mermaid.render(`m${variant}`, data.mermaid);
  container.innerHTML = svg;
  // Drawn once the browser has laid out and painted the inserted SVG.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const count = container.querySelectorAll('g.node').length;
  if (count < data.diagram.nodes.length) throw new Error(`mermaid drew ${count} of ${data.diagram.nodes.length} nodes`);
  const end = performance.now();
  tasks.stop();
  const entries = tasks.entries();
  const longestTask = longest(entries, start, end);
  return { ms: end - start, sinceNavigation: end, longestTask, longestTaskLayingOut: longestTask };
});
