import {
  findNodeAtLocation,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { DiagramError } from './errors';
import type { Locator, SourceResult } from './source-text';
import { lineStarts, position } from './text-position';

/**
 * Reads plain JSON through JSON.parse: V8's parser is iterative, so any depth is safe, and it
 * defines "__proto__" as an own property, never as the prototype. The syntax tree that maps paths
 * to positions is built only when an error needs locating. Undefined when the text is not plain
 * JSON (comments, trailing commas or a syntax error): then readJsonc takes over.
 */
export function readPlainJson(text: string): SourceResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let locateInTree: Locator | undefined;
  const locate: Locator = (path, at) => {
    if (!locateInTree) {
      const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
      locateInTree = root ? treeLocator(root, lineStarts(text)) : () => undefined;
    }
    return locateInTree(path, at);
  };
  return { ok: true, value, locate };
}

/** Reads JSON with comments and trailing commas, or reports its syntax errors with positions. */
export function readJsonc(text: string): SourceResult {
  const lines = lineStarts(text);
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
  return { ok: true, value: toValue(root), locate: treeLocator(root, lines) };
}

function treeLocator(root: JsonNode, lines: number[]): Locator {
  return (path, at = 'value') => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      const target = node.parent?.type === 'property' && depth === path.length && at === 'key' ? node.parent : node;
      return position(lines, target.offset);
    }
    return undefined;
  };
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
