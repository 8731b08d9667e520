import type { Meta, StoryObj } from '@storybook/react-vite';
import { CatalogIndex } from './catalog/CatalogIndex';
import './catalog/catalog.css';

const meta = {
  title: 'Catalog/Index',
  component: CatalogIndex,
  parameters: { layout: 'fullscreen' },
  render: (args, { globals }) => <CatalogIndex {...args} theme={globals.theme ?? 'light'} />,
} satisfies Meta<typeof CatalogIndex>;
export default meta;

/** Every reference architecture, with a tag filter and a text search. */
export const Index: StoryObj<typeof meta> = { args: { theme: 'light' } };
