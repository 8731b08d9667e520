import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { PipelineDiagram } from '../../src';
import '../../src/react/styles.css';
import { statesDiagram } from '../../stories/fixtures/states-diagram';
import { waitFor } from '../helpers/wait';

describe('visual language in Chromium', () => {
  it('draws each edge kind with its own stroke and its own arrowhead', async () => {
    const screen = await render(<PipelineDiagram diagram={statesDiagram} />);
    const root = screen.container;
    await waitFor(() => root.querySelectorAll('path.mlsd-edge').length === statesDiagram.edges.length);
    const looks = new Map<string, { stroke: string; head: string }>();
    for (const kind of ['request', 'data', 'training', 'feedback', 'async']) {
      const path = root.querySelector(`path.mlsd-edge-${kind}`) as SVGPathElement;
      const style = getComputedStyle(path);
      const ref = /url\("?#([^")]+)"?\)/.exec(path.getAttribute('marker-end') ?? '')?.[1] as string;
      const marker = root.querySelector(`marker[id="${ref}"] path`) as SVGPathElement;
      expect(marker, `${kind} has an arrowhead marker`).not.toBeNull();
      const head = getComputedStyle(marker);
      looks.set(kind, {
        stroke: `${style.stroke} ${style.strokeDasharray} ${style.strokeWidth}`,
        head: `${marker.getAttribute('d')} ${head.fill}`,
      });
    }
    const strokes = new Set([...looks.values()].map((l) => l.stroke));
    const heads = new Set([...looks.values()].map((l) => l.head));
    expect(strokes.size).toBe(5);
    expect(heads.size).toBe(5);
  });

  it('gives every node kind its icon and accent, and lanes their stage', async () => {
    const screen = await render(<PipelineDiagram diagram={statesDiagram} />);
    const root = screen.container;
    await waitFor(() => root.querySelector('.mlsd-node-icon svg'));
    const accents = new Set([...root.querySelectorAll('.mlsd-node-icon')].map((icon) => getComputedStyle(icon).color));
    expect(accents.size).toBeGreaterThan(3);
    const online = root.querySelector('.mlsd-group[data-stage="online"]') as Element;
    const offline = root.querySelector('.mlsd-group[data-stage="offline"]') as Element;
    expect(getComputedStyle(online).borderTopStyle).toBe('solid');
    expect(getComputedStyle(offline).borderTopStyle).toBe('dashed');
    expect(getComputedStyle(online).backgroundColor).not.toBe(getComputedStyle(offline).backgroundColor);
    // The title sits in the lane's top band, in the label layer above the edges, on a backdrop of
    // the lane's own tint so lines crossing the band pass behind the text.
    const title = root.querySelector('.react-flow__edgelabel-renderer .mlsd-group-title[data-stage="online"]');
    expect(title?.textContent).toContain('Online serving');
    const backdrop = title?.querySelector('.mlsd-group-title-text') as Element;
    expect(getComputedStyle(backdrop).backgroundColor).toBe(getComputedStyle(online).backgroundColor);
    const lane = online.getBoundingClientRect();
    const text = backdrop.getBoundingClientRect();
    expect(text.left).toBeGreaterThan(lane.left);
    expect(text.right).toBeLessThan(lane.right);
    expect(text.top).toBeGreaterThanOrEqual(lane.top);
    expect(text.bottom).toBeLessThan(lane.top + 40);
  });

  it('shows and hides the legend from its button', async () => {
    const screen = await render(<PipelineDiagram diagram={statesDiagram} />);
    const button = screen.getByRole('button', { name: 'Legend' });
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.container.querySelector('.mlsd-legend')).toBeNull();
    await button.click();
    const legend = screen.getByRole('region', { name: 'Legend' });
    await expect.element(legend).toBeVisible();
    await expect.element(legend).toHaveTextContent(/Request.*Data.*Training.*Feedback.*Async/);
    await expect.element(legend).toHaveTextContent(/Feature store/);
    await expect.element(screen.getByRole('button', { name: 'Hide legend' })).toHaveAttribute('aria-expanded', 'true');
    await screen.getByRole('button', { name: 'Hide legend' }).click();
    await waitFor(() => !screen.container.querySelector('.mlsd-legend'));
  });
});
