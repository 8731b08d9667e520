import type { Meta, StoryObj } from '@storybook/react-vite';
import { PipelineDiagram } from '../../src';
import { statesDiagram } from '../fixtures/states-diagram';

/** The whole component in each of its states: closed, open, each theme, invalid input. */
const meta = {
  title: 'Components/PipelineDiagram',
  component: PipelineDiagram,
  args: { diagram: statesDiagram },
  render: (args, { globals }) => <PipelineDiagram {...args} theme={args.theme ?? globals.theme} />,
} satisfies Meta<typeof PipelineDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Closed, open, dark, auto and invalid, one after another. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <PipelineDiagram {...args} theme="light" />
      <PipelineDiagram {...args} theme="light" defaultExpanded={['ranker']} />
      <PipelineDiagram {...args} theme="dark" defaultExpanded={['retrieval']} legend />
      <PipelineDiagram {...args} theme="auto" />
      <PipelineDiagram diagram={{ version: 1, id: 'broken', title: 'Broken', edges: [{ from: 'a', to: 'b' }] }} />
    </div>
  ),
};

/** Light theme, everything closed. */
export const Light: Story = { args: { theme: 'light' } };

/** Dark theme with a node open and the legend shown. */
export const Dark: Story = {
  args: { theme: 'dark', defaultExpanded: ['retrieval'], legend: true },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Follows the reader's colour-scheme preference. */
export const Auto: Story = { args: { theme: 'auto' } };
