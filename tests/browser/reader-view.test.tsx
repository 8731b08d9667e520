import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { PipelineDiagram } from '../../src/react';
import '../../src/react/styles.css';
import { waitForSettledView } from '../helpers/wait';
import { serving } from '../react/fixture';

async function waitFor<T>(
  find: () => T | undefined | null | false,
  what = 'the diagram',
  timeout = 15_000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const nodeEl = (root: Element, id: string) => root.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const shownNodes = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>('.react-flow__node')]
    .map((n) => n.dataset.id as string)
    .filter((id) => !id.startsWith('group:'))
    .sort();
const shownGroups = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>('.react-flow__node')]
    .map((n) => n.dataset.id as string)
    .filter((id) => id.startsWith('group:'))
    .sort();
const shownEdges = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>('.react-flow__edge')].map((e) => e.dataset.id as string).sort();
const withClass = (root: Element, selector: string, cls: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((e) => e.classList.contains(cls))
    .map((e) => e.dataset.id as string)
    .sort();

async function mount(width = 1000) {
  const screen = await render(
    <div style={{ width }}>
      <PipelineDiagram diagram={serving} height={520} />
    </div>,
  );
  const root = screen.container;
  await waitFor(() => serving.nodes.every((n) => nodeEl(root, n.id)?.getBoundingClientRect().width));
  await waitForSettledView(root);
  return root;
}

describe('reader view in Chromium', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('hovering a node lights exactly its upstream and downstream and dims the rest', async () => {
    const root = await mount();
    await userEvent.hover(nodeEl(root, 'retrieval') as HTMLElement);
    await waitFor(() => withClass(root, '.react-flow__node', 'mlsd-lit').length > 0, 'the highlight');
    // Edges re-render a frame after nodes.
    await waitFor(() => withClass(root, '.react-flow__edge', 'mlsd-lit').length > 0, 'lit edges');
    // Upstream: client → api → retrieval; downstream: ranker. Feature store, logs, training are elsewhere.
    expect(withClass(root, '.react-flow__node', 'mlsd-lit')).toEqual(['api', 'client', 'ranker', 'retrieval']);
    expect(withClass(root, '.react-flow__node', 'mlsd-dim')).toEqual(['features', 'logs', 'training']);
    expect(withClass(root, '.react-flow__node', 'mlsd-focus')).toEqual(['retrieval']);
    expect(withClass(root, '.react-flow__edge', 'mlsd-lit')).toEqual([
      'api->retrieval',
      'client->api',
      'retrieval->ranker',
    ]);
    const dimmed = nodeEl(root, 'logs') as HTMLElement;
    await waitFor(() => Number(getComputedStyle(dimmed).opacity) < 0.5, 'the dimming transition');
    expect(Number(getComputedStyle(nodeEl(root, 'ranker') as HTMLElement).opacity)).toBe(1);

    await userEvent.unhover(nodeEl(root, 'retrieval') as HTMLElement);
    await waitFor(() => withClass(root, '.react-flow__node', 'mlsd-dim').length === 0, 'the highlight to clear');
  });

  it('the online/offline and edge-kind filters hide the right elements', async () => {
    const root = await mount();
    const button = (side: string) => root.querySelector<HTMLButtonElement>(`.mlsd-tool[data-side="${side}"]`);

    await userEvent.click(button('offline') as HTMLButtonElement);
    await waitFor(() => shownNodes(root).length === 2, 'the offline filter');
    expect(shownNodes(root)).toEqual(['logs', 'training']);
    expect(shownGroups(root)).toEqual(['group:jobs', 'group:offline']);
    expect(shownEdges(root)).toEqual(['logs->training']);
    expect(button('offline')?.getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(button('online') as HTMLButtonElement);
    await waitFor(() => shownNodes(root).includes('api'), 'the online filter');
    expect(shownNodes(root)).toEqual(['api', 'client', 'features', 'ranker', 'retrieval']);
    expect(shownGroups(root)).toEqual(['group:online']);
    expect(shownEdges(root)).toEqual([
      'api->features',
      'api->retrieval',
      'client->api',
      'features->ranker',
      'retrieval->ranker',
    ]);

    await userEvent.click(button('all') as HTMLButtonElement);
    await userEvent.selectOptions(root.querySelector('select.mlsd-edge-filter') as HTMLSelectElement, 'async');
    await waitFor(() => shownEdges(root).length === 1, 'the edge-kind filter');
    expect(shownEdges(root)).toEqual(['training->ranker']);
    expect(shownNodes(root)).toEqual(['ranker', 'training']);
    expect(shownGroups(root)).toEqual(['group:jobs', 'group:offline', 'group:online']);
  });

  it('finds a node by name with / and centres it', async () => {
    const root = await mount(600);
    (root.querySelector('.mlsd-tool[data-side="all"]') as HTMLElement).focus();
    await userEvent.keyboard('/');
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('.mlsd-search-input'), 'the find box');
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard('trainnig');
    await waitFor(() => root.querySelector('.mlsd-search-option'), 'a match');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => !root.querySelector('.mlsd-search-input'), 'the box to close');
    const canvas = (root.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
    await waitFor(() => {
      const box = (nodeEl(root, 'training') as HTMLElement).getBoundingClientRect();
      const dx = box.x + box.width / 2 - (canvas.x + canvas.width / 2);
      const dy = box.y + box.height / 2 - (canvas.y + canvas.height / 2);
      return Math.hypot(dx, dy) < 4;
    }, 'training to be centred');
    expect(withClass(root, '.react-flow__node', 'mlsd-focus')).toEqual(['training']);
  });

  it('exports a valid SVG holding every label, painted edges, their arrowheads and the font, and a non-empty PNG', async () => {
    const root = await mount();
    const downloads: { href: string; name: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    // Capture the download instead of letting the browser save a file.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, name: this.download });
    };
    try {
      await userEvent.click(root.querySelector('[data-export="svg"]') as HTMLElement);
      await waitFor(() => downloads.length === 1, 'the SVG export');
      await userEvent.click(root.querySelector('[data-export="png"]') as HTMLElement);
      await waitFor(() => downloads.length === 2, 'the PNG export', 30_000);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const [svg, png] = downloads as [{ href: string; name: string }, { href: string; name: string }];
    expect(svg.name).toBe('serving.svg');
    const text = decodeURIComponent(svg.href.slice(svg.href.indexOf(',') + 1));
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(Number(doc.documentElement.getAttribute('width'))).toBeGreaterThan(100);
    for (const node of serving.nodes) expect(doc.documentElement.textContent).toContain(node.label);
    // Edges are painted by our stylesheet, which is not in the file: their paint must travel inline.
    const paths = [...doc.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')];
    expect(paths).toHaveLength(serving.edges.length);
    for (const path of paths) {
      expect(path.style.getPropertyValue('stroke')).toMatch(/^rgb/);
      expect(Number.parseFloat(path.style.getPropertyValue('stroke-width'))).toBeGreaterThan(0);
      // …and each points at an arrowhead that is in the file, painted too.
      const id = /url\(["']?#([^"')]+)/.exec(path.getAttribute('marker-end') ?? '')?.[1];
      const head = id ? doc.getElementById(id) : null;
      expect(head?.localName, `arrowhead of ${path.id}`).toBe('marker');
      expect(head?.querySelector('path')?.style.getPropertyValue('stroke')).toMatch(/^rgb/);
    }
    // The diagram font travels with it, so labels keep the widths the layout measured.
    const styles = [...doc.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(styles).toMatch(/@font-face\s*\{[^}]*mlsd-inter[^}]*url\("?data:/);
    // The page itself is left as it was.
    expect(root.querySelectorAll('.mlsd-markers')).toHaveLength(1);
    expect(root.querySelector('path.react-flow__edge-path[style]')).toBeNull();

    expect(png.name).toBe('serving.png');
    expect(png.href.startsWith('data:image/png;base64,')).toBe(true);
    const image = new Image();
    image.src = png.href;
    await image.decode();
    expect(image.naturalWidth).toBeGreaterThan(200);
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length && colours.size < 50; i += 4 * 97) {
      colours.add(((pixels[i] as number) << 16) | ((pixels[i + 1] as number) << 8) | (pixels[i + 2] as number));
    }
    expect(colours.size, 'the PNG shows more than a blank background').toBeGreaterThan(5);
  });

  it('re-fits the whole diagram when its column narrows', async () => {
    const root = await mount(1000);
    const column = root.firstElementChild as HTMLElement;
    column.style.width = '420px';
    const inside = () => {
      const canvas = (root.querySelector('.react-flow') as HTMLElement).getBoundingClientRect();
      return serving.nodes.every((n) => {
        const box = (nodeEl(root, n.id) as HTMLElement).getBoundingClientRect();
        return box.left >= canvas.left - 1 && box.right <= canvas.right + 1;
      });
    };
    await waitFor(() => (root.querySelector('.react-flow') as HTMLElement).getBoundingClientRect().width <= 420);
    await waitFor(inside, 'every node to fit the narrow column');
    expect(inside()).toBe(true);
  });

  it('draws a minimap and zoom controls only when asked', async () => {
    const root = await mount();
    expect(root.querySelector('.react-flow__minimap')).toBeNull();
    expect(root.querySelector('.react-flow__controls')).toBeNull();
    const screen = await render(
      <div style={{ width: 800 }}>
        <PipelineDiagram diagram={serving} minimap controls height={400} />
      </div>,
    );
    await waitFor(() => screen.container.querySelector('.react-flow__minimap'), 'the minimap');
    expect(screen.container.querySelector('.react-flow__controls button')).not.toBeNull();
  });

  it('lets the mouse wheel scroll the page until the reader clicks into the diagram', async () => {
    const screen = await render(
      <div>
        <div style={{ height: 900 }}>Article text before the diagram.</div>
        <div style={{ width: 900 }}>
          <PipelineDiagram diagram={serving} height={500} />
        </div>
        <div style={{ height: 2400 }}>Article text after the diagram.</div>
      </div>,
    );
    const root = screen.container;
    await waitFor(() => serving.nodes.every((n) => nodeEl(root, n.id)?.getBoundingClientRect().width));
    const viewport = root.querySelector('.react-flow__viewport') as HTMLElement;
    await waitForSettledView(root);
    const pane = root.querySelector('.react-flow') as HTMLElement;
    pane.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const before = window.scrollY;
    const transform = viewport.style.transform;

    await userEvent.wheel(pane, { delta: { y: 240 } });
    await waitFor(() => window.scrollY > before, 'the page to scroll');
    expect(viewport.style.transform).toBe(transform);

    await userEvent.click(root.querySelector('.react-flow__pane') as HTMLElement);
    await waitFor(() => root.querySelector('.mlsd-chrome[data-active="true"]'), 'the diagram to take gestures');
    const scrolled = window.scrollY;
    await userEvent.wheel(pane, { delta: { y: -240 } });
    await waitFor(() => viewport.style.transform !== transform, 'the wheel to zoom');
    expect(window.scrollY).toBe(scrolled);
  });
});
