import type { Meta, StoryObj } from '@storybook/react-vite';
import { PipelineDiagram } from '../../src';
import { statesDiagram } from '../fixtures/states-diagram';

/**
 * Nodes in every state: plain, with latency and volume badges, expandable and closed, open into
 * its trade-off card, in every lane stage, joined by every edge kind — light and dark.
 */
const meta = {
  title: 'Components/ComponentNode',
  component: PipelineDiagram,
  args: { diagram: statesDiagram, defaultExpanded: ['retrieval'], legend: true },
} satisfies Meta<typeof PipelineDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Light above, dark below; the candidate retrieval node is open. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <PipelineDiagram {...args} theme="light" />
      <PipelineDiagram {...args} theme="dark" />
    </div>
  ),
};

/** Everything closed: click a node with notes, or focus it and press Enter, to open it. */
export const Closed: Story = { args: { defaultExpanded: [], legend: false } };

/** Both nodes with trade-offs open. */
export const BothOpen: Story = { args: { defaultExpanded: ['retrieval', 'ranker'], legend: false } };
