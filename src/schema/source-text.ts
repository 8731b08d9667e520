import type { DiagramError } from './errors';
import { readJsonc, readPlainJson } from './json-source';
import { LIMITS } from './limits';
import { findExcessiveIndentation, findExcessiveNesting, lineStarts, position } from './text-position';
import { readYaml } from './yaml-source';

/**
 * Finds the line and column (1-based) of the value at a JSON path, or of its nearest ancestor.
 * With `at: 'key'` it points at the property name instead, where "unknown property" belongs.
 */
export type Locator = (
  path: readonly (string | number)[],
  at?: 'key' | 'value',
) => { line: number; column: number } | undefined;

/**
 * A parsed text: the plain value and its locator, or syntax errors. `tooDeep`, when present, must
 * be consulted before reporting shape errors: plain JSON skips the nesting scan up front because
 * a valid diagram is shallow by construction, so only an invalid one can be too deep.
 */
export type SourceResult =
  | { ok: true; value: unknown; locate: Locator; tooDeep?: () => DiagramError | undefined }
  | { ok: false; errors: DiagramError[] };

/**
 * Reads diagram text: JSON (comments and trailing commas allowed) or YAML. Returns the plain value
 * and a locator that maps JSON paths back to line and column.
 */
export function readSourceText(raw: string): SourceResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!/\S/.test(text)) {
    return fail('empty_input', 'the input is empty; a diagram needs at least "version", "id", "title" and "nodes"');
  }
  if (text.length > LIMITS.textLength) {
    return fail(
      'too_large',
      `the input is ${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.textLength.toLocaleString('en')}`,
    );
  }
  const json = looksLikeJson(text);
  if (json) {
    const plain = readPlainJson(text);
    if (plain?.ok) return { ...plain, tooDeep: () => depthError(text, true) };
  }
  const deep = depthError(text, json);
  if (deep) return { ok: false, errors: [deep] };
  return json ? readJsonc(text) : readYaml(text);
}

/** The too_deep error when brackets (or, in YAML, indentation) nest past the limit. */
function depthError(text: string, json: boolean): DiagramError | undefined {
  const deep = findExcessiveNesting(text) ?? (json ? undefined : findExcessiveIndentation(text, lineStarts(text)));
  if (deep === undefined) return undefined;
  return {
    code: 'too_deep',
    path: [],
    ...position(lineStarts(text), deep),
    message: `values are nested more than ${LIMITS.depth} levels deep; a diagram never needs that many`,
  };
}

/** A result holding one error about the whole input. */
export function fail(code: DiagramError['code'], message: string): SourceResult {
  return { ok: false, errors: [{ code, path: [], message }] };
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{"/]/.test(text);
}
