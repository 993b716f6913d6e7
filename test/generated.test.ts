/**
 * What lists the rules is generated from the rule files (scripts/generate-rules.js): the files
 * in the repository are up to date, and a new rule needs nothing by hand but its own files.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What scripts/generate-rules.js exports. */
interface Generator {
  generatedFiles(root?: string): { file: string; text: string }[];
  staleFiles(root?: string): string[];
  idAlternation(rules: { id: string }[]): string;
  COMMAND: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.resolve(__dirname, '../../scripts/generate-rules.js')) as Generator;

const ROOT = path.resolve(__dirname, '../..');

/** What the generator reads and writes, copied into a scratch folder. */
function scratchCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-rules-'));
  for (const p of ['server/src/engine', 'common/src/settings.ts', 'package.json', 'docs/checking.md', 'syntaxes/factlint.injection.tmLanguage.json', 'docs/rules', 'docs/contract.md']) {
    fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  }
  return dir;
}

/** A rule that flags nothing, in a file of its own. */
function writeRule(dir: string, file: string, id: string): void {
  const source = [
    "import type { Rule } from './shared/rule';",
    '',
    'export const sample: Rule = {',
    `  id: '${id}' as Rule['id'],`,
    "  description: 'A sample of nothing (\"nothing\").',",
    "  defaultSeverity: 'info',",
    '  *run() {},',
    '};',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'server/src/engine/rules', file), source);
}

/** The generated text of each file, by path. */
function generated(dir: string): Record<string, string> {
  return Object.fromEntries(generator.generatedFiles(dir).map((g) => [g.file, g.text]));
}

describe('files generated from the rule files', () => {
  it('are up to date', () => {
    const stale = generator.staleFiles();
    assert.deepEqual(stale, [], `stale: ${stale.join(', ')}; run \`${generator.COMMAND}\``);
  });

  it('take in a new rule from its file and its page alone', () => {
    const dir = scratchCopy();
    try {
      writeRule(dir, 'title-case.ts', 'title-case');
      fs.writeFileSync(path.join(dir, 'docs/rules/title-case.md'), '# `title-case`\n\nFinds nothing. Default level: **info**.\n');
      const out = generated(dir);
      assert.match(out['server/src/engine/rules/index.ts'], /import \{ sample \} from '\.\/title-case';/);
      assert.match(out['server/src/engine/types.ts'], /'title' \| 'title-case' \| 'title-date'/);
      assert.match(out['common/src/settings.ts'], /'title', 'title-case', 'title-date'/);
      assert.match(out['package.json'], /"title-case": \{[^}]*"markdownDescription": "`title-case` finds a sample of nothing \(\\"nothing\\"\)\. Default: `info`\."/);
      assert.match(out['syntaxes/factlint.injection.tmLanguage.json'], /\|title-case\|title-date\|title\|/);
      assert.match(out['docs/checking.md'], /\n\| `title-case` \| info \| a sample of nothing \|\n/);
      assert.match(out['docs/contract.md'], /\n\| `title-case` \| info \| a sample of nothing \("nothing"\) \|\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a rule whose id is not its file name, and a rule without its page', () => {
    const dir = scratchCopy();
    try {
      writeRule(dir, 'sample.ts', 'other');
      assert.throws(() => generator.generatedFiles(dir), /sample\.ts: the rule's id is "other"; it must be the file's name, "sample"/);
      writeRule(dir, 'sample.ts', 'sample');
      assert.throws(() => generator.generatedFiles(dir), /docs\/rules\/sample\.md is missing/);
      fs.writeFileSync(path.join(dir, 'docs/rules/sample.md'), '# `sample`\n\nFinds nothing. Default level: **error**.\n');
      assert.throws(() => generator.generatedFiles(dir), /docs\/rules\/sample\.md: its first paragraph must say "Default level: \*\*info\*\*"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write an id in the grammar before any id it begins with, else in order', () => {
    assert.equal(generator.idAlternation([{ id: 'b' }, { id: 'a' }, { id: 'a-b' }, { id: 'ab' }]), 'a-b|ab|a|b');
  });
});
