import { ADVANCE_WIDTHS, METRIC_CHARS } from './font-metrics';

/** A font the views use: the bundled Inter at a size (px) and weight. */
export interface FontSpec {
  size: number;
  weight: 400 | 600;
}

const INDEX = new Map<string, number>([...METRIC_CHARS].map((ch, i) => [ch, i]));
/** Width of characters outside the table (CJK, emoji): a full em, so text is never clipped. */
const FALLBACK_EM = 1000;

/** Width in px of one line of text in the bundled font, computed from its metrics table. */
export function measureText(text: string, font: FontSpec): number {
  const widths = ADVANCE_WIDTHS[font.weight];
  let units = 0;
  for (const ch of text) {
    const index = INDEX.get(ch);
    units += index === undefined ? FALLBACK_EM : (widths[index] ?? FALLBACK_EM);
  }
  return (units * font.size) / 1000;
}

/**
 * Breaks text into lines no wider than maxWidth at spaces and hyphens; a word longer than a line
 * is split by character. Deterministic, and the views use the same lines, so nothing is clipped.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<=[\s-])/)) {
      const candidate = line + word;
      if (measureText(candidate.trimEnd(), font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = '';
      for (const ch of word) {
        if (line && measureText(line + ch, font) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Width in px of the widest of several lines. */
export function widestLine(lines: readonly string[], font: FontSpec): number {
  return lines.reduce((max, line) => Math.max(max, measureText(line, font)), 0);
}
