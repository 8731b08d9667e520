/**
 * Builds the Storybook gallery and opens every story in Chromium: each must draw its diagram (or
 * its intended error list) with no console error and no uncaught exception.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../vitest.config.ts';
import { serveStatic } from '../helpers/static-server';

const repo = new URL('../../', import.meta.url).pathname;
const outDir = `${repo}storybook-static`;
let server: Server;
let base: string;
let browser: Browser;
let storyIds: string[] = [];

beforeAll(async () => {
  execFileSync('npm', ['run', 'build-storybook', '--silent'], { cwd: repo, stdio: 'ignore' });
  const index = JSON.parse(readFileSync(`${outDir}/index.json`, 'utf8')) as {
    entries: Record<string, { type: string; id: string }>;
  };
  storyIds = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
  ({ server, url: base } = await serveStatic(outDir));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the Storybook gallery', () => {
  it('has one story per catalog diagram, with stable ids', () => {
    const diagrams = readdirSync(`${repo}diagrams`).filter((f) => /^[a-z0-9-]+\.json$/.test(f));
    for (const file of diagrams) {
      const { id, tags } = JSON.parse(readFileSync(`${repo}diagrams/${file}`, 'utf8'));
      const shelf = tags.includes('case-study') ? 'case-studies' : 'patterns';
      expect(storyIds, file).toContain(`${shelf}--${id}`);
    }
  });

  it('renders every story with no console error', async () => {
    expect(storyIds.length).toBeGreaterThan(20);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const failures: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`${current}: uncaught: ${error.message}`));
    for (const id of storyIds) {
      current = id;
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
      const drawn = await page
        .waitForSelector('.react-flow__node, .mlsd-errors, .catalog-index, [data-story-ready]', { timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      if (!drawn) failures.push(`${id}: nothing was drawn`);
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
