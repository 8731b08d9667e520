import type { Meta, StoryObj } from '@storybook/react-vite';
import { PipelineDiagram } from '../src';

const meta = {
  title: 'Components/Invalid input',
  component: PipelineDiagram,
} satisfies Meta<typeof PipelineDiagram>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A file with no "nodes" and an edge to an unknown id: the problems are listed in place. */
export const MissingNodesAndDanglingEdge: Story = {
  args: {
    diagram: `{
  "version": 1,
  "id": "broken",
  "title": "Broken",
  "edges": [{ "from": "app", "to": "rankr" }]
}`,
  },
};

/** A typo in a node kind and an edge target: each problem comes with a suggestion. */
export const Typos: Story = {
  args: {
    diagram: {
      version: 1,
      id: 'typos',
      title: 'Typos',
      nodes: [
        { id: 'app', kind: 'client', label: 'App' },
        { id: 'ranker', kind: 'rankng', label: 'Ranker' },
      ],
      edges: [{ from: 'app', to: 'rankr' }],
    },
  },
};
