import { LIMITS } from './limits';

/** Offsets at which each line starts: index i holds the offset of line i + 1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of a character offset, by binary search over the line starts. */
export function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * Offset of the first bracket that opens nesting deeper than the limit, counted without
 * recursion so that pathological input cannot overflow the stack of the parsers after us.
 */
export function findExcessiveNesting(text: string): number | undefined {
  // Jump from one interesting character to the next, and over whole strings with indexOf:
  // several times faster than visiting every character of a large file.
  const interesting = /["[\]{}]/g;
  let depth = 0;
  for (let match = interesting.exec(text); match !== null; match = interesting.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return undefined;
      interesting.lastIndex = end + 1;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth++;
      if (depth > LIMITS.depth) return i;
    } else if (depth > 0) depth--;
  }
  return undefined;
}

/** True when the character at `index` follows an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  while (text.charCodeAt(index - 1 - count) === BACKSLASH) count++;
  return count % 2 === 1;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;

/**
 * Offset of the first YAML line nested deeper than the limit. Block nesting shows as indentation
 * (each "- " opening a sequence item counts as one more level), which the bracket count cannot see;
 * the yaml parser recurses per level, so this check keeps its stack safe.
 */
export function findExcessiveIndentation(text: string, starts: number[]): number | undefined {
  const open: number[] = [];
  for (const start of starts) {
    let column = 0;
    let i = start;
    while (text.charCodeAt(i) === 32) i++;
    const indent = i - start;
    const first = text.charCodeAt(i);
    if (Number.isNaN(first) || first === 10 || first === 13 || first === 35) continue;
    while (open.length > 0 && (open[open.length - 1] as number) >= indent) open.pop();
    open.push(indent);
    column = indent;
    // Compact sequences ("- - - x") nest one level per dash on a single line.
    while (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
      i += 2;
      while (text.charCodeAt(i) === 32) i++;
      column = i - start;
      open.push(column);
      if (open.length > LIMITS.depth) return i;
    }
    if (open.length > LIMITS.depth) return start + column;
  }
  return undefined;
}
