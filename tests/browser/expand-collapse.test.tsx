import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { PipelineDiagram } from '../../src';
import '../../src/react/styles.css';
import { statesDiagram } from '../../stories/fixtures/states-diagram';
import { boxOf, waitFor } from '../helpers/wait';

const nodeEl = (root: Element, id: string) => root.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const headOf = (root: Element, id: string) => nodeEl(root, id)?.querySelector<HTMLElement>('.mlsd-node-head') ?? null;
/** Layout-space box of a node (React Flow's own position and size), independent of zoom. */
const layoutBox = (root: Element, id: string) => {
  const el = nodeEl(root, id) as HTMLElement;
  return { transform: el.style.transform, width: el.offsetWidth, height: el.offsetHeight };
};

async function mount(ui: React.ReactElement) {
  const screen = await render(ui);
  const root = screen.container;
  await waitFor(() => statesDiagram.nodes.every((n) => headOf(root, n.id)));
  return { screen, root };
}

/** Waits for the card to be drawn (the relayout has arrived) or gone. */
const cardShown = (root: Element, id: string) => nodeEl(root, id)?.querySelector('.mlsd-card') ?? null;

/** A parent that owns the expanded list and records every change it is told about. */
function Controlled({ onChange }: { onChange: (next: string[]) => void }) {
  const [expanded, setExpanded] = useState<string[]>(['ranker']);
  return (
    <PipelineDiagram
      diagram={statesDiagram}
      expanded={expanded}
      onExpandedChange={(next) => {
        onChange(next);
        setExpanded(next);
      }}
    />
  );
}

describe('expanding a node into its trade-off notes', () => {
  it('opens on click and closes on a second click, reflowing the layout and showing the trade-offs', async () => {
    const { root } = await mount(<PipelineDiagram diagram={statesDiagram} />);
    const head = headOf(root, 'retrieval') as HTMLElement;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(nodeEl(root, 'retrieval')?.querySelector('.mlsd-node')?.getAttribute('data-state')).toBe('closed');
    const before = { retrieval: layoutBox(root, 'retrieval'), ranker: layoutBox(root, 'ranker') };

    await userEvent.click(head);
    const card = await waitFor(() => cardShown(root, 'retrieval'));
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(head.getAttribute('aria-controls')).toBe(card.id);
    expect(nodeEl(root, 'retrieval')?.querySelector('.mlsd-node')?.getAttribute('data-state')).toBe('open');
    // Nodes glide to their new places; wait for the motion to end.
    await waitFor(() => layoutBox(root, 'retrieval').height > before.retrieval.height + 100);
    await waitFor(() => document.getAnimations().length === 0);
    const opened = layoutBox(root, 'retrieval');
    expect(opened.width).toBeGreaterThan(before.retrieval.width);
    // The ranker sits downstream: the wider card pushes it along.
    expect(layoutBox(root, 'ranker').transform).not.toBe(before.ranker.transform);

    const text = card.textContent ?? '';
    expect(text).toContain('ScaNN · TensorFlow Serving');
    expect(text).toContain('EXACT VS APPROXIMATE SEARCH');
    expect(text).toContain('Perfect recall');
    expect(text).toContain('Linear in corpus size');
    expect(text).toContain('Why: A 10M corpus cannot be scanned');
    expect(text).toContain('Refresh the index hourly');
    const chosen = card.querySelector('[data-chosen="true"]');
    expect(chosen?.textContent).toContain('ANN (ScaNN)');
    expect(getComputedStyle(chosen as Element).backgroundColor).not.toBe(getComputedStyle(card).backgroundColor);
    const link = card.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://arxiv.org/abs/1908.10396');

    // Drawn text never spills out of the card.
    const nodeBox = boxOf(nodeEl(root, 'retrieval')?.querySelector('.mlsd-node') as Element);
    for (const block of card.children) {
      const b = boxOf(block);
      expect(b.y + b.height).toBeLessThanOrEqual(nodeBox.y + nodeBox.height + 0.5);
    }

    await userEvent.click(head);
    await waitFor(() => !cardShown(root, 'retrieval'));
    expect(head.getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => layoutBox(root, 'retrieval').height === before.retrieval.height);
    expect(layoutBox(root, 'ranker').transform).toBe(before.ranker.transform);
  });

  it('opens with Enter and Space and closes with Escape, keeping focus on the node', async () => {
    const { root } = await mount(<PipelineDiagram diagram={statesDiagram} />);
    const head = headOf(root, 'ranker') as HTMLElement;
    const closedHeight = layoutBox(root, 'ranker').height;
    head.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => cardShown(root, 'ranker'));
    expect(head.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => layoutBox(root, 'ranker').height > closedHeight + 50);
    expect(cardShown(root, 'ranker')?.textContent).toContain('Pointwise (chosen)');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => !cardShown(root, 'ranker'));
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(head);

    await userEvent.keyboard(' ');
    await waitFor(() => cardShown(root, 'ranker'));
    expect(head.getAttribute('aria-expanded')).toBe('true');
    // A second Space closes it again.
    await userEvent.keyboard(' ');
    await waitFor(() => !cardShown(root, 'ranker'));
  });

  it('animates the reflow, and not at all under prefers-reduced-motion', async () => {
    const { root } = await mount(<PipelineDiagram diagram={statesDiagram} />);
    const node = nodeEl(root, 'ranker') as HTMLElement;
    expect(getComputedStyle(node).transitionProperty).toContain('transform');
    expect(getComputedStyle(node).transitionDuration).not.toMatch(/^0s(, 0s)*$/);
    await userEvent.click(headOf(root, 'retrieval') as HTMLElement);
    await waitFor(() => root.querySelector('.mlsd-canvas[data-moving]'));

    const session = cdp();
    try {
      await session.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
      });
      expect(getComputedStyle(node).transitionProperty).toBe('none');
      await userEvent.click(headOf(root, 'retrieval') as HTMLElement);
      await waitFor(() => !cardShown(root, 'retrieval'));
      expect(document.getAnimations()).toEqual([]);
      // Edges stay visible while nodes jump to their places.
      expect(getComputedStyle(root.querySelector('.react-flow__edges') as Element).opacity).toBe('1');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('"Expand all" and "Collapse all" open and close every node that has notes', async () => {
    const { screen, root } = await mount(<PipelineDiagram diagram={statesDiagram} />);
    await screen.getByRole('button', { name: 'Expand all' }).click();
    await waitFor(() => cardShown(root, 'retrieval') && cardShown(root, 'ranker'));
    expect(headOf(root, 'retrieval')?.getAttribute('aria-expanded')).toBe('true');
    expect(headOf(root, 'ranker')?.getAttribute('aria-expanded')).toBe('true');
    // Nodes without notes are not buttons and have nothing to expand.
    expect(headOf(root, 'app')?.tagName).toBe('DIV');
    expect(headOf(root, 'app')?.hasAttribute('aria-expanded')).toBe(false);
    await screen.getByRole('button', { name: 'Collapse all' }).click();
    await waitFor(() => !cardShown(root, 'retrieval') && !cardShown(root, 'ranker'));
  });

  it('works controlled: reports changes through onExpandedChange and draws what it is given', async () => {
    const changes: string[][] = [];
    const { root } = await mount(<Controlled onChange={(next) => changes.push(next)} />);
    await waitFor(() => cardShown(root, 'ranker'));
    await userEvent.click(headOf(root, 'retrieval') as HTMLElement);
    await waitFor(() => cardShown(root, 'retrieval'));
    expect(changes).toEqual([['ranker', 'retrieval']]);

    // A parent that ignores the change keeps the node closed.
    const ignored: string[][] = [];
    const { root: fixed } = await mount(
      <PipelineDiagram diagram={statesDiagram} expanded={[]} onExpandedChange={(next) => ignored.push(next)} />,
    );
    await userEvent.click(headOf(fixed, 'ranker') as HTMLElement);
    expect(ignored).toEqual([['ranker']]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cardShown(fixed, 'ranker')).toBeNull();
    expect(headOf(fixed, 'ranker')?.getAttribute('aria-expanded')).toBe('false');
  });
});
