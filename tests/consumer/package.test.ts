/**
 * Installs the packed tarball into a throwaway Vite + React app, builds it, and checks in
 * Chromium that <PipelineDiagram> from the public entry draws its nodes with the shipped CSS.
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../vitest.config.ts';

const repo = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'mlsd-consumer-'));
const rootPkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
/** React versions the package promises to work with (peerDependencies): the current one and 18. */
const REACT_VERSIONS = [rootPkg.devDependencies.react as string, '18.3.1'];
let tarball = '';

beforeAll(() => {
  if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('run `npm run build` before the consumer test');
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repo, encoding: 'utf8' });
  tarball = join(work, packed.trim().split('\n').pop() as string);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A throwaway app that depends on the tarball and the given React. */
function createApp(reactVersion: string): string {
  const app = join(work, `app-react-${reactVersion}`);
  cpSync(new URL('./app/', import.meta.url).pathname, app, { recursive: true });
  cpSync(join(repo, 'diagrams/two-stage-recommender.json'), join(app, 'diagram.json'));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'mlsd-diagrams': `file:${tarball}`, react: reactVersion, 'react-dom': reactVersion },
    }),
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    stdio: 'inherit',
  });
  return app;
}

describe.each(REACT_VERSIONS)('the packed package with React %s', (reactVersion) => {
  let app = '';
  beforeAll(() => {
    app = createApp(reactVersion);
  });

  it('imports in plain Node (no window at import time) and renders on the server', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { PipelineDiagram, layoutDiagram, parseDiagram } from 'mlsd-diagrams';
      import { catalog } from 'mlsd-diagrams/catalog';
      import { parseDiagram as parseOnly } from 'mlsd-diagrams/schema';
      import { PipelineDiagram as LeanDiagram } from 'mlsd-diagrams/react';
      const parsed = parseDiagram(readFileSync('diagram.json', 'utf8'));
      if (!parsed.ok || !parseOnly(readFileSync('diagram.json', 'utf8')).ok) throw new Error('diagram invalid');
      const layout = await layoutDiagram(parsed.diagram);
      const html = renderToString(createElement(PipelineDiagram, { diagram: parsed.diagram, layout }));
      const lean = renderToString(createElement(LeanDiagram, { diagram: parsed.diagram, layout }));
      console.log(JSON.stringify({
        nodes: layout.nodes.length,
        catalog: catalog.length,
        root: html.includes('mlsd-root'),
        // With its precomputed layout, a diagram is drawn on the server, nodes and all.
        serverNodes: [lean, html].map((h) => (h.match(/react-flow__node-component/g) ?? []).length),
      }));
    `;
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').pop() as string);
    expect(result.nodes).toBeGreaterThan(5);
    expect(result.catalog).toBe(17);
    expect(result.root).toBe(true);
    expect(result.serverNodes).toEqual([result.nodes, result.nodes]);
  });

  it('renders PipelineDiagram from mlsd-diagrams/react in Chromium with the shipped stylesheet, loading zod, yaml and elk only on demand', async () => {
    await build({
      root: app,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      build: { outDir: join(app, 'dist'), chunkSizeWarningLimit: 4096 },
    });
    const server = serve(join(app, 'dist'));
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForSelector('.react-flow__node-component', { timeout: 30_000 });
      const ids = JSON.parse(readFileSync(join(app, 'diagram.json'), 'utf8')).nodes.map((n: { id: string }) => n.id);
      for (const id of ids) {
        const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
        expect(box?.width, id).toBeGreaterThan(0);
      }
      const style = await page
        .locator('.mlsd-node')
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { font: s.fontFamily, borderLeft: s.borderLeftWidth };
        });
      expect(style.font).toContain('mlsd-inter');
      expect(style.borderLeft).toBe('3px');
      const h1Margin = await page.locator('h1').evaluate((el) => getComputedStyle(el).marginTop);
      expect(h1Margin, 'the host page keeps its own styles (no global reset)').not.toBe('0px');
      expect(errors).toEqual([]);

      // What the app loads up front holds neither the validator nor elk: both come on demand.
      const upFront = initialChunks(join(app, 'dist'));
      expect(upFront.length).toBeGreaterThan(0);
      const lazy = readdirSync(join(app, 'dist/assets'))
        .filter((f) => f.endsWith('.js') && !upFront.includes(`assets/${f}`))
        .map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8'))
        .join('\n');
      for (const [library, marker] of LIBRARY_MARKERS) {
        for (const file of upFront) {
          expect(readFileSync(join(app, 'dist', file), 'utf8').includes(marker), `${library} in ${file}`).toBe(false);
        }
        expect(lazy.includes(marker), `${library} is in a chunk loaded on demand`).toBe(true);
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
});

/** A string each heavy library's built code contains, minified or not. */
const LIBRARY_MARKERS = [
  ['zod', 'ZodError'],
  ['yaml', 'YAMLParseError'],
  ['elkjs', 'org.eclipse.elk'],
] as const;

/** The JS files index.html loads up front: its entry script and, transitively, their static imports. */
function initialChunks(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return [...seen];
}

function serve(dir: string) {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return createServer((req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
}
