/**
 * Content rules for every diagram in diagrams/: it validates, is complete enough to teach from, and
 * is written for its own system (no sentence copied between diagrams).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Diagram, FRAMEWORK_STEPS, parseDiagram } from '../../src/schema';

const dir = new URL('../../diagrams/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^[a-z0-9-]+\.json$/.test(f));
const CASE_STUDIES = [
  'visual-search',
  'street-view-blurring',
  'video-search',
  'harmful-content-detection',
  'video-recommendation',
  'event-recommendation',
  'ad-click-prediction',
  'similar-listings',
  'news-feed',
  'people-you-may-know',
];
const PATTERNS = [
  'ml-lifecycle',
  'feature-store',
  'monitoring-and-retraining',
  'two-stage-recommender',
  'fraud-detection',
  'ctr-prediction-serving',
  'search-ranking',
];

const diagrams: Diagram[] = files.map((file) => {
  const result = parseDiagram(readFileSync(new URL(file, dir), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.diagram;
});

function allTradeoffs(d: Diagram) {
  return [...(d.tradeoffs ?? []), ...d.nodes.flatMap((n) => n.tradeoffs ?? [])];
}

/** Every prose string in a diagram, with where it came from. */
function proseOf(d: Diagram): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => text && out.push({ where, text });
  add('summary', d.summary);
  for (const [step, notes] of Object.entries(d.framework ?? {}))
    for (const n of notes ?? []) add(`framework.${step}`, n);
  for (const g of d.groups) add(`group ${g.id}`, g.description);
  for (const n of d.nodes) add(`node ${n.id} notes`, n.notes);
  for (const t of allTradeoffs(d)) {
    add(`trade-off '${t.topic}' rationale`, t.rationale);
    for (const o of t.options)
      for (const text of [...(o.pros ?? []), ...(o.cons ?? [])]) add(`trade-off '${t.topic}'`, text);
  }
  return out;
}

/** Sentences long enough that sharing one means copied prose rather than a common phrase. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.split(' ').length >= 6);
}

describe('the catalog', () => {
  it('holds the ten case studies and the seven core patterns, each file named by its id', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...CASE_STUDIES, ...PATTERNS].sort());
    for (const [i, d] of diagrams.entries()) expect(`${d.id}.json`).toBe(files[i]);
    for (const d of diagrams) expect(d.tags?.includes('case-study'), d.id).toBe(CASE_STUDIES.includes(d.id));
  });

  describe.each(diagrams.map((d) => [d.id, d] as const))('%s', (_, d) => {
    it('states requirements with numbers, the ML framing, all 7 steps and both kinds of metric', () => {
      expect(d.requirements?.length).toBeGreaterThanOrEqual(3);
      expect(d.requirements?.some((r) => /\d/.test(r.value) && /latency|ms/i.test(`${r.label} ${r.value}`))).toBe(true);
      for (const step of FRAMEWORK_STEPS) expect(d.framework?.[step]?.length, step).toBeGreaterThanOrEqual(2);
      expect(d.framework?.framing?.join(' ')).toMatch(/input/i);
      expect(d.framework?.framing?.join(' ')).toMatch(/output/i);
      expect(d.metrics?.offline?.length).toBeGreaterThan(0);
      expect(d.metrics?.online?.length).toBeGreaterThan(0);
    });

    it('separates the online request path from offline pipelines, with no empty group', () => {
      const stages = new Set(d.groups.map((g) => g.stage));
      expect(stages.has('online')).toBe(true);
      expect(stages.has('offline')).toBe(true);
      for (const g of d.groups) {
        const members =
          d.nodes.filter((n) => n.group === g.id).length + d.groups.filter((c) => c.parent === g.id).length;
        expect(members, `group ${g.id}`).toBeGreaterThan(0);
      }
    });

    it('connects every node', () => {
      const connected = new Set(d.edges.flatMap((e) => [e.from, e.to]));
      expect(d.nodes.filter((n) => !connected.has(n.id)).map((n) => n.id)).toEqual([]);
    });

    it('argues at least four trade-offs, each with a choice that names one of its options and a rationale', () => {
      const tradeoffs = allTradeoffs(d);
      expect(tradeoffs.length).toBeGreaterThanOrEqual(4);
      for (const t of tradeoffs) {
        expect(
          t.options.map((o) => o.name),
          t.topic,
        ).toContain(t.choice);
        expect(t.rationale?.length ?? 0, t.topic).toBeGreaterThan(20);
        for (const o of t.options) expect((o.pros?.length ?? 0) + (o.cons?.length ?? 0), o.name).toBeGreaterThan(0);
      }
    });

    it('gives aliases to components and cites only web links', () => {
      expect(d.nodes.filter((n) => n.aliases?.length).length).toBeGreaterThanOrEqual(d.nodes.length / 3);
      for (const s of d.sources ?? []) expect(s.url).toMatch(/^https?:\/\//);
    });
  });

  it('shares no sentence between two diagrams', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const d of diagrams) {
      const own = new Set<string>();
      for (const { where, text } of proseOf(d)) {
        for (const sentence of sentences(text)) {
          const first = seen.get(sentence);
          if (first && !own.has(sentence)) shared.push(`"${sentence}" in ${first} and ${d.id} (${where})`);
          own.add(sentence);
          if (!first) seen.set(sentence, d.id);
        }
      }
    }
    expect(shared).toEqual([]);
  });
});
