import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { layoutDiagram } from '../../src/layout';
import { PipelineDiagram } from '../../src/react';
import '../../src/react/styles.css';
import { waitFor, waitForSettledView } from '../helpers/wait';
import { serving } from '../react/fixture';

type Transform = { x: number; y: number; zoom: number };

function parseTransform(value: string): Transform | undefined {
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(value);
  return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : undefined;
}

/**
 * Records the viewport transform of every animation frame in which nodes are in the document,
 * until `stop()` is called.
 */
function framesWithNodes(root: Element): { frames: Transform[]; stop: () => void } {
  const frames: Transform[] = [];
  let running = true;
  const tick = () => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
    const transform = viewport && root.querySelector('.react-flow__node') && parseTransform(viewport.style.transform);
    if (transform) frames.push(transform);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { frames, stop: () => (running = false) };
}

describe('the first frame', () => {
  it.each([
    ['a precomputed layout', true, false],
    ['a layout computed at runtime', false, false],
    // StrictMode sets React Flow's pan and zoom up twice; the second must start from the fit too.
    ['a precomputed layout under StrictMode', true, true],
  ])(
    'with %s is fitted to the container from its first frame on: no jump from zoom 1 once nodes are measured',
    async (_, precomputed, strict) => {
      const layout = precomputed ? await layoutDiagram(serving) : undefined;
      const host = document.createElement('div');
      document.body.append(host);
      // Watching from before the mount: rendering resolves only after frames have gone by.
      const recording = framesWithNodes(host);
      // Narrower than the diagram at zoom 1, so an unfitted first frame would clip it.
      const diagram = (
        <div style={{ width: 420 }}>
          <PipelineDiagram diagram={serving} layout={layout} height={300} />
        </div>
      );
      const screen = await render(strict ? <StrictMode>{diagram}</StrictMode> : diagram, { container: host });
      await waitFor(() => screen.container.querySelector('.react-flow__edge'));
      await waitForSettledView(screen.container);
      recording.stop();
      const settled = parseTransform(
        screen.container.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
      );
      const { frames } = recording;
      expect(frames.length).toBeGreaterThan(0);
      expect(frames[0]?.zoom).toBeLessThan(1);
      // Every frame, not just the first: nothing resets the view to zoom 1 in between either.
      for (const frame of frames) {
        expect(frame.zoom).toBeCloseTo(settled?.zoom ?? Number.NaN, 3);
        expect(Math.abs(frame.x - (settled?.x ?? Number.NaN))).toBeLessThan(1);
        expect(Math.abs(frame.y - (settled?.y ?? Number.NaN))).toBeLessThan(1);
      }
      await screen.unmount();
      host.remove();
    },
  );
});
