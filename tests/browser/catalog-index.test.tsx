import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { isLayoutCurrent } from '../../src';
import { catalog } from '../../src/catalog';
import { CatalogIndex } from '../../stories/catalog/CatalogIndex';
import '../../stories/catalog/catalog.css';

const cardIds = (root: HTMLElement) =>
  [...root.querySelectorAll('.catalog-card')].map((el) => el.getAttribute('data-id'));

describe('catalog index page', () => {
  it('lists every catalog diagram, with a precomputed layout that is current (so no elk is needed to show it)', () => {
    expect(catalog.length).toBe(17);
    for (const entry of catalog) {
      expect(entry.layout.nodes.length, entry.id).toBe(entry.diagram.nodes.length);
      expect(isLayoutCurrent(entry.layout, entry.diagram), entry.id).toBe(true);
    }
  });

  it('filters by tag and by text search', async () => {
    const screen = await render(<CatalogIndex theme="light" />);
    expect(cardIds(screen.container)).toHaveLength(catalog.length);

    await userEvent.click(screen.getByRole('button', { name: 'case-study' }));
    expect(cardIds(screen.container).sort()).toEqual(
      catalog
        .filter((e) => e.category === 'case-study')
        .map((e) => e.id)
        .sort(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'case-study' }));
    expect(cardIds(screen.container)).toHaveLength(catalog.length);

    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search the catalog' }), 'isolation forest');
    expect(cardIds(screen.container)).toEqual(['fraud-detection']);
    await userEvent.fill(screen.getByRole('searchbox', { name: 'Search the catalog' }), 'no such system anywhere');
    expect(cardIds(screen.container)).toEqual([]);
  });
});
