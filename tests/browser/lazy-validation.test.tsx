import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { layoutDiagram } from '../../src/layout';
import { PipelineDiagram } from '../../src/react';
import '../../src/react/styles.css';
import { waitFor } from '../helpers/wait';
import { serving } from '../react/fixture';

/**
 * A diagram that comes with a matching precomputed layout is drawn before the validator has
 * loaded; validation still runs and has the last word.
 */
describe('validation of a diagram drawn from its precomputed layout', () => {
  it('draws at once, then replaces the drawing with located errors when validation fails', async () => {
    const layout = await layoutDiagram(serving);
    // A link outside the layout hash (links size only expanded cards): the hash still matches.
    const tampered = {
      ...serving,
      nodes: serving.nodes.map((n, i) =>
        i === 1 ? { ...n, links: [{ label: 'run me', url: 'javascript:alert(1)' }] } : n,
      ),
    };
    const seen = { nodes: false, alertAfterNodes: false };
    const observer = new MutationObserver(() => {
      if (document.querySelector('.mlsd-root .react-flow__node')) seen.nodes = true;
      if (seen.nodes && document.querySelector('.mlsd-root [role="alert"]')) seen.alertAfterNodes = true;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const screen = await render(<PipelineDiagram diagram={tampered} layout={layout} defaultExpanded={['api']} />);
    try {
      const alert = screen.getByRole('alert');
      await expect.element(alert).toHaveTextContent(/nodes\[1\]\.links\[0\]\.url/);
      expect(seen).toEqual({ nodes: true, alertAfterNodes: true });
      expect(screen.container.querySelector('.react-flow')).toBeNull();
      expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
    } finally {
      observer.disconnect();
    }
  });

  it('keeps drawing a valid diagram once validation has passed, without a stale-layout warning', async () => {
    const layout = await layoutDiagram(serving);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const copy = structuredClone(serving);
      const screen = await render(<PipelineDiagram diagram={copy} layout={layout} />);
      await waitFor(
        () => screen.container.querySelectorAll('.react-flow__node-component').length === serving.nodes.length,
      );
      // Let idle-time validation run, then check nothing replaced the diagram.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(screen.container.querySelector('[role="alert"]')).toBeNull();
      expect(screen.container.querySelectorAll('.react-flow__node-component')).toHaveLength(serving.nodes.length);
      expect(warnings).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });

  it('validates other input before drawing it: text, and objects whose layout does not match', async () => {
    const layout = await layoutDiagram(serving);
    const renamed = { ...serving, nodes: serving.nodes.map((n) => ({ ...n, label: `${n.label}!` })) };
    const broken = JSON.stringify({ ...serving, edges: [{ from: 'api', to: 'rankr' }] });
    const screen = await render(
      <div>
        <PipelineDiagram diagram={broken} layout={layout} />
        <PipelineDiagram diagram={renamed} layout={layout} />
      </div>,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/'rankr' is not a node id/);
    // The renamed diagram is valid: drawn after validation, laid out afresh (its layout is stale).
    await waitFor(
      () => screen.container.querySelectorAll('.react-flow__node-component').length === serving.nodes.length,
    );
    // Until the fresh layout arrives the stale one stays on screen, with its own wrapped labels.
    await waitFor(() =>
      [...screen.container.querySelectorAll('.mlsd-node-label')].some(
        (label) => label.textContent === `${serving.nodes[0]?.label}!`,
      ),
    );
  });
});
