/**
 * `npm run bench`: runs every benchmark and writes a table of medians to stdout and to
 * bench/results/latest.md (plus .json). Benchmarks measure; they never assert timings.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { layoutBench } from './layout.bench';
import { renderBench } from './render.bench';
import type { BenchRow } from './stats';
import { validateBench } from './validate.bench';

const benchmarks: Record<string, () => Promise<BenchRow[]>> = {
  layout: layoutBench,
  validate: validateBench,
  render: renderBench,
};

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  rows.push(...(await run()));
}

const tableOf = (list: BenchRow[]) =>
  [
    '| benchmark | case | subject | median (ms) | runs | ratio | note |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
    ...list.map(
      (r) =>
        `| ${r.benchmark} | ${r.case} | ${r.subject} | ${r.medianMs.toFixed(2)} | ${r.runs} | ${r.ratio?.toFixed(2) ?? ''} | ${r.note ?? ''} |`,
    ),
  ].join('\n');
console.log(tableOf(rows));

// A partial run (`npm run bench validate`) keeps the other benchmarks' last results in the files.
const latestJson = new URL('./results/latest.json', import.meta.url);
const ran = new Set(rows.map((r) => r.benchmark));
const previous: BenchRow[] = only.length && existsSync(latestJson) ? JSON.parse(readFileSync(latestJson, 'utf8')) : [];
const all = [...previous.filter((r) => !ran.has(r.benchmark)), ...rows];
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.md', import.meta.url), `${tableOf(all)}\n`);
writeFileSync(latestJson, `${JSON.stringify(all, null, 2)}\n`);
