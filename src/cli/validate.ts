import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDiagram } from '../schema';
import { type FileResult, jsonReport, problemLines, summaryLine } from './validate-report';

/** Output streams and environment of a command; tests pass their own. */
export interface CommandIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

/** Help for `mlsd validate`. */
export const VALIDATE_HELP = `Usage: mlsd validate [options] FILE|DIR...

Checks diagram files (JSON, JSON with comments, or YAML) and prints one line per problem:

  path:line:col  message (suggestion)

A directory stands for the .json, .yaml and .yml files directly inside it; - reads stdin. Files named
*.schema.json or *.layout.json are skipped: they are not diagrams.

Options:
  --format text|json   text (default): compiler-style lines and a summary on stderr;
                       json: one report on stdout, {ok, valid, invalid, files, skipped},
                       each file {file, ok, errors: [{code, path, line, column, message,
                       suggestion}]}
  -h, --help           show this help

Colour is used only when stdout is a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit status: 0 when every file is valid, 1 when any file is invalid or unreadable,
2 on a usage error (no files, unknown option).
`;

const NOT_DIAGRAMS = /\.(?:schema|layout)\.json$/;
const DIAGRAM_FILES = /\.(?:json|ya?ml)$/;

/** `mlsd validate FILE... [--format json]`: compiler-style problems; exit 1 when any file is invalid. */
export function validateCommand(args: string[], io: CommandIo): number {
  const usage = (message: string) => {
    io.err.write(`mlsd validate: ${message}\n\n${VALIDATE_HELP}`);
    return 2;
  };
  let format = 'text';
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-h' || arg === '--help') {
      io.out.write(VALIDATE_HELP);
      return 0;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg === '--format' ? (args[++i] ?? '') : arg.slice('--format='.length);
      if (format !== 'text' && format !== 'json') return usage(`--format must be text or json, not '${format}'`);
    } else if (arg.startsWith('-') && arg !== '-') return usage(`unknown option '${arg}'`);
    else targets.push(arg);
  }
  if (targets.length === 0) return usage('name at least one diagram file');

  const { files, skipped } = expand(targets);
  const results = files.map(validateFile);
  if (format === 'json') {
    io.out.write(jsonReport(results, skipped));
  } else {
    const color = wantsColor(io);
    for (const line of problemLines(results, color)) io.out.write(`${line}\n`);
    for (const file of skipped) io.err.write(`${file}: skipped, not a diagram\n`);
    io.err.write(`${summaryLine(results, color)}\n`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

function wantsColor(io: CommandIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.out.isTTY);
}

/** Directories become the diagram files inside them; schema and layout files are set aside. */
function expand(targets: string[]): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const target of targets) {
    const inside = isDirectory(target)
      ? readdirSync(target)
          .filter((name) => DIAGRAM_FILES.test(name))
          .sort()
          .map((name) => join(target, name))
      : [target];
    for (const file of inside) (NOT_DIAGRAMS.test(file) ? skipped : files).push(file);
  }
  return { files, skipped };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function validateFile(file: string): FileResult {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    return {
      file,
      ok: false,
      errors: [{ code: 'unreadable_file', path: [], message: `cannot read the file: ${reason}` }],
    };
  }
  const result = parseDiagram(text);
  return { file, ok: result.ok, errors: result.ok ? [] : result.errors };
}
