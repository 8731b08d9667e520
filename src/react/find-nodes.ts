import { distance } from 'fastest-levenshtein';
import type { Diagram } from '../schema';

/** A node matching a search, best first. */
export interface NodeMatch {
  id: string;
  label: string;
  /** Higher is better; only the order is meaningful. */
  score: number;
  /** The text that matched: the label, the id or an alias. */
  matched: string;
}

/**
 * Fuzzy search over each node's label, id and aliases: exact, prefix, word-prefix, substring,
 * in-order letters ("cgen" → "Candidate generation") and, for longer queries, one or two typos.
 * A hand-rolled scorer rather than a library because nodes number in the tens and the fields
 * are short; it adds no bytes beyond the edit distance the schema already ships. Pure.
 */
export function findNodes(diagram: Diagram, query: string, limit = 8): NodeMatch[] {
  const q = normalise(query);
  if (!q) return [];
  const matches: NodeMatch[] = [];
  for (const node of diagram.nodes) {
    let best: NodeMatch | undefined;
    for (const text of [node.label, node.id, ...(node.aliases ?? [])]) {
      const score = matchScore(q, normalise(text));
      if (score > 0 && (!best || score > best.score)) best = { id: node.id, label: node.label, score, matched: text };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();
}

/** Score of normalised query `q` against normalised text `t`; 0 when it does not match. */
export function matchScore(q: string, t: string): number {
  if (t === q) return 100;
  if (t.startsWith(q)) return 90;
  const words = t.split(' ');
  if (words.some((w) => w.startsWith(q))) return 80;
  if (t.includes(q)) return 70;
  const spread = subsequenceSpread(q.replace(/ /g, ''), t);
  if (spread !== undefined) return 40 + Math.max(0, 20 - spread);
  if (q.length >= 4) {
    const allowed = q.length >= 7 ? 2 : 1;
    const candidates = [t.slice(0, q.length), ...words];
    const closest = Math.min(...candidates.map((c) => distance(q, c)));
    if (closest <= allowed) return 30 - closest * 5;
  }
  return 0;
}

/** How many letters of `t` lie between the first and last letter of `q` found in order, or undefined. */
function subsequenceSpread(q: string, t: string): number | undefined {
  let at = -1;
  let first = -1;
  for (const ch of q) {
    at = t.indexOf(ch, at + 1);
    if (at < 0) return undefined;
    if (first < 0) first = at;
  }
  return at - first + 1 - q.length;
}
