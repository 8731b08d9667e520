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
      // Failed requests are reported with their URL below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        failures.push(`${current}: console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => failures.push(`${current}: uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
        failures.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
      }
    });
    // Load the preview once, then switch stories over Storybook's channel: one page, every story.
    current = storyIds[0] as string;
    await page.goto(`${base}/iframe.html?id=${current}&viewMode=story`);
    await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
    await page.evaluate(() => {
      const w = window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel; __story?: string; __storyError?: string };
      type Channel = { on: (event: string, fn: (arg: unknown) => void) => void };
      const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
      channel.on('storyRendered', (id) => {
        w.__story = String(id);
      });
      for (const event of ['storyErrored', 'storyThrewException', 'storyMissing']) {
        channel.on(event, (arg) => {
          w.__storyError = `${event}: ${JSON.stringify(arg)?.slice(0, 300)}`;
        });
      }
    });
    for (const id of storyIds) {
      current = id;
      await page.evaluate((storyId) => {
        const w = window as unknown as {
          __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, arg: unknown) => void };
          __story?: string;
          __storyError?: string;
        };
        w.__story = undefined;
        w.__storyError = undefined;
        w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, id);
      const rendered = await page
        .waitForFunction(
          (storyId) => {
            const w = window as unknown as { __story?: string; __storyError?: string };
            return w.__storyError ?? (w.__story === storyId ? 'ok' : false);
          },
          id,
          { timeout: 20_000 },
        )
        .then((handle) => handle.jsonValue())
        // The story the page opened with may have finished rendering before we listened, and
        // asking for it again need not re-render it: its drawn root is proof enough.
        .catch(async () =>
          id === storyIds[0] && (await page.locator('#storybook-root > *').count()) > 0 ? 'ok' : 'timed out',
        );
      if (rendered !== 'ok') {
        failures.push(`${id}: ${rendered}`);
        continue;
      }
      const hasDiagram = await page.locator('#storybook-root .react-flow').count();
      if (hasDiagram) {
        const drawn = await page
          .waitForSelector('#storybook-root .react-flow__node', { timeout: 20_000 })
          .then(() => true)
          .catch(() => false);
        if (!drawn) failures.push(`${id}: the diagram drew no nodes`);
      } else if ((await page.locator('#storybook-root > *').count()) === 0) {
        failures.push(`${id}: nothing was drawn`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
