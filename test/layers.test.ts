/**
 * The layers of the codebase are lint rules (eslint.config.mjs): each case plants one import in a
 * file of a layer and lints it with the repository's own configuration, so a rule that stops
 * firing — a typo in a pattern, a glob that no longer matches the folder — fails here.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');

/** Lints `code` as if it were the file at `file` (relative to the repository) and returns the import-rule messages. */
async function importProblems(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** A planted import, where, and a piece of the message that must name what to do instead. */
interface Case {
  file: string;
  code: string;
  says: string;
}

const BAD: Case[] = [
  { file: 'server/src/engine/rules/planted.ts', code: "import * as fs from 'node:fs';", says: 'The engine is pure' },
  { file: 'server/src/engine/planted.ts', code: "import { readFileSync } from 'fs';", says: 'The engine is pure' },
  { file: 'server/src/engine/text/planted.ts', code: "import type { TextDocument } from 'vscode-languageserver-textdocument';", says: 'knows no editor' },
  { file: 'server/src/engine/planted.ts', code: "import { main } from '../cli/main';", says: 'imports no front end' },
  { file: 'server/src/engine/rules/planted.ts', code: "import { TableCompiler } from '../../project/tables';", says: 'imports no front end' },
  { file: 'server/src/engine/planted.test.ts', code: "import { Checker } from '../lsp/checker';", says: 'imports no front end' },
  { file: 'server/src/cli/planted.ts', code: "import { applyFixes } from '../engine/fix';", says: 'through its index' },
  { file: 'server/src/cli/formatters/planted.ts', code: "import type { Severity } from '../../engine/types';", says: 'through its index' },
  { file: 'server/src/lsp/planted.ts', code: "export { loadTables } from '../engine/facts/load';", says: 'through its index' },
  { file: 'server/src/server.ts', code: "import { LineIndex } from './engine/text/positions';", says: 'through its index' },
  { file: 'server/src/project/planted.test.ts', code: "import { scan } from '../engine/match/scan';", says: 'through its index' },
  { file: 'server/src/cli/planted.ts', code: "import { Checker } from '../lsp/checker';", says: 'never import each other' },
  { file: 'server/src/cli/formatters/planted.ts', code: "import { hoverMarkdown } from '../../lsp/hover';", says: 'never import each other' },
  { file: 'server/src/lsp/planted.ts', code: "import { checkDraft } from '../cli/job';", says: 'never import each other' },
  { file: 'server/src/server.ts', code: "import { main } from './cli/main';", says: 'never import each other' },
  { file: 'server/src/project/planted.ts', code: "import { Checker } from '../lsp/checker';", says: 'never import each other' },
  { file: 'client/src/planted.ts', code: "import { Checker } from '../../server/src/lsp/checker';", says: 'never imports the server' },
  { file: 'common/src/planted.ts', code: "import { main } from '../../server/src/cli/main';", says: 'imports neither' },
];

const GOOD: Case[] = [
  { file: 'server/src/engine/rules/planted.ts', code: "import { dateSpan } from '../text/dates';", says: '' },
  { file: 'server/src/engine/rules/planted.test.ts', code: "import assert from 'node:assert/strict';", says: '' },
  { file: 'server/src/cli/planted.ts', code: "import { check } from '../engine';\nimport { TableCompiler } from '../project/tables';", says: '' },
  { file: 'server/src/lsp/planted.test.ts', code: "import { TEST_TABLE } from '../engine/rules/testing';", says: '' },
  { file: 'server/src/server.ts', code: "import { describeAt } from './engine';\nimport { Checker } from './lsp/checker';", says: '' },
  { file: 'client/src/planted.ts', code: "import { RULE_IDS } from '../../common/out/settings';", says: '' },
];

describe('layers (eslint.config.mjs)', function () {
  // Loading the configuration and the TypeScript parser takes a few seconds the first time.
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });

  for (const c of BAD) {
    it(`rejects ${c.code.split(' from ')[1]} in ${c.file}`, async () => {
      const problems = await importProblems(eslint, c.file, c.code);
      assert.equal(problems.length, 1, `expected one import problem, got ${JSON.stringify(problems)}`);
      assert.ok(problems[0].includes(c.says), problems[0]);
    });
  }

  for (const c of GOOD) {
    it(`allows ${c.code.replace(/\n/g, ' ')} in ${c.file}`, async () => {
      assert.deepEqual(await importProblems(eslint, c.file, c.code), []);
    });
  }
});
