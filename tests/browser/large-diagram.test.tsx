import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { layoutDiagram } from '../../src/layout';
import { PipelineDiagram } from '../../src/react';
import { COMPACT_BELOW_ZOOM, LARGE_DIAGRAM } from '../../src/react/level-of-detail';
import '../../src/react/styles.css';
import { parseDiagram } from '../../src/schema';
import { syntheticDiagram } from '../helpers/synthetic-diagram';
import { waitFor } from '../helpers/wait';

const zoomOf = (root: Element) =>
  Number(/scale\(([\d.]+)\)/.exec(root.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '')?.[1]);
const components = (root: Element) => [...root.querySelectorAll<HTMLElement>('.react-flow__node-component')];

describe('a large diagram (more than LARGE_DIAGRAM components)', () => {
  it('is drawn whole and compact from far, and in full detail close up', async () => {
    const parsed = parseDiagram(syntheticDiagram(300));
    if (!parsed.ok) throw new Error('generated diagram is invalid');
    const diagram = parsed.diagram;
    expect(diagram.nodes.length).toBeGreaterThan(LARGE_DIAGRAM);
    const layout = await layoutDiagram(diagram);
    // Drawn compact from the first commit: no node is drawn in full only to be redrawn compact.
    let fullNodesSeen = 0;
    const observer = new MutationObserver(() => {
      fullNodesSeen = Math.max(fullNodesSeen, document.querySelectorAll('.mlsd-node-icon').length);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const screen = await render(
      <div style={{ width: 900 }}>
        <PipelineDiagram diagram={diagram} layout={layout} height={600} />
      </div>,
    );
    const root = screen.container;

    // Fitted whole, it is seen from far: every node is drawn, compact, and no edge label is.
    await waitFor(() => components(root).length === diagram.nodes.length && zoomOf(root) > 0);
    observer.disconnect();
    expect(fullNodesSeen).toBe(0);
    expect(zoomOf(root)).toBeLessThan(COMPACT_BELOW_ZOOM);
    const canvas = (root.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
    for (const node of components(root)) {
      const box = node.getBoundingClientRect();
      expect(box.top >= canvas.top - 1 && box.bottom <= canvas.bottom + 1, `${node.dataset.id} in view`).toBe(true);
    }
    expect(root.querySelectorAll('.mlsd-node-compact')).toHaveLength(diagram.nodes.length);
    expect(root.querySelectorAll('.mlsd-edge-label')).toHaveLength(0);
    const first = diagram.nodes[0];
    const head = root.querySelector(`.react-flow__node[data-id="${first?.id}"] .mlsd-node-head`);
    expect(head?.getAttribute('aria-label') ?? head?.textContent).toContain(first?.label);

    // Find a node: it is centred at zoom 1 and every node is drawn in full again.
    (root.querySelector('.mlsd-tool[data-side="all"]') as HTMLElement).focus();
    await userEvent.keyboard('/');
    await waitFor(() => root.querySelector('.mlsd-search-input'));
    await userEvent.keyboard(first?.label ?? '');
    await waitFor(() => root.querySelector('.mlsd-search-option'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => zoomOf(root) >= 1 && root.querySelectorAll('.mlsd-node-compact').length === 0);
    expect(components(root)).toHaveLength(diagram.nodes.length);
    expect(root.querySelectorAll('.mlsd-node-icon')).toHaveLength(diagram.nodes.length);
  });
});
