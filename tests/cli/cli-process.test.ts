import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The same as `npx tsx src/cli/main.ts`, without npm's start-up cost and warnings.
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs the real CLI in a child process, as a user's shell would (stdout is a pipe, not a TTY). */
function mlsd(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [tsxCli, 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('mlsd as a subprocess', { timeout: 120_000 }, () => {
  it('validates the whole catalog: exit 0, nothing on stdout, a summary on stderr', () => {
    const diagrams = readdirSync(join(root, 'diagrams')).filter((f) => /^[a-z0-9-]+\.json$/.test(f));
    const { code, stdout, stderr } = mlsd(['validate', 'diagrams']);
    expect(stderr).toContain(`✓ ${diagrams.length} files valid`);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('prints path:line:col lines without colour to a pipe and exits 1, or a JSON report with --format json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      '\uFEFF{\n  // a comment\n  "version": 2,\n  "id": "broken",\n  "title": "Broken",\n  "nodes": [],\n  "lable": 1,\n}\n',
    );
    const text = mlsd(['validate', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain('\u001b[');
    expect(text.stdout.replaceAll(file, '<file>')).toMatchInlineSnapshot(`
      "<file>:3:14  version 2 is not supported; this release reads version 1 (upgrade mlsd-diagrams to read newer files)
      <file>:7:3  the diagram has an unknown property 'lable' (known properties: $schema, version, id, title, summary, tags, direction, requirements, framework, metrics, groups, nodes, edges, tradeoffs, sources)
      "
    `);
    const json = mlsd(['validate', '--format', 'json', file]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.files[0].errors.map((e: { code: string; line: number }) => [e.code, e.line])).toEqual([
      ['unsupported_version', 3],
      ['unknown_property', 7],
    ]);
  });

  it('shows help for the tool and for each command, and exits 2 on misuse', () => {
    const help = mlsd(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate FILE\|DIR\.\.\.[\s\S]*layout FILE/);
    expect(mlsd(['layout', '--help']).stdout).toContain('Usage: mlsd layout FILE [-o OUT.layout.json]');
    const misuse = mlsd(['validate']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('name at least one diagram file');
  });
});
