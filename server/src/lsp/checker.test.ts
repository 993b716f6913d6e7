import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FactsCache } from '../project/cache';
import { DEFAULT_TABLE_FILE, TableLoader } from '../project/tables';
import { Checker } from './checker';
import type { DocumentSetup } from './workspace';

describe('the checker of open documents', () => {
  let dir: string;
  let checker: Checker;
  const setup: DocumentSetup = { enabled: true, tables: { defaultTable: true, files: [] }, rules: {}, origins: new Map(), configUnusable: false, problems: [] };
  const uri = 'file:///drafts/race.md';
  const head = '---\ndate: 2026-03-06\n---\n';

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-checker-'));
    checker = new Checker(new TableLoader({ cache: new FactsCache(dir) }), DEFAULT_TABLE_FILE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the newer outcome when the check of an older version finishes last', () => {
    const v1 = TextDocument.create(uri, 'markdown', 1, `${head}The Free and Open Indo-Pacific (FIOP).\n`);
    const v2 = TextDocument.create(uri, 'markdown', 2, `${head}The Special Strategic Global Partnership.\n`);
    const newer = checker.run(v2, setup);
    const older = checker.run(v1, setup);
    assert.deepEqual(older.diagnostics.map((d) => d.code), ['acronym'], 'the older check returns its own result to its caller');
    assert.equal(checker.last(uri), newer);
    assert.equal(checker.current(v2), newer);
    assert.deepEqual(checker.current(v2)!.diagnostics.map((d) => d.code), ['term']);
    assert.equal(checker.current(v1), undefined);
  });
});
