import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import twoStage from '../../diagrams/two-stage-recommender.json';
import { describeDiagram, PipelineDiagram, parseDiagram } from '../../src';
import '../../src/react/styles.css';
import { statesDiagram } from '../../stories/fixtures/states-diagram';
import { waitFor } from '../helpers/wait';

const headOf = (root: Element, id: string) =>
  root.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"] .mlsd-node-head`);

/**
 * Serious or critical axe violations in the diagram at rest. The pointer is moved onto the
 * toolbar first: left over a node by an earlier test, it would keep a lineage highlighted and the
 * rest dimmed, a transient state axe would rightly flag for contrast; so would the fade back.
 */
async function seriousViolations(root: Element): Promise<string[]> {
  await userEvent.hover(root.querySelector('[role="toolbar"]') as Element);
  await waitFor(() => !root.querySelector('.mlsd-dim') && root.getAnimations({ subtree: true }).length === 0);
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Colours that tell the themes apart: page, node, node text, request edge. */
function palette(root: Element) {
  const node = root.querySelector('.react-flow__node[data-id="ranker"] .mlsd-node') as Element;
  const edge = root.querySelector('.mlsd-edge-request') as Element;
  return {
    background: getComputedStyle(root.querySelector('.react-flow') as Element).backgroundColor,
    node: getComputedStyle(node).backgroundColor,
    text: getComputedStyle(node).color,
    edge: getComputedStyle(edge).stroke,
  };
}

describe('themes and accessibility in Chromium', () => {
  it('switching the theme changes the colours, and both themes pass axe with a node open and the legend shown', async () => {
    const screen = await render(
      <PipelineDiagram diagram={statesDiagram} theme="light" defaultExpanded={['retrieval']} legend />,
    );
    const root = screen.container;
    await waitFor(() => root.querySelector('.react-flow__node[data-id="retrieval"] .mlsd-card'));
    const light = palette(root);
    expect(await seriousViolations(root)).toEqual([]);

    await screen.rerender(
      <PipelineDiagram diagram={statesDiagram} theme="dark" defaultExpanded={['retrieval']} legend />,
    );
    await waitFor(() => root.querySelector('.mlsd-root[data-theme="dark"]'));
    const dark = palette(root);
    for (const key of Object.keys(light) as (keyof typeof light)[]) {
      expect(dark[key], `${key} differs between themes`).not.toBe(light[key]);
    }
    expect(await seriousViolations(root)).toEqual([]);
  });

  it('"auto" follows prefers-color-scheme with the same colours as the explicit themes', async () => {
    const session = cdp();
    const emulate = (value: 'light' | 'dark') =>
      session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
    try {
      const screen = await render(
        <div>
          <PipelineDiagram diagram={statesDiagram} theme="auto" className="auto" />
          <PipelineDiagram diagram={statesDiagram} theme="dark" className="dark" />
          <PipelineDiagram diagram={statesDiagram} theme="light" className="light" />
        </div>,
      );
      const part = (name: string) => screen.container.querySelector(`.mlsd-root.${name}`) as Element;
      await waitFor(() => ['auto', 'dark', 'light'].every((n) => part(n).querySelector('.mlsd-edge-request')));
      await emulate('dark');
      expect(palette(part('auto'))).toEqual(palette(part('dark')));
      expect(await seriousViolations(part('auto'))).toEqual([]);
      await emulate('light');
      expect(palette(part('auto'))).toEqual(palette(part('light')));
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('the catalog two-stage recommender passes axe in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const screen = await render(<PipelineDiagram diagram={twoStage} theme={theme} />);
      await waitFor(() => screen.container.querySelector('.react-flow__node .mlsd-node-head'));
      expect(await seriousViolations(screen.container), theme).toEqual([]);
      await screen.unmount();
    }
  });

  it('gives each node an accessible name, a tab stop in reading order, arrow keys along edges and a focus ring', async () => {
    const screen = await render(<PipelineDiagram diagram={statesDiagram} />);
    const root = screen.container;
    await waitFor(() => statesDiagram.nodes.every((n) => headOf(root, n.id)));
    // Name = label, kind, detail (then the badges), read from the node's own text.
    await expect
      .element(screen.getByRole('button', { name: /^Candidate retrieval\s*,\s*Retrieval\s*,\s*Two-tower \+ ANN/ }))
      .toBeVisible();
    expect(headOf(root, 'retrieval')?.textContent).toMatch(/30 ms budget.*10M → 1k/);
    await expect
      .element(screen.getByRole('button', { name: /^Ranker\s*,\s*Ranking\s*,\s*Multi-task DNN/ }))
      .toBeVisible();
    await expect.element(screen.getByRole('group', { name: 'App, Client, Home feed request' })).toBeVisible();

    const heads = [...root.querySelectorAll<HTMLElement>('.mlsd-node-head')];
    const ids = heads.map((h) => h.closest<HTMLElement>('.react-flow__node')?.dataset.id);
    // Lanes top to bottom, then left to right; along the flow inside a lane.
    expect(ids.indexOf('retrieval')).toBeLessThan(ids.indexOf('ranker'));
    expect(ids.indexOf('training')).toBeLessThan(ids.indexOf('registry'));
    for (const head of heads) expect(head.tabIndex).toBe(0);

    const focused = () => document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    headOf(root, 'app')?.focus();
    const ring = getComputedStyle(headOf(root, 'app')?.closest('.mlsd-node') as Element);
    expect(ring.outlineStyle).toBe('solid');
    // The ring is 2px on screen whatever the zoom.
    const zoom = Number(getComputedStyle(headOf(root, 'app') as Element).getPropertyValue('--mlsd-zoom'));
    expect(zoom).toBeGreaterThan(0);
    expect(Number.parseFloat(ring.outlineWidth) * Math.min(zoom, 1)).toBeCloseTo(2, 0);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('retrieval');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('ranker');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('events');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('ranker');
    // The ranker has two inputs; left goes to the one better lined up, then across to the other.
    await userEvent.keyboard('{ArrowLeft}');
    const upstream = focused();
    expect(['retrieval', 'features']).toContain(upstream);
    await userEvent.keyboard('{ArrowUp}');
    if (focused() === upstream) await userEvent.keyboard('{ArrowDown}');
    const other = focused();
    expect(other).not.toBe(upstream);
    expect(['retrieval', 'features']).toContain(other);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(ids.at(-1));
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe(ids[0]);
  });

  it('renders the text alternative for screen readers, the same outline describeDiagram returns', async () => {
    const screen = await render(<PipelineDiagram diagram={statesDiagram} />);
    // Written when the page is idle after the diagram is drawn.
    const section = await waitFor(() => {
      const found = screen.container.querySelector('.mlsd-sr-only[aria-label$="text description"]');
      return found?.textContent ? found : undefined;
    });
    const canvas = screen.container.querySelector('.mlsd-canvas') as Element;
    expect(canvas.getAttribute('aria-describedby')).toBe(section.id);
    const text = section.textContent ?? '';
    expect(text).toContain('Online serving (online)');
    expect(text).toContain(
      'Ranker (Ranking): Multi-task DNN. Receives from Candidate retrieval (1k candidates, request)',
    );
    const parsed = parseDiagram(statesDiagram);
    if (!parsed.ok) throw new Error('fixture is invalid');
    for (const node of statesDiagram.nodes) {
      expect(text).toContain(node.label);
      expect(describeDiagram(parsed.diagram)).toContain(node.label);
    }
  });
});
