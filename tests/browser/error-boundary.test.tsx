import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/react/styles.css';
import { DiagramErrorBoundary } from '../../src/react/DiagramErrorBoundary';

function Broken({ fail }: { fail: boolean }): React.ReactElement {
  if (fail) throw new Error('the layout has no nodes array');
  return <p>drawn</p>;
}

describe('DiagramErrorBoundary', () => {
  it('shows an error thrown while drawing in place, keeps the host page, and retries on a new diagram', async () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      const screen = await render(
        <main>
          <p>Host paragraph before</p>
          <div className="mlsd-root">
            <DiagramErrorBoundary resetKey="a">
              <Broken fail />
            </DiagramErrorBoundary>
          </div>
          <p>Host paragraph after</p>
        </main>,
      );
      await expect.element(screen.getByRole('alert')).toHaveTextContent(/could not be drawn.*no nodes array/);
      await expect.element(screen.getByText('Host paragraph before')).toBeVisible();
      await expect.element(screen.getByText('Host paragraph after')).toBeVisible();

      await screen.rerender(
        <main>
          <div className="mlsd-root">
            <DiagramErrorBoundary resetKey="b">
              <Broken fail={false} />
            </DiagramErrorBoundary>
          </div>
        </main>,
      );
      await expect.element(screen.getByText('drawn')).toBeVisible();
      expect(screen.container.querySelector('[role="alert"]')).toBeNull();
    } finally {
      console.error = quiet;
    }
  });
});
