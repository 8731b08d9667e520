import type { Meta, StoryObj } from '@storybook/react-vite';
import { PipelineDiagram } from '../src';
import { syntheticDiagram } from '../tests/helpers/synthetic-diagram';

const meta = {
  title: 'Examples/Large diagram',
  component: PipelineDiagram,
  args: { diagram: syntheticDiagram(300), height: 640, controls: true, minimap: true },
  render: (args, { globals }) => <PipelineDiagram {...args} theme={args.theme ?? globals.theme} />,
} satisfies Meta<typeof PipelineDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

/**
 * A generated pipeline of 300 components, laid out in a Web Worker while the page stays
 * responsive. Fitted whole it is seen from far, so nodes are compact and edge labels hidden;
 * zoom in (or find a node with `/`) and they are drawn in full.
 */
export const ThreeHundredComponents: Story = {};

/** The same diagram in the dark theme: compact nodes keep their accent and label. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
