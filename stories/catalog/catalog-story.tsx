import type { StoryObj } from '@storybook/react-vite';
import { getCatalogEntry } from '../../src/catalog';
import { CatalogPage } from './CatalogPage';
import './catalog.css';

/** The story for one catalog diagram: the diagram with its precomputed layout, and its notes beside it. */
export function catalogStory(raw: unknown): StoryObj {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : '';
  return {
    render: (_args, { globals }) => (
      <CatalogPage diagram={raw} layout={getCatalogEntry(id)?.layout} theme={globals.theme ?? 'light'} />
    ),
  };
}
