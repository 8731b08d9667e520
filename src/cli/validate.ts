import { readFileSync } from 'node:fs';
import { formatPath, parseDiagram } from '../schema';

/** `mlsd validate FILE... [--format json]`: compiler-style problems; exit 1 when any file is invalid. */
export function validateCommand(args: string[], out: NodeJS.WritableStream & { isTTY?: boolean }): number {
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
