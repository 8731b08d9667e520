import type { DiagramError } from '../schema';

/** A problem with a file: a diagram error, or the file could not be read at all. */
export type FileProblem = DiagramError | { code: 'unreadable_file'; path: []; message: string };

/** The outcome of validating one file. */
export interface FileResult {
  file: string;
  ok: boolean;
  errors: FileProblem[];
}

const paint = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const PLAIN = { where: (s: string) => s, hint: (s: string) => s, bad: (s: string) => s, good: (s: string) => s };
const COLOURS = { where: paint(36, 39), hint: paint(2, 22), bad: paint(31, 39), good: paint(32, 39) };

/**
 * Compiler-style lines, `path:line:col  message (suggestion)`, one per problem: editors and CI
 * problem matchers jump straight to the place. Problems without a position point at 1:1.
 */
export function problemLines(results: readonly FileResult[], color: boolean): string[] {
  const c = color ? COLOURS : PLAIN;
  return results.flatMap((result) =>
    result.errors.map((error) => {
      const line = 'line' in error && error.line ? error.line : 1;
      const column = 'column' in error && error.column ? error.column : 1;
      const hint = 'suggestion' in error && error.suggestion ? ` ${c.hint(`(${error.suggestion})`)}` : '';
      return `${c.where(`${result.file}:${line}:${column}`)}  ${error.message}${hint}`;
    }),
  );
}

/** "✗ 3 problems in 1 of 17 files" or "✓ 17 files valid". */
export function summaryLine(results: readonly FileResult[], color: boolean): string {
  const c = color ? COLOURS : PLAIN;
  const invalid = results.filter((r) => !r.ok);
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  if (invalid.length === 0) return c.good(`✓ ${files(results.length)} valid`);
  const problems = invalid.reduce((sum, r) => sum + r.errors.length, 0);
  return c.bad(
    `✗ ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${invalid.length} of ${files(results.length)}`,
  );
}

/** Machine-readable output for `--format json`: stable field names, one entry per file. */
export function jsonReport(results: readonly FileResult[], skipped: readonly string[]): string {
  const valid = results.filter((r) => r.ok).length;
  const report = { ok: valid === results.length, valid, invalid: results.length - valid, files: results, skipped };
  return `${JSON.stringify(report, null, 2)}\n`;
}
