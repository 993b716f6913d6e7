/**
 * The layers of the codebase are lint rules (eslint.config.mjs): each case plants one import in a
 * file of a layer and lints it with the repository's own configuration, so a rule that stops
 * firing — a typo in a pattern, a glob that no longer matches the folder — fails here.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');

/** The rules that draw the layers. */
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);

/** Lints `code` as if it were the file at `file` (relative to the repository) and returns the layer rules' messages. */
async function importProblems(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

/** A planted import, where, and a piece of the message that must name what to do instead. */
interface Case {
  file: string;
  code: string;
  says: string;
}

const BAD: Case[] = [
  // The engine: pure, and no front end.
  { file: 'server/src/engine/rules/planted.ts', code: "import * as fs from 'node:fs';", says: 'The engine is pure' },
  { file: 'server/src/engine/planted.ts', code: "import { readFileSync } from 'fs';", says: 'The engine is pure' },
  { file: 'server/src/engine/text/planted.ts', code: "import type { TextDocument } from 'vscode-languageserver-textdocument';", says: 'knows no editor' },
  { file: 'server/src/engine/planted.test.ts', code: "import * as vscode from 'vscode';", says: 'knows no editor' },
  { file: 'server/src/engine/planted.ts', code: "import { main } from '../cli/main';", says: 'imports no front end' },
  { file: 'server/src/engine/planted.ts', code: "import { main } from '.././cli/main';", says: 'imports no front end' },
  { file: 'server/src/engine/planted.ts', code: "import { main } from '../../src/cli/main';", says: 'imports no front end' },
  { file: 'server/src/engine/rules/planted.ts', code: "import { TableLoader } from '../../project/tables';", says: 'imports no front end' },
  { file: 'server/src/engine/planted.test.ts', code: "import { Checker } from '../lsp/checker';", says: 'imports no front end' },
  { file: 'server/src/engine/planted.ts', code: "import { TEST_TABLE } from './rules/testing';", says: 'for tests only' },
  { file: 'server/src/engine/planted.ts', code: 'export const home = process.env.HOME;', says: 'a front end passes in what it needs' },
  { file: 'server/src/engine/text/planted.ts', code: "export const bytes = Buffer.from('x');", says: 'a front end passes in what it needs' },
  { file: 'server/src/engine/planted.ts', code: "export const later = () => import('node:fs');", says: 'no dynamic import()' },
  // Front ends: the engine through its index only.
  { file: 'server/src/cli/planted.ts', code: "import { applyFixes } from '../engine/fix';", says: 'through its index' },
  { file: 'server/src/cli/formatters/planted.ts', code: "import type { Severity } from '../../engine/types';", says: 'through its index' },
  { file: 'server/src/cli/planted.test.ts', code: "import { scan } from '../engine/match/scan';", says: 'through its index' },
  { file: 'server/src/lsp/planted.ts', code: "export { loadTables } from '../engine/facts/load';", says: 'through its index' },
  { file: 'server/src/lsp/planted.test.ts', code: "import { scan } from '../engine/match/scan';", says: 'through its index' },
  { file: 'server/src/server.ts', code: "import { LineIndex } from './engine/text/positions';", says: 'through its index' },
  { file: 'server/src/project/planted.ts', code: "import { loadTables } from '../engine/facts/load';", says: 'through its index' },
  { file: 'server/src/project/planted.test.ts', code: "import { scan } from '../engine/match/scan';", says: 'through its index' },
  // The CLI and the language server apart, in code, tests and test helpers alike; project/ under both.
  { file: 'server/src/cli/planted.ts', code: "import { Checker } from '../lsp/checker';", says: 'Nothing but the language server' },
  { file: 'server/src/cli/formatters/planted.ts', code: "import { hoverMarkdown } from '../../lsp/hover';", says: 'Nothing but the language server' },
  { file: 'server/src/cli/planted.test.ts', code: "import { Checker } from '../lsp/checker';", says: 'Nothing but the language server' },
  { file: 'server/src/cli/testing.ts', code: "import { Checker } from '../lsp/checker';", says: 'Nothing but the language server' },
  { file: 'server/src/lsp/planted.ts', code: "import { checkDraft } from '../cli/job';", says: 'Nothing but the CLI' },
  { file: 'server/src/lsp/planted.test.ts', code: "import { checkDraft } from '../cli/job';", says: 'Nothing but the CLI' },
  { file: 'server/src/server.ts', code: "import { main } from './cli/main';", says: 'Nothing but the CLI' },
  { file: 'server/src/planted.ts', code: "import { main } from './cli/main';", says: 'Nothing but the CLI' },
  { file: 'server/src/project/planted.ts', code: "import { Checker } from '../lsp/checker';", says: 'Nothing but the language server' },
  { file: 'server/src/project/planted.ts', code: "import { main } from '../cli/main';", says: 'Nothing but the CLI' },
  { file: 'server/src/project/planted.test.ts', code: "import { main } from '../cli/main';", says: 'Nothing but the CLI' },
  { file: 'server/src/cli/planted.ts', code: "import { CountingCache } from '../project/testing';", says: 'for tests only' },
  // The client and common/ alone.
  { file: 'client/src/planted.ts', code: "import { Checker } from '../../server/src/lsp/checker';", says: 'never imports the server' },
  { file: 'common/src/planted.ts', code: "import { main } from '../../server/src/cli/main';", says: 'imports neither' },
];

const GOOD: Case[] = [
  { file: 'server/src/engine/rules/planted.ts', code: "import { dateSpan } from '../dates';", says: '' },
  { file: 'server/src/engine/rules/planted.test.ts', code: "import { TEST_TABLE } from './testing';", says: '' },
  { file: 'server/src/engine/rules/planted.test.ts', code: "import assert from 'node:assert/strict';", says: '' },
  { file: 'server/src/cli/planted.ts', code: "import { check } from '../engine';\nimport { TableLoader } from '../project/tables';", says: '' },
  { file: 'server/src/project/planted.test.ts', code: "import { CountingCache } from './testing';", says: '' },
  { file: 'server/src/lsp/planted.test.ts', code: "import { TEST_TABLE } from '../engine/rules/testing';", says: '' },
  { file: 'server/src/server.ts', code: "import { describeAt } from './engine';\nimport { Checker } from './lsp/checker';", says: '' },
  { file: 'client/src/planted.ts', code: "import { RULE_IDS } from '../../common/out/settings';", says: '' },
];

describe('layers (eslint.config.mjs)', function () {
  // Loading the configuration and the TypeScript parser takes a few seconds the first time.
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });

  for (const c of BAD) {
    it(`rejects ${c.code.split(' from ')[1] ?? c.code} in ${c.file}`, async () => {
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
