import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { layoutDiagram } from '../../src/layout';
import { layoutRuntime } from '../../src/layout/layout-diagram';
import { parseDiagram } from '../../src/schema';
import { layoutProblems } from '../helpers/layout-checks';
import { syntheticDiagram } from '../helpers/synthetic-diagram';

declare module 'vitest/browser' {
  interface BrowserCommands {
    layoutInNode: (source: { file?: string; size?: number; expanded?: string[] }) => Promise<string>;
  }
}

const catalog = import.meta.glob<string>('../../diagrams/*.json', { eager: true, query: '?raw', import: 'default' });
const files = Object.keys(catalog)
  .filter((path) => !path.endsWith('.schema.json') && !path.includes('.layout.'))
  .sort();

describe('layout in Chromium', () => {
  it('runs the layout pipeline in a Web Worker here', async () => {
    const parsed = parseDiagram(syntheticDiagram(10));
    if (!parsed.ok) throw new Error('generated diagram is invalid');
    await layoutDiagram(parsed.diagram);
    expect(layoutRuntime()).toBe('worker');
  });

  for (const path of files) {
    const file = path.split('/').pop() as string;
    it(`${file}: byte-identical JSON to Node, and the acceptance geometry holds`, async () => {
      const parsed = parseDiagram(catalog[path] as string);
      if (!parsed.ok) throw new Error(`${file} is invalid`);
      const expanded = [parsed.diagram.nodes[1]?.id ?? ''];
      const ours = JSON.stringify(await layoutDiagram(parsed.diagram));
      expect(ours).toBe(await commands.layoutInNode({ file }));
      expect(layoutProblems(JSON.parse(ours), parsed.diagram)).toEqual([]);
      const oursExpanded = JSON.stringify(await layoutDiagram(parsed.diagram, { expanded }));
      expect(oursExpanded).toBe(await commands.layoutInNode({ file, expanded }));
    });
  }

  for (const size of [10, 100, 300]) {
    it(`generated graph of ${size} nodes: byte-identical JSON to Node`, { timeout: 60_000 }, async () => {
      const parsed = parseDiagram(syntheticDiagram(size));
      if (!parsed.ok) throw new Error('generated diagram is invalid');
      const ours = JSON.stringify(await layoutDiagram(parsed.diagram));
      expect(JSON.parse(ours).warnings).toEqual([]);
      expect(ours).toBe(await commands.layoutInNode({ size }));
      expect(layoutProblems(JSON.parse(ours), parsed.diagram)).toEqual([]);
    });
  }
});
