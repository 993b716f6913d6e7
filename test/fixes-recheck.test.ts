/**
 * Every fix of every fixture, applied alone and re-checked (issue 14): a fix must cure its
 * finding, raise no new one, and leave a readable sentence (no doubled word, no doubled space,
 * no space before punctuation that was not there). A garbled fix is worse than none.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from './cli-inprocess';

const ROOT = path.resolve(__dirname, '../fixtures');

interface Edit {
  offset: number;
  length: number;
  text: string;
}
interface ReportFinding {
  rule: string;
  message: string;
  offset: number;
  length: number;
  text: string;
  fixes: { title: string; edits: Edit[] }[];
}
interface Report {
  files: { path: string; findings: ReportFinding[] }[];
}

/** The text with the edits applied (they never overlap). */
function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

/** What a sentence must not get from a fix, looked for around the edit. */
function garbled(before: string, after: string): string | null {
  const checks: [RegExp, string][] = [
    [/\b(\w+)\s+\1\b/i, 'a doubled word'],
    [/ {2,}/, 'a doubled space'],
    [/ [,.;:]/, 'a space before punctuation'],
  ];
  for (const [re, what] of checks) if (re.test(after) && !re.test(before)) return what;
  return null;
}

/** A finding as it is compared before and after a fix: where it is moves, what it says does not. */
const key = (f: ReportFinding) => `${f.rule}|${f.text}|${f.message}`;

describe('every fix of every fixture, re-checked', () => {
  const dirs = fs
    .readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  for (const name of dirs) {
    it(`cures its finding and garbles nothing: ${name}`, async () => {
      const dir = path.join(ROOT, name);
      const report = JSON.parse((await runCli(dir, ['--format', 'json', '.'])).stdout) as Report;
      assert.ok(report.files.length > 0, `${name}: no draft was checked`);
      for (const file of report.files) {
        const text = fs.readFileSync(path.join(dir, file.path), 'utf8').replace(/^\uFEFF/, '');
        const before = new Map<string, number>();
        for (const f of file.findings) before.set(key(f), (before.get(key(f)) ?? 0) + 1);
        for (const f of file.findings) {
          for (const fix of f.fixes) {
            const fixed = apply(text, fix.edits);
            const where = `${name}/${file.path} ${f.rule} "${f.text}" → ${fix.title}`;
            const lo = Math.min(...fix.edits.map((e) => e.offset));
            const hi = Math.max(...fix.edits.map((e) => e.offset + e.length));
            const grow = fixed.length - text.length;
            const problem = garbled(text.slice(Math.max(0, lo - 40), hi + 40), fixed.slice(Math.max(0, lo - 40), hi + grow + 40));
            assert.equal(problem, null, `${where}: ${problem}`);
            const again = JSON.parse((await runCli(dir, ['--format', 'json', '--stdin', '--stdin-filename', file.path], fixed)).stdout) as Report;
            const left = new Map(before);
            left.set(key(f), (left.get(key(f)) ?? 0) - 1);
            for (const g of again.files[0].findings) {
              const n = left.get(key(g)) ?? 0;
              assert.ok(n > 0, `${where}: the fixed text has a finding it did not have: ${g.rule} "${g.text}" ${g.message}`);
              left.set(key(g), n - 1);
            }
          }
        }
      }
    });
  }

  it('has fixtures with fixes to re-check', async () => {
    let total = 0;
    for (const name of dirs) {
      const report = JSON.parse((await runCli(path.join(ROOT, name), ['--format', 'json', '.'])).stdout) as Report;
      for (const file of report.files) for (const f of file.findings) total += f.fixes.length;
    }
    assert.ok(total >= 30, `only ${total} fixes in the fixtures`);
  });
});
