/**
 * Installs the packed tarball into a throwaway Vite + React app, builds it, and checks in
 * Chromium that <PipelineDiagram> from the public entry draws its nodes with the shipped CSS.
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const app = join(work, 'app');

beforeAll(() => {
  if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('run `npm run build` before the consumer test');
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop() as string;
  cpSync(new URL('./app/', import.meta.url).pathname, app, { recursive: true });
  cpSync(join(repo, 'diagrams/two-stage-recommender.json'), join(app, 'diagram.json'));
  const rootPkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        'mlsd-diagrams': `file:${join(work, tarball)}`,
        react: rootPkg.devDependencies.react,
        'react-dom': rootPkg.devDependencies['react-dom'],
      },
    }),
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    stdio: 'inherit',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package in a fresh Vite + React app', () => {
  it('renders PipelineDiagram from the public entry with the shipped stylesheet', async () => {
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: join(app, 'dist') },
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
    } finally {
      await browser.close();
      server.close();
    }
  });
});

function serve(dir: string) {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return createServer((req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0] ?? '');
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
}
