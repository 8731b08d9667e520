import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import twoStage from '../../diagrams/two-stage-recommender.json';
import '../../src/react/styles.css';
import * as invalidStories from '../../stories/InvalidDiagram.stories';
import * as stories from '../../stories/TwoStageRecommender.stories';
import { contains, overlappingPairs, type Rect } from '../helpers/geometry';
import { waitForSettledView } from '../helpers/wait';

const { Default } = composeStories(stories);
const { MissingNodesAndDanglingEdge } = composeStories(invalidStories);

function rectOf(element: Element): Rect {
  const r = element.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

async function waitFor<T>(find: () => T | undefined | null | false, timeout = 15_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('timed out waiting for the diagram');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two-stage recommender story in Chromium', () => {
  it('draws every node visibly, without overlaps, inside its group, with a path per edge', async () => {
    const screen = await render(<Default />);
    const root = screen.container;
    const nodeIds = twoStage.nodes.map((n) => n.id);
    const elements = await waitFor(() => {
      const found = nodeIds.map((id) => root.querySelector(`.react-flow__node[data-id="${id}"]`));
      const ready = found.every((el) => el && el.getBoundingClientRect().width > 0);
      return ready ? (found as Element[]) : undefined;
    });
    await waitForSettledView(root);
    const canvas = rectOf(root.querySelector('.react-flow') as Element);
    const boxes = elements.map(rectOf);
    for (const [i, box] of boxes.entries()) {
      expect(box.width, `${nodeIds[i]} has a size`).toBeGreaterThan(10);
      expect(contains(canvas, box, 1), `${nodeIds[i]} is inside the visible canvas`).toBe(true);
      const style = getComputedStyle(elements[i] as Element);
      expect(style.visibility).toBe('visible');
      expect(Number(style.opacity)).toBeGreaterThan(0);
    }
    expect(overlappingPairs(boxes)).toEqual([]);

    for (const node of twoStage.nodes) {
      if (!('group' in node) || !node.group) continue;
      const group = root.querySelector(`.react-flow__node[data-id="group:${node.group}"]`);
      const box = boxes[nodeIds.indexOf(node.id)] as Rect;
      expect(group, `group ${node.group} is drawn`).not.toBeNull();
      expect(contains(rectOf(group as Element), box, 1), `${node.id} inside ${node.group}`).toBe(true);
    }

    const paths = root.querySelectorAll('.react-flow__edge path.mlsd-edge');
    expect(paths.length).toBe(twoStage.edges.length);
    for (const path of paths) expect(path.getAttribute('d')).toMatch(/^M [\d.-]+ [\d.-]+ .*L/);
  });

  it('shows located errors in place of an invalid diagram instead of throwing', async () => {
    const screen = await render(<MissingNodesAndDanglingEdge />);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toBeVisible();
    await expect.element(alert).toHaveTextContent(/missing 'nodes'/);
    await expect.element(alert).toHaveTextContent(/target 'rankr' is not a node id/);
    expect(screen.container.querySelector('.react-flow')).toBeNull();
  });
});
