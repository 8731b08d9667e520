import { readFileSync } from 'node:fs';
import type { BrowserCommand } from 'vitest/node';
import type * as Layout from '../../src/layout';
import type * as Schema from '../../src/schema';
import type * as Synthetic from './synthetic-diagram';

/**
 * A browser-test command that runs in the Node process: lays out a catalog diagram (by file name)
 * or a generated graph (by size) and returns the layout JSON, so a Chromium test can compare its
 * own result byte for byte with Node's. Sources load through the unit project's module runner, so the
 * config that registers this command does not import src/ itself.
 */
export const layoutInNode: BrowserCommand<[source: { file?: string; size?: number; expanded?: string[] }]> = async (
  context,
  source,
) => {
  // The unit project's module runner transforms our TypeScript exactly as the Node tests see it.
  const unit = context.project.vitest.getProjectByName('unit');
  const load = <T>(path: string) => unit.import<T>(path);
  const { layoutDiagram } = await load<typeof Layout>('/src/layout/index.ts');
  const { parseDiagram } = await load<typeof Schema>('/src/schema/index.ts');
  const { syntheticDiagram } = await load<typeof Synthetic>('/tests/helpers/synthetic-diagram.ts');
  const input = source.file
    ? readFileSync(new URL(`../../diagrams/${source.file}`, import.meta.url), 'utf8')
    : syntheticDiagram(source.size ?? 10);
  const parsed = parseDiagram(input);
  if (!parsed.ok) throw new Error(`invalid diagram: ${parsed.errors[0]?.message}`);
  return JSON.stringify(await layoutDiagram(parsed.diagram, { expanded: source.expanded ?? [] }));
};
