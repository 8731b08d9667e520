import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { layoutCommand } from '../../src/cli/layout';
import { isLayoutCurrent, layoutDiagram } from '../../src/layout';
import { parseDiagram } from '../../src/schema';

function sink(): PassThrough & { text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return Object.assign(stream, { text: () => text });
}

describe('mlsd layout FILE -o FILE.layout.json', () => {
  it('writes the same layout JSON that layoutDiagram computes, current for the diagram', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-layout-'));
    const file = join(dir, 'tiny.json');
    const source = {
      version: 1,
      id: 'tiny',
      title: 'Tiny',
      nodes: [
        { id: 'app', kind: 'client', label: 'App' },
        { id: 'api', kind: 'service', label: 'API' },
      ],
      edges: [{ from: 'app', to: 'api', kind: 'request', label: 'query' }],
    };
    writeFileSync(file, JSON.stringify(source));
    const out = sink();
    const err = sink();
    const code = await layoutCommand([file, '-o', `${file.replace(/\.json$/, '')}.layout.json`], out, err);
    expect(err.text()).toBe('');
    expect(code).toBe(0);
    const written = readFileSync(join(dir, 'tiny.layout.json'), 'utf8');
    const parsed = parseDiagram(source);
    if (!parsed.ok) throw new Error('invalid');
    expect(written).toBe(`${JSON.stringify(await layoutDiagram(parsed.diagram))}\n`);
    expect(isLayoutCurrent(JSON.parse(written), parsed.diagram)).toBe(true);
  });

  it('takes --direction and --expanded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-layout-'));
    const file = join(dir, 'pair.json');
    const source = {
      version: 1,
      id: 'pair',
      title: 'Pair',
      nodes: [
        { id: 'a', kind: 'service', label: 'A', notes: 'Why this service exists.' },
        { id: 'b', kind: 'service', label: 'B' },
      ],
      edges: [{ from: 'a', to: 'b' }],
    };
    writeFileSync(file, JSON.stringify(source));
    const out = sink();
    expect(await layoutCommand([file, '--direction', 'down', '--expanded', 'a'], out, sink())).toBe(0);
    const layout = JSON.parse(out.text());
    expect(layout.direction).toBe('down');
    expect(layout.nodes[0]).toMatchObject({ id: 'a', expanded: true, width: 360 });
    expect(layout.nodes[1].y).toBeGreaterThan(layout.nodes[0].y + layout.nodes[0].height);
    expect(await layoutCommand([file, '--direction', 'up'], sink(), sink())).toBe(2);
  });

  it('reports an invalid file with its location and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-layout-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      '{ "version": 1, "id": "x", "title": "X", "nodes": [], "edges": [{ "from": "a", "to": "b" }] }',
    );
    const err = sink();
    expect(await layoutCommand([file, '-o', join(dir, 'out.json')], sink(), err)).toBe(1);
    expect(err.text()).toMatch(/broken\.json:\d+:\d+ .*'a'/);
  });
});
