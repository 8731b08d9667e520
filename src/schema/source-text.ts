import {
  findNodeAtLocation,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { DiagramError } from './errors';
import { LIMITS } from './limits';

/** Finds the line and column (1-based) of the value at a JSON path, or of its nearest ancestor. */
export type Locator = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

type SourceResult = { ok: true; value: unknown; locate: Locator } | { ok: false; errors: DiagramError[] };

/**
 * Reads diagram text: JSON (comments and trailing commas allowed) or YAML. Returns the plain value
 * and a locator that maps JSON paths back to line and column.
 */
export function readSourceText(raw: string): SourceResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') {
    return fail('empty_input', 'the input is empty; a diagram needs at least "version", "id", "title" and "nodes"');
  }
  if (text.length > LIMITS.textLength) {
    return fail(
      'too_large',
      `the input is ${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.textLength.toLocaleString('en')}`,
    );
  }
  const lines = lineStarts(text);
  const json = looksLikeJson(text);
  const deep = findExcessiveNesting(text) ?? (json ? undefined : findExcessiveIndentation(text, lines));
  if (deep !== undefined) {
    return {
      ok: false,
      errors: [
        {
          code: 'too_deep',
          path: [],
          ...position(lines, deep),
          message: `values are nested more than ${LIMITS.depth} levels deep; a diagram never needs that many`,
        },
      ],
    };
  }
  return json ? readJson(text, lines) : readYaml(text);
}

function fail(code: DiagramError['code'], message: string): SourceResult {
  return { ok: false, errors: [{ code, path: [], message }] };
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{"/]/.test(text);
}

function readJson(text: string, lines: number[]): SourceResult {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || root === undefined) {
    // One mistake makes the parser report several follow-on errors at the same offset; keep the first.
    const firstAtOffset = parseErrors.filter((e, i) => parseErrors.findIndex((f) => f.offset === e.offset) === i);
    const errors: DiagramError[] = firstAtOffset.slice(0, 20).map((error) => ({
      code: 'invalid_syntax',
      path: [],
      ...position(lines, error.offset),
      message: `not valid JSON: ${describeJsonError(printParseErrorCode(error.error))}`,
    }));
    return {
      ok: false,
      errors: errors.length ? errors : [{ code: 'invalid_syntax', path: [], message: 'not valid JSON' }],
    };
  }
  const locate: Locator = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      // Point at a property's key rather than its value, so "unknown property" lands on the name.
      const target = node.parent?.type === 'property' && depth === path.length ? node.parent : node;
      return position(lines, target.offset);
    }
    return undefined;
  };
  return { ok: true, value: toValue(root), locate };
}

const JSON_ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between items",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

function describeJsonError(code: string): string {
  return Object.hasOwn(JSON_ERROR_WORDS, code) ? (JSON_ERROR_WORDS[code] as string) : code;
}

/** Builds the plain value; keys are defined as own properties so "__proto__" can never set a prototype. */
function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, String(key.value), {
          value: toValue(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

function readYaml(text: string): SourceResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch {
    return fail('invalid_syntax', 'not valid JSON or YAML');
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          code: 'invalid_syntax' as const,
          path: [],
          line,
          column: col,
          message: `not valid YAML: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // The yaml library throws only when aliases expand past maxAliasCount (a "billion laughs" file).
    return fail(
      'too_large',
      'YAML aliases expand to too many values; write the repeated parts out or use fewer aliases',
    );
  }
  const locate: Locator = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      const offset = yamlOffset(doc, prefix, depth === path.length);
      if (offset !== undefined) {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      }
    }
    return undefined;
  };
  return { ok: true, value, locate };
}

function yamlOffset(doc: Document.Parsed, path: (string | number)[], preferKey: boolean): number | undefined {
  if (path.length === 0) return doc.contents?.range?.[0];
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (preferKey && isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isScalar(pair.key)) return pair.key.range?.[0];
  }
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node && typeof node === 'object' ? node.range?.[0] : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
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
function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"') quote = ch;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > LIMITS.depth) return i;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Offset of the first YAML line nested deeper than the limit. Block nesting shows as indentation
 * (each "- " opening a sequence item counts as one more level), which the bracket count cannot see;
 * the yaml parser recurses per level, so this check keeps its stack safe.
 */
function findExcessiveIndentation(text: string, starts: number[]): number | undefined {
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
