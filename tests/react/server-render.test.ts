import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../src/layout';
import { PipelineDiagram } from '../../src/react';
import { serving } from './fixture';

describe('server rendering with a precomputed layout', () => {
  it('draws every component and every lane title, before any script runs', async () => {
    const layout = await layoutDiagram(serving);
    const html = renderToString(createElement(PipelineDiagram, { diagram: serving, layout }));
    expect(html.match(/react-flow__node-component/g)).toHaveLength(serving.nodes.length);
    const titles = [
      ...html.matchAll(/class="mlsd-group-title[^"]*"[^>]*>.*?<span class="mlsd:truncate">([^<]*)</g),
    ].map((m) => m[1]);
    expect(titles.sort()).toEqual(serving.groups.map((g) => g.label).sort());
    expect(html).toMatch(/mlsd-stage-chip[^>]*title="Online"/);
  });

  it('writes the text alternative at once (in the browser it waits for idle time)', async () => {
    const layout = await layoutDiagram(serving);
    const html = renderToString(createElement(PipelineDiagram, { diagram: serving, layout }));
    const outline = /<section[^>]*aria-label="[^"]*text description">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    for (const node of serving.nodes) expect(outline).toContain(node.label);
  });
});
