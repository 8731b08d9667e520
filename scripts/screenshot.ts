/**
 * Screenshots Storybook stories with Debian's Chromium, for looking at what we build.
 * Usage: npx tsx scripts/screenshot.ts [--base http://127.0.0.1:6006] [--width 1280] [--out tmp/shots] STORY_ID...
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../vitest.config.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value ?? fallback;
};
const base = option('--base', 'http://127.0.0.1:6006');
const width = Number(option('--width', '1280'));
const height = Number(option('--height', '800'));
const out = option('--out', 'tmp/shots');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
for (const id of args) {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.react-flow__node, .mlsd-errors, .mlsd-catalog', { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(400);
  const file = `${out}/${id}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
