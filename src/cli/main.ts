import { didYouMean } from '../schema/suggest';
import { layoutCommand } from './layout';
import { type CommandIo, VALIDATE_HELP, validateCommand } from './validate';

const HELP = `mlsd — validate and lay out ML system diagrams

Usage: mlsd COMMAND [options] [FILE...]

Commands:
  validate FILE|DIR...             check diagram files and print every problem as
                                   path:line:col  message; exit 1 when any is invalid
           [--format text|json]    json: one machine-readable report on stdout
  layout FILE [-o OUT.layout.json] compute the layout a page can ship instead of running
                                   elkjs; prints it to stdout without -o
  help [COMMAND]                   show this help, or a command's help

Run 'mlsd COMMAND --help' for a command's options. Diagram files are JSON (comments and
trailing commas allowed) or YAML; see diagrams/diagram.schema.json for the format.

Exit status: 0 success, 1 invalid input, 2 usage error.
`;

const LAYOUT_HELP = `Usage: mlsd layout FILE [-o OUT.layout.json]

Validates FILE and computes its layout with elkjs: positions, sizes, group boxes and edge
routes as JSON. Pass the result to <PipelineDiagram layout={...}> so the page never loads
elkjs; a layout computed from different content is detected by its hash and recomputed.

Options:
  -o FILE                write the layout to FILE instead of stdout
  --direction right|down override the diagram's direction
  --expanded ID,ID       lay these nodes out as expanded trade-off cards
  -h, --help             show this help

Exit status: 0 written, 1 the diagram is invalid (problems on stderr as path:line:col
message), 2 usage error.
`;

const COMMAND_HELP: Record<string, string> = { validate: VALIDATE_HELP, layout: LAYOUT_HELP };

/** Runs the CLI with the given arguments; returns the exit code. */
export async function runCli(
  args: string[],
  io: CommandIo = { out: process.stdout, err: process.stderr, env: process.env },
): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    io.err.write(HELP);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !Object.hasOwn(COMMAND_HELP, topic)) return unknownCommand(topic, io);
    io.out.write(topic === undefined ? HELP : (COMMAND_HELP[topic] as string));
    return 0;
  }
  if (!Object.hasOwn(COMMAND_HELP, command)) return unknownCommand(command, io);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out.write(COMMAND_HELP[command] as string);
    return 0;
  }
  if (command === 'validate') return validateCommand(rest, io);
  return layoutCommand(rest, io.out, io.err);
}

function unknownCommand(command: string, io: CommandIo): number {
  const hint = didYouMean(command, Object.keys(COMMAND_HELP));
  io.err.write(`mlsd: unknown command '${command}'${hint ? ` (${hint})` : ''}\n\n${HELP}`);
  return 2;
}

const invokedDirectly = process.argv[1] && /(?:^|[/\\])(?:cli|main)\.[cm]?[jt]s$|[/\\]mlsd$/.test(process.argv[1]);
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
