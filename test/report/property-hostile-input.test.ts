import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { run } from '../../src/cli/main.js';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { fakeAwsKeyId } from '../helpers.js';

/**
 * Hostile input as a property: files of random bytes, text in random encodings (UTF-8, UTF-16
 * with and without a BOM, Latin-1) full of control characters, file names made of control
 * characters, a planted key so findings carry those bytes into snippets. Through every format:
 * exit 0, 1 or 2 and no stack trace; JSON, SARIF and GitLab reports parse as JSON, JUnit as
 * XML; text output and the warnings on stderr hold no control character but the line break.
 *
 * The CLI runs in-process (`run` with its own streams), once per case with every format (text on
 * stdout, the rest through --report), to keep this at a few seconds: SEED, NUM_RUNS.
 */
const SEED = 20261205;
const NUM_RUNS = 20;

const CONTROL_IN_TEXT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const CONTROLS = ['\u001b[2K', '\u001b[1A', '\u001b]0;title\u0007', '\r', '\u0007', '\u0000', '\u009b31m', '\u007f', '\u0085', '\t', '\u202e', '\u2028'];

const root = mkdtempSync(join(tmpdir(), 'leakgate-hostile-'));
const reports = mkdtempSync(join(tmpdir(), 'leakgate-hostile-reports-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(reports, { recursive: true, force: true });
});

function memoryStream(chunks: string[]): NodeJS.WriteStream {
  return { write: (chunk: string) => chunks.push(String(chunk)) > 0, isTTY: false, on: () => undefined } as unknown as NodeJS.WriteStream;
}

async function runCli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { PATH: process.env['PATH'], HOME: cwd, CI: '1', NO_COLOR: '1' };
  const ctx: CliContext = { cwd, env, stdout: memoryStream(out), stderr: memoryStream(err), exitCode: 0 };
  const code = await run(args, ctx);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function encode(text: string, encoding: 'utf8' | 'utf16le' | 'utf16le-bom' | 'utf16be-bom' | 'latin1'): Buffer {
  if (encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be-bom') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.from(text, encoding);
}

function parsesAsXml(text: string): boolean {
  const parser = new SaxesParser();
  let ok = true;
  parser.on('error', () => (ok = false));
  parser.write(text).close();
  return ok;
}

const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...CONTROLS), fc.constant('\n'), fc.constant('key = "@KEY@" # ')), { maxLength: 12 })
  .map((parts) => parts.join('').replace('@KEY@', fakeAwsKeyId()));
const fileName = fc
  .array(fc.oneof(fc.constantFrom(...CONTROLS, '\n', 'é', '日本', '🎉'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map((parts) => `f${parts.join('').replace(/[/\u0000]/g, '_')}.py`.slice(0, 60));
const file = fc.record({
  name: fileName,
  content: fc.oneof(
    fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)),
    fc.tuple(hostileText, fc.constantFrom('utf8', 'utf16le', 'utf16le-bom', 'utf16be-bom', 'latin1') as fc.Arbitrary<Parameters<typeof encode>[1]>).map(([text, enc]) => encode(text, enc)),
  ),
});

let dirs = 0;

describe('hostile input property: every format stays valid and terminal-safe', () => {
  it('exits 0/1/2 with parseable reports and escaped text, whatever the bytes and names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
        const dir = join(root, String(dirs++));
        mkdirSync(dir);
        for (const { name, content } of files) writeFileSync(join(dir, name), content);
        // One scan writes every format: text to stdout, the others with --report.
        const others = FORMAT_NAMES.filter((format) => format !== 'text');
        const result = await runCli(['scan', '.', '-f', 'text', ...others.flatMap((format) => ['--report', `${format}=${join(reports, format)}`])], dir);
        expect([0, 1, 2], result.stderr).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        if (result.code === 2) return;
        expect(result.stdout).not.toMatch(CONTROL_IN_TEXT);
        // Warnings name files too (unreadable, skipped): stderr is a terminal as well.
        expect(result.stderr).not.toMatch(CONTROL_IN_TEXT);
        for (const format of ['json', 'sarif', 'gitlab']) expect(() => JSON.parse(readFileSync(join(reports, format), 'utf8'))).not.toThrow();
        expect(parsesAsXml(readFileSync(join(reports, 'junit'), 'utf8'))).toBe(true);
        expect(readFileSync(join(reports, 'github'), 'utf8')).toMatch(/scanned/);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });
});
