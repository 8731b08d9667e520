import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { DiagramError } from './errors';
import type { Locator, SourceResult } from './source-text';

/** Reads YAML text into a plain value and a locator over its nodes. */
export function readYaml(text: string): SourceResult {
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
  const locate: Locator = (path, at = 'value') => {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      const offset = yamlOffset(doc, prefix, depth === path.length && at === 'key');
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

function fail(code: DiagramError['code'], message: string): SourceResult {
  return { ok: false, errors: [{ code, path: [], message }] };
}
