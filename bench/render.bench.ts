/**
 * Render benchmark, in Chromium (playwright-core driving /usr/bin/chromium): time from mount to
 * every node drawn, for the catalog diagrams and generated graphs of 30–1,000 nodes, measured in
 * one run side by side with
 *  - Mermaid (flowchart with subgraphs, ELK layout) rendering the same graph — the peer for our
 *    component laying out at runtime (elk in a worker);
 *  - bare React Flow mounting the same positioned nodes — the peer for our component given a
 *    precomputed layout.
 * "fresh": a new browser context per run (nothing compiled or cached), timed from the mount call,
 * as the issue defines it; "fresh, from navigation": the same runs timed from navigation start, so
 * loading the page's scripts counts too; "warm": the same page mounting again, from the mount call. At 1,000 nodes it also reports
 * the longest main-thread task (PerformanceObserver 'longtask') while laying out.
 * The pages (bench/render-pages) are built with Vite into a temporary folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { layoutDiagram } from '../src/layout';
import { type Diagram, parseDiagram } from '../src/schema';
import { serveStatic } from '../tests/helpers/static-server';
import { syntheticDiagram } from '../tests/helpers/synthetic-diagram';
import { CHROMIUM_ARGS } from '../vitest.config';
import type { BenchCase, RunResult } from './render-pages/harness';
import { type BenchRow, median } from './stats';

const SIZES = [30, 100, 300, 1000];

type Subject = { name: string; page: string; query: string; peer?: string };
const ALL_SUBJECTS: Subject[] = [
  { name: 'mermaid (elk)', page: 'mermaid.html', query: '' },
  { name: 'ours, runtime layout', page: 'ours.html', query: '', peer: 'mermaid (elk)' },
  { name: 'bare React Flow', page: 'bare.html', query: '' },
  { name: 'ours, precomputed layout', page: 'ours.html', query: '&layout=precomputed', peer: 'bare React Flow' },
];
/** `BENCH_SUBJECTS=bare,precomputed` narrows a run to subjects whose names contain those words. */
const SUBJECTS = ALL_SUBJECTS.filter(
  (s) => !process.env.BENCH_SUBJECTS || process.env.BENCH_SUBJECTS.split(',').some((word) => s.name.includes(word)),
);

/** How many fresh and warm runs a graph of this size gets (big graphs are slow to render with Mermaid). */
function runsFor(nodes: number): { fresh: number; warm: number } {
  const scale = Number(process.env.BENCH_RUNS_SCALE ?? 1);
  // Five fresh runs below 300 nodes: with three, one diagram's ratio moved by ±0.3 between runs.
  const base = nodes >= 1000 ? { fresh: 2, warm: 2 } : nodes >= 300 ? { fresh: 3, warm: 3 } : { fresh: 5, warm: 5 };
  return { fresh: Math.max(1, Math.round(base.fresh * scale)), warm: Math.max(1, Math.round(base.warm * scale)) };
}

/** The graph as a Mermaid flowchart: groups as (nested) subgraphs, edge labels kept. */
export function toMermaid(diagram: Diagram): string {
  const nodeId = new Map(diagram.nodes.map((n, i) => [n.id, `n${i}`]));
  const groupId = new Map(diagram.groups.map((g, i) => [g.id, `g${i}`]));
  const text = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  const lines = [`flowchart ${diagram.direction === 'down' ? 'TB' : 'LR'}`];
  const emitGroup = (parent: string | undefined, indent: string) => {
    for (const node of diagram.nodes.filter((n) => (n.group ?? undefined) === parent)) {
      lines.push(`${indent}${nodeId.get(node.id)}[${text(node.label)}]`);
    }
    for (const group of diagram.groups.filter((g) => (g.parent ?? undefined) === parent)) {
      lines.push(`${indent}subgraph ${groupId.get(group.id)}[${text(group.label)}]`);
      emitGroup(group.id, `${indent}  `);
      lines.push(`${indent}end`);
    }
  };
  emitGroup(undefined, '  ');
  for (const edge of diagram.edges) {
    const label = edge.label ? `|${text(edge.label)}|` : '';
    lines.push(`  ${nodeId.get(edge.from)} -->${label} ${nodeId.get(edge.to)}`);
  }
  return lines.join('\n');
}

async function makeCases(): Promise<BenchCase[]> {
  const diagrams: Diagram[] = [];
  const dir = new URL('../diagrams/', import.meta.url);
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file.includes('.schema.') || file.includes('.layout.')) continue;
    const result = parseDiagram(readFileSync(new URL(file, dir), 'utf8'));
    if (result.ok) diagrams.push(result.diagram);
    else process.stderr.write(`  skipping invalid ${file}\n`);
  }
  for (const size of SIZES) {
    const result = parseDiagram(syntheticDiagram(size));
    if (!result.ok) throw new Error(`synthetic-${size} is invalid: ${result.errors[0]?.message}`);
    diagrams.push(result.diagram);
  }
  const cases: BenchCase[] = [];
  for (const diagram of diagrams) {
    process.stderr.write(`  laying out ${diagram.id}…\n`);
    cases.push({ id: diagram.id, diagram, layout: await layoutDiagram(diagram), mermaid: toMermaid(diagram) });
  }
  return cases;
}

async function buildPages(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL('./render-pages/', import.meta.url));
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react(), tailwindcss()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      rollupOptions: {
        input: { ours: join(root, 'ours.html'), bare: join(root, 'bare.html'), mermaid: join(root, 'mermaid.html') },
      },
    },
  });
}

/** Gzipped bytes of the JS and CSS a page loads up front (its script, CSS and module preloads). */
function initialBytes(outDir: string, page: string): number {
  const html = readFileSync(join(outDir, page), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return [...new Set(assets)].reduce((sum, asset) => sum + gzipSync(readFileSync(join(outDir, asset))).length, 0);
}

async function fresh(browser: Browser, url: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}&auto=1`);
    await page.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 180_000 });
    const result = await page.evaluate(() => window.benchResult);
    if (!result || 'error' in result) throw new Error(`${url}: ${result?.error}`);
    return result;
  } finally {
    await context.close();
  }
}

async function warm(browser: Browser, url: string, runs: number): Promise<RunResult[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 60_000 });
    const results: RunResult[] = [];
    // Variant 1 warms up (loads elk, compiles); variants 2… are measured.
    for (let variant = 1; variant <= runs + 1; variant++) {
      const result = await page.evaluate((v) => window.bench.run(v), variant);
      if (variant > 1) results.push(result);
    }
    return results;
  } finally {
    await context.close();
  }
}

type Samples = Map<string, { fresh: RunResult[]; warm: RunResult[] }>;
/** How each run is timed in the report: see the file comment. */
const MODES = ['fresh', 'fresh, from navigation', 'warm'] as const;

function rowsFor(c: BenchCase, samples: Samples): BenchRow[] {
  const rows: BenchRow[] = [];
  const label = `${c.id} (${c.diagram.nodes.length} nodes)`;
  for (const mode of MODES) {
    const pick = (r: RunResult) => (mode === 'fresh, from navigation' ? r.sinceNavigation : r.ms);
    for (const subject of SUBJECTS) {
      const own = samples.get(subject.name)?.[mode === 'warm' ? 'warm' : 'fresh'] ?? [];
      if (own.length === 0) continue;
      const peer = subject.peer ? samples.get(subject.peer)?.[mode === 'warm' ? 'warm' : 'fresh'] : undefined;
      const m = median(own.map(pick));
      rows.push({
        benchmark: 'render',
        case: label,
        subject: `${subject.name}, ${mode}`,
        medianMs: m,
        runs: own.length,
        ratio: peer?.length ? m / median(peer.map(pick)) : undefined,
        note: subject.peer ? `vs ${subject.peer}` : undefined,
      });
    }
  }
  if (c.diagram.nodes.length >= 1000) {
    for (const subject of SUBJECTS.filter((s) => s.name === 'ours, runtime layout' || s.name === 'mermaid (elk)')) {
      const all = [...(samples.get(subject.name)?.fresh ?? []), ...(samples.get(subject.name)?.warm ?? [])];
      if (!all.length) continue;
      rows.push({
        benchmark: 'render',
        case: label,
        subject: `${subject.name}: longest task while laying out`,
        medianMs: median(all.map((r) => r.longestTaskLayingOut)),
        runs: all.length,
        note: `longest task overall (incl. React committing all nodes) ${median(all.map((r) => r.longestTask)).toFixed(0)} ms`,
      });
    }
  }
  return rows;
}

/** Render benchmark: see the file comment. */
export async function renderBench(): Promise<BenchRow[]> {
  const only = process.env.BENCH_CASES?.split(',');
  const cases = (await makeCases()).filter((c) => !only || only.includes(c.id));
  const outDir = mkdtempSync(join(tmpdir(), 'mlsd-render-bench-'));
  process.stderr.write(`  building pages into ${outDir}…\n`);
  await buildPages(outDir);
  mkdirSync(join(outDir, 'cases'));
  for (const c of cases) writeFileSync(join(outDir, 'cases', `${c.id}.json`), JSON.stringify(c));
  const { server, url } = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  for (const page of ['ours.html', 'bare.html', 'mermaid.html']) {
    const kb = initialBytes(outDir, page) / 1024;
    process.stderr.write(`  ${page}: ${kb.toFixed(0)} KiB gzip loaded up front\n`);
    rows.push({
      benchmark: 'render',
      case: 'page weight',
      subject: page,
      medianMs: 0,
      runs: 1,
      note: `${kb.toFixed(0)} KiB gzip JS+CSS up front (React included; lazy chunks not counted)`,
    });
  }
  const catalog: { subject: string; medians: number[]; ratios: number[] }[] = [];
  try {
    for (const c of cases) {
      const { fresh: freshRuns, warm: warmRuns } = runsFor(c.diagram.nodes.length);
      process.stderr.write(`  ${c.id}: ${freshRuns} fresh, ${warmRuns} warm runs per subject\n`);
      const samples: Samples = new Map(SUBJECTS.map((s) => [s.name, { fresh: [], warm: [] }]));
      // Interleave subjects run by run so that machine noise hits all of them alike.
      // A subject that fails (e.g. times out on a huge graph) is reported, not fatal to the run.
      const failed = new Map<string, string>();
      const attempt = async (s: Subject, run: () => Promise<void>) => {
        if (failed.has(s.name)) return;
        try {
          await run();
        } catch (error) {
          failed.set(s.name, String(error).split('\n')[0] ?? 'failed');
          process.stderr.write(`  ${s.name} failed on ${c.id}: ${failed.get(s.name)}\n`);
        }
      };
      for (let i = 0; i < freshRuns; i++) {
        for (const s of SUBJECTS) {
          await attempt(s, async () => {
            samples.get(s.name)?.fresh.push(await fresh(browser, `${url}/${s.page}?case=${c.id}${s.query}`));
          });
        }
      }
      for (const s of SUBJECTS) {
        await attempt(s, async () => {
          samples.get(s.name)?.warm.push(...(await warm(browser, `${url}/${s.page}?case=${c.id}${s.query}`, warmRuns)));
        });
      }
      for (const [subject, reason] of failed) {
        rows.push({
          benchmark: 'render',
          case: c.id,
          subject,
          medianMs: Number.NaN,
          runs: 0,
          note: `failed: ${reason}`,
        });
      }
      const caseRows = rowsFor(c, samples);
      rows.push(...caseRows);
      if (!c.id.startsWith('synthetic-')) {
        for (const row of caseRows) {
          let entry = catalog.find((e) => e.subject === row.subject);
          if (!entry) {
            entry = { subject: row.subject, medians: [], ratios: [] };
            catalog.push(entry);
          }
          entry.medians.push(row.medianMs);
          if (row.ratio !== undefined) entry.ratios.push(row.ratio);
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    if (!process.env.BENCH_KEEP) rmSync(outDir, { recursive: true, force: true });
  }
  const summary: BenchRow[] = catalog.map((e) => ({
    benchmark: 'render',
    case: `catalog, median of ${e.medians.length} diagrams`,
    subject: e.subject,
    medianMs: median(e.medians),
    runs: e.medians.length,
    ratio: e.ratios.length ? median(e.ratios) : undefined,
    note: e.ratios.length
      ? `ratio: median over diagrams (range ${Math.min(...e.ratios).toFixed(2)}–${Math.max(...e.ratios).toFixed(2)})`
      : undefined,
  }));
  return [...summary, ...rows];
}
