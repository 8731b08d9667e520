import { readFileSync, writeFileSync } from 'node:fs';
import { layoutDiagram } from '../layout';
import { parseDiagram } from '../schema';

/** Values of `--name value` options; everything else is positional. */
function readArgs(args: string[], names: readonly string[]): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (names.includes(arg) && i + 1 < args.length) options.set(arg, args[++i] as string);
    else positional.push(arg);
  }
  return { options, positional };
}

/**
 * `mlsd layout FILE [-o OUT] [--direction right|down] [--expanded id,id]`: writes the layout
 * JSON that a page can ship instead of running elk (to stdout without -o). Layout warnings, such
 * as a fallback, go to stderr; the layout is still written.
 */
export async function layoutCommand(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const { options, positional } = readArgs(args, ['-o', '--direction', '--expanded']);
  const file = positional.find((a) => !a.startsWith('-'));
  if (!file) {
    err.write('mlsd layout: name a diagram file\n');
    return 2;
  }
  const direction = options.get('--direction');
  if (direction !== undefined && direction !== 'right' && direction !== 'down') {
    err.write(`mlsd layout: --direction must be right or down, not '${direction}'\n`);
    return 2;
  }
  const result = parseDiagram(readFileSync(file, 'utf8'));
  if (!result.ok) {
    for (const e of result.errors) err.write(`${file}:${e.line ?? 1}:${e.column ?? 1}  ${e.message}\n`);
    return 1;
  }
  const computed = await layoutDiagram(result.diagram, {
    ...(direction ? { direction } : {}),
    expanded: options.get('--expanded')?.split(',').filter(Boolean) ?? [],
  });
  for (const warning of computed.warnings) err.write(`${file}: ${warning}\n`);
  const text = `${JSON.stringify(computed)}\n`;
  const target = options.get('-o');
  if (target) writeFileSync(target, text);
  else out.write(text);
  return 0;
}
