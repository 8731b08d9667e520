import type { Meta, StoryObj } from '@storybook/react-vite';
import twoStage from '../diagrams/two-stage-recommender.json';
import { PipelineDiagram } from '../src';

const meta = {
  title: 'Catalog/Two-stage recommender',
  component: PipelineDiagram,
  args: { diagram: twoStage },
  render: (args, { globals }) => <PipelineDiagram {...args} theme={args.theme ?? globals.theme} />,
} satisfies Meta<typeof PipelineDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The whole system, collapsed: click a node (or focus it and press Enter) to open its trade-offs. */
export const Default: Story = {};

/** The candidate generator opened into its trade-off card. */
export const Expanded: Story = { args: { defaultExpanded: ['candidate-generation'] } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
