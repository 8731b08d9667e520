import type { Meta, StoryObj } from '@storybook/react-vite';
import twoStage from '../../diagrams/two-stage-recommender.json';
import { type Diagram, Legend, parseDiagram } from '../../src';

const parsed = parseDiagram(twoStage);
const twoStageDiagram: Diagram | undefined = parsed.ok ? parsed.diagram : undefined;

/** The legend of the visual language: node kinds, edge kinds (stroke and arrowhead) and lanes. */
const meta = {
  title: 'Components/Legend',
  component: Legend,
  render: (args, { globals }) => (
    <div className="mlsd-root" data-theme={globals.theme ?? 'light'}>
      <Legend {...args} />
    </div>
  ),
} satisfies Meta<typeof Legend>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Every node kind, edge kind and lane stage. */
export const Everything: Story = {};

/** Only what the two-stage recommender uses. */
export const ForOneDiagram: Story = { args: { diagram: twoStageDiagram } };

/** Every kind, light and dark. */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <div className="mlsd-root" data-theme="light">
        <Legend />
      </div>
      <div className="mlsd-root" data-theme="dark" style={{ padding: 8 }}>
        <Legend />
      </div>
    </div>
  ),
};
