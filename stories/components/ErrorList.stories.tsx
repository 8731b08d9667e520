import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorList } from '../../src';

/** The in-place error list, as shown instead of an invalid diagram or after a drawing error. */
const meta = {
  title: 'Components/ErrorList',
  component: ErrorList,
  args: {
    errors: [
      { code: 'missing_field', path: ['nodes'], line: 1, column: 1, message: 'nodes is required' },
      {
        code: 'unknown_node',
        path: ['edges', 0, 'to'],
        line: 5,
        column: 31,
        message: "edge 1: target 'rankr' is not a node id",
        suggestion: "did you mean 'ranker'?",
      },
    ],
  },
  render: (args, { globals }) => (
    <div className="mlsd-root" data-theme={globals.theme ?? 'light'}>
      <ErrorList {...args} />
    </div>
  ),
} satisfies Meta<typeof ErrorList>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Several located problems, one with a suggestion. */
export const SeveralProblems: Story = {};

/** One problem, light and dark, and the error boundary's message. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <div className="mlsd-root" data-theme="light">
        <ErrorList {...args} />
      </div>
      <div className="mlsd-root" data-theme="dark" style={{ padding: 8 }}>
        <ErrorList {...args} />
      </div>
      <div className="mlsd-root" data-theme="light">
        <ErrorList
          title="This diagram could not be drawn"
          errors={[{ code: 'internal_error', path: [], message: 'Cannot read properties of undefined' }]}
        />
      </div>
    </div>
  ),
};
