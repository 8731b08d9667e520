/** What went wrong, as a stable snake_case code; wording lives where each is detected (shape-issues.ts, semantic-checks.ts, source-text.ts). */
export type DiagramErrorCode =
  | 'invalid_syntax'
  | 'empty_input'
  | 'too_deep'
  | 'too_large'
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_property'
  | 'invalid_value'
  | 'invalid_id'
  | 'invalid_url'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  | 'unsupported_version'
  | 'duplicate_id'
  | 'unknown_node'
  | 'unknown_group'
  | 'group_cycle'
  | 'invalid_choice'
  | 'too_many_errors'
  | 'internal_error';

/** One problem in a diagram: where it is, what is wrong, and how to fix it when we can tell. */
export interface DiagramError {
  code: DiagramErrorCode;
  /** JSON path to the offending value, e.g. ["edges", 3, "to"]. Empty for the whole document. */
  path: (string | number)[];
  /** 1-based line of the offending text, when the input was text. */
  line?: number;
  /** 1-based column of the offending text, when the input was text. */
  column?: number;
  /** Plain-language description naming the place, e.g. "edge 3: target 'rankr' is not a node id". */
  message: string;
  /** A likely fix, e.g. "did you mean 'ranker'?". */
  suggestion?: string;
}

/** The result of parseDiagram: the diagram, or every problem found. */
export type ParseResult<T> = { ok: true; diagram: T } | { ok: false; errors: DiagramError[] };

/** Formats a JSON path the way people read it: `nodes[3].kind`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(root)';
}

/** One error as a single line: "12:7 nodes[3].kind: node 'ranker' kind 'rankr' is unknown (did you mean 'ranking'?)". */
export function formatError(error: DiagramError): string {
  const where = error.line ? `${error.line}:${error.column ?? 1} ` : '';
  const hint = error.suggestion ? ` (${error.suggestion})` : '';
  return `${where}${formatPath(error.path)}: ${error.message}${hint}`;
}
