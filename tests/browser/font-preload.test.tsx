import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../src/layout';
import { PipelineDiagram } from '../../src/react';
import '../../src/react/styles.css';
import { waitFor } from '../helpers/wait';
import { serving } from '../react/fixture';

const interFaces = () => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'mlsd-inter');

describe('the diagram font', () => {
  it('is requested when a diagram first renders, before any of its text is in the document', async () => {
    const layout = await layoutDiagram(serving);
    await document.fonts.ready;
    expect(interFaces().length).toBe(2);
    expect(interFaces().map((face) => face.status)).toEqual(['unloaded', 'unloaded']);
    // Rendering to a string commits nothing, so no style pass can have asked for the font.
    const html = renderToString(<PipelineDiagram diagram={serving} layout={layout} />);
    expect(html).toContain('react-flow__node');
    expect(document.querySelector('.mlsd-node')).toBeNull();
    expect(interFaces().every((face) => face.status !== 'unloaded')).toBe(true);
    await waitFor(() => interFaces().every((face) => face.status === 'loaded'));
  });
});
