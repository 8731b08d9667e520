/**
 * One story per catalog diagram, discovered from diagrams/*.json: adding a file adds a story.
 * A marker file `stories/catalog/<Shelf>.catalog.ts` names a category; the indexer lists one
 * story per diagram of that category, and the Vite plugin turns the marker into a CSF module
 * whose exports render those diagrams.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Indexer } from 'storybook/internal/types';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const diagramsDir = resolve(root, 'diagrams');
const MARKER = /\.catalog\.ts$/;

interface DiagramSummary {
  id: string;
  title: string;
  file: string;
  category: 'case-study' | 'pattern';
}

function listDiagrams(): DiagramSummary[] {
  return readdirSync(diagramsDir)
    .filter((f) => f.endsWith('.json') && !f.includes('.schema.') && !f.includes('.layout.'))
    .flatMap((file) => {
      try {
        const raw = JSON.parse(readFileSync(resolve(diagramsDir, file), 'utf8'));
        const id = typeof raw.id === 'string' ? raw.id : basename(file, '.json');
        const tags: unknown[] = Array.isArray(raw.tags) ? raw.tags : [];
        return [
          {
            id,
            title: typeof raw.title === 'string' ? raw.title : id,
            file: resolve(diagramsDir, file),
            category: tags.includes('case-study') ? ('case-study' as const) : ('pattern' as const),
          },
        ];
      } catch {
        // An unparsable file still gets a story, which shows its errors.
        const id = basename(file, '.json');
        return [{ id, title: id, file: resolve(diagramsDir, file), category: 'pattern' as const }];
      }
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

function markerCategory(file: string): { category: 'case-study' | 'pattern'; title: string } {
  const source = readFileSync(file, 'utf8');
  const category = /category\s*=\s*'case-study'/.test(source) ? 'case-study' : 'pattern';
  return { category, title: category === 'case-study' ? 'Case studies' : 'Patterns' };
}

/** Story export name for a diagram id: "two-stage-recommender" → "TwoStageRecommender". */
export function exportNameOf(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase());
}

/** Story id for a diagram: stable, so links from the catalog index never break. */
export function catalogStoryId(diagram: { id: string; category: 'case-study' | 'pattern' }): string {
  return `${diagram.category === 'case-study' ? 'case-studies' : 'patterns'}--${diagram.id}`;
}

export const catalogIndexer: Indexer = {
  test: MARKER,
  createIndex: async (fileName, { makeTitle }) => {
    const shelf = markerCategory(fileName);
    return listDiagrams()
      .filter((d) => d.category === shelf.category)
      .map((d) => ({
        type: 'story' as const,
        importPath: fileName,
        exportName: exportNameOf(d.id),
        name: d.title,
        title: makeTitle(shelf.title),
        __id: catalogStoryId(d),
        tags: ['catalog'],
      }));
  },
};

/** Vite plugin: compiles a marker file into CSF exports, one per diagram of its category. */
export function catalogStoriesPlugin(): Plugin {
  return {
    name: 'mlsd-catalog-stories',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] as string;
      if (!MARKER.test(file)) return null;
      const shelf = markerCategory(file);
      const diagrams = listDiagrams().filter((d) => d.category === shelf.category);
      for (const d of diagrams) this.addWatchFile(d.file);
      const story = JSON.stringify(resolve(root, 'stories/catalog/catalog-story.tsx'));
      return [
        `import { catalogStory } from ${story};`,
        ...diagrams.map((d, i) => `import diagram${i} from ${JSON.stringify(d.file)};`),
        `export default { title: ${JSON.stringify(shelf.title)}, parameters: { layout: 'fullscreen' } };`,
        ...diagrams.map((d, i) => `export const ${exportNameOf(d.id)} = catalogStory(diagram${i});`),
      ].join('\n');
    },
  };
}
