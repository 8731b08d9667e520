import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

/** A stream that keeps what is written to it; `isTTY` stands in for a terminal. */
function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => chunks.join('') };
}

async function run(args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const out = sink(options.tty);
  const err = sink();
  const code = await runCli(args, { out: out.stream, err: err.stream, env: options.env ?? {} });
  return { code, stdout: out.text(), stderr: err.text() };
}

const ESC = '\u001b[';
let dir: string;
let good: string;
let bad: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlsd-validate-'));
  good = join(dir, 'good.json');
  bad = join(dir, 'bad.yaml');
  writeFileSync(
    good,
    JSON.stringify({ version: 1, id: 'good', title: 'Good', nodes: [{ id: 'a', kind: 'model', label: 'A' }] }),
  );
  writeFileSync(
    bad,
    [
      'version: 1',
      'id: bad',
      'title: Bad',
      'nodes:',
      '  - id: ranker',
      '    kind: rankng',
      '    label: Ranker',
      'edges:',
      '  - from: ranker',
      '    to: rankr',
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'one.json'), JSON.stringify({ version: 1, id: 'one', title: 'One', nodes: [] }));
  writeFileSync(join(dir, 'folder', 'diagram.schema.json'), '{"type": "object"}');
  writeFileSync(join(dir, 'folder', 'notes.txt'), 'not a diagram');
});

describe('mlsd validate', () => {
  it('prints compiler-style path:line:col lines and exits 1 when a file is invalid', async () => {
    const { code, stdout, stderr } = await run(['validate', good, bad]);
    expect(code).toBe(1);
    expect(stdout.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/bad.yaml:6:11  node 'ranker' kind 'rankng' is unknown (did you mean 'ranking'?)
      <dir>/bad.yaml:10:9  edge 0 (ranker → rankr): target 'rankr' is not a node id (did you mean 'ranker'?)
      "
    `);
    expect(stderr).toBe('✗ 2 problems in 1 of 2 files\n');
  });

  it('exits 0 and prints only the summary when every file is valid', async () => {
    expect(await run(['validate', good])).toEqual({ code: 0, stdout: '', stderr: '✓ 1 file valid\n' });
  });

  it('uses colour on a terminal only, and honours NO_COLOR and FORCE_COLOR', async () => {
    const tty = await run(['validate', bad], { tty: true });
    expect(tty.stdout).toContain(`${ESC}36m${bad}:6:11${ESC}39m`);
    expect(tty.stdout).toContain(`${ESC}2m(did you mean 'ranking'?)${ESC}22m`);
    expect((await run(['validate', bad])).stdout).not.toContain(ESC);
    expect((await run(['validate', bad], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['validate', bad], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });

  it('--format json prints one machine-readable report with every error field', async () => {
    const { code, stdout, stderr } = await run(['validate', '--format', 'json', good, bad]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, valid: 1, invalid: 1, skipped: [] });
    expect(report.files[0]).toEqual({ file: good, ok: true, errors: [] });
    expect(report.files[1].errors[0]).toEqual({
      code: 'invalid_value',
      path: ['nodes', 0, 'kind'],
      line: 6,
      column: 11,
      message: "node 'ranker' kind 'rankng' is unknown",
      suggestion: "did you mean 'ranking'?",
    });
    expect((await run(['validate', `--format=json`, good])).stdout).toContain('"ok": true');
  });

  it('reports a missing file as a problem of that file', async () => {
    const missing = join(dir, 'missing.json');
    const { code, stdout } = await run(['validate', good, missing]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${missing}:1:1  cannot read the file: no such file\n`);
  });

  it('expands a directory to its diagram files and skips schema and layout files', async () => {
    const { code, stdout, stderr } = await run(['validate', join(dir, 'folder')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${join(dir, 'folder', 'diagram.schema.json')}: skipped, not a diagram\n✓ 1 file valid\n`);
  });

  it('exits 2 with the usage on a usage error', async () => {
    for (const args of [['validate'], ['validate', '--format', 'xml', good], ['validate', '--strict', good]]) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: mlsd validate');
    }
  });
});

describe('mlsd help', () => {
  it('documents every command, and each command has its own --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate FILE|DIR...');
    expect(help.stdout).toContain('layout FILE [-o OUT.layout.json]');
    for (const command of ['validate', 'layout']) {
      const own = await run([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toContain(`Usage: mlsd ${command}`);
      expect(own.stdout).toContain('Exit status');
      expect((await run(['help', command])).stdout).toBe(own.stdout);
    }
  });

  it('exits 2 on an unknown command or no command', async () => {
    const unknown = await run(['valdate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'valdate' (did you mean 'validate'?)");
    expect((await run([])).code).toBe(2);
  });
});
