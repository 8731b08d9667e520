import { layoutCommand } from './layout';
import { validateCommand } from './validate';

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
  if (command === 'validate') return validateCommand(rest, out);
  if (command === 'layout') return layoutCommand(rest, out, err);
  err.write(`mlsd: unknown command '${command}'\n\n${HELP}`);
  return 2;
}

const invokedDirectly = process.argv[1] && /(?:^|[/\\])(?:cli|main)\.[cm]?[jt]s$|[/\\]mlsd$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
