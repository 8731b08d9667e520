import { readFileSync, writeFileSync } from 'node:fs';
import { layoutDiagram } from '../layout';
import { formatPath, parseDiagram } from '../schema';

const HELP = `mlsd — validate, lay out and render ML system diagrams

Usage:
  mlsd validate FILE...               check diagram files; exit 1 when any is invalid
       [--format text|json]           json prints one result object per file
  mlsd layout FILE -o OUT.layout.json compute a layout to ship with the diagram
  mlsd --help                         show this help
`;

/** Runs the CLI with the given arguments; returns the exit code. */
export async function runCli(args: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(HELP);
    return command ? 0 : 1;
  }
  if (command === 'validate') return validate(rest, out);
  if (command === 'layout') return layout(rest, out, err);
  err.write(`mlsd: unknown command '${command}'\n\n${HELP}`);
  return 2;
}

function validate(args: string[], out: NodeJS.WritableStream & { isTTY?: boolean }): number {
  const json = args.includes('--format') && args[args.indexOf('--format') + 1] === 'json';
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--format');
  const color = Boolean(out.isTTY) && !process.env.NO_COLOR;
  const red = (s: string) => (color ? `\u001b[31m${s}\u001b[39m` : s);
  let failed = 0;
  const results = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      failed++;
      return { file, ok: false, errors: [{ code: 'unreadable', path: [], message: (cause as Error).message }] };
    }
    const result = parseDiagram(text);
    if (!result.ok) failed++;
    return { file, ok: result.ok, errors: result.ok ? [] : result.errors };
  });
  if (json) out.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const result of results) {
      for (const e of result.errors) {
        const where = 'line' in e && e.line ? `${result.file}:${e.line}:${e.column ?? 1}` : result.file;
        const hint = 'suggestion' in e && e.suggestion ? ` (${e.suggestion})` : '';
        out.write(`${where}  ${red('error')} ${formatPath(e.path)}: ${e.message}${hint}\n`);
      }
    }
  if (!json) out.write(`${files.length - failed} valid, ${failed} invalid\n`);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

async function layout(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const outIndex = args.indexOf('-o');
  const target = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('-') && i !== outIndex + 1);
  if (!file) {
    err.write('mlsd layout: name a diagram file\n');
    return 2;
  }
  const result = parseDiagram(readFileSync(file, 'utf8'));
  if (!result.ok) {
    for (const e of result.errors) err.write(`${file}:${e.line ?? 1}:${e.column ?? 1}  ${e.message}\n`);
    return 1;
  }
  const computed = await layoutDiagram(result.diagram);
  const text = `${JSON.stringify(computed)}\n`;
  if (target) writeFileSync(target, text);
  else out.write(text);
  return 0;
}

const invokedDirectly = process.argv[1] && /(?:^|[/\\])(?:cli|main)\.[cm]?[jt]s$|[/\\]mlsd$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
