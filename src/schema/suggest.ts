import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `value` by edit distance, when it is near enough to be a likely typo
 * (within about half the longer word's length, so "rankr" finds "ranking" but "app" finds nothing far).
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || value.length === 0) return undefined;
  // Compare case-insensitively but answer with the candidate as written ("hsnw" finds "HNSW").
  const lowered = candidates.map((c) => c.toLowerCase());
  const wanted = value.toLowerCase();
  const best = closest(wanted, lowered);
  const limit = Math.max(2, Math.round(Math.max(value.length, best.length) * 0.45));
  return distance(wanted, best) <= limit ? candidates[lowered.indexOf(best)] : undefined;
}

/** "did you mean 'x'?" when a near candidate exists. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const match = nearest(value, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
