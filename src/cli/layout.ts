import { readFileSync, writeFileSync } from 'node:fs';
import { layoutDiagram } from '../layout';
import { parseDiagram } from '../schema';

/** `mlsd layout FILE -o OUT`: writes the layout JSON that a page can ship instead of running elk. */
export async function layoutCommand(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const outIndex = args.indexOf('-o');
  const target = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('-') && (outIndex < 0 || i !== outIndex + 1));
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
