/**
 * Acceptance on the two real articles the project started from. They are read from the
 * shared research folder beside the repository (CI has it); they are not copied in.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../server/src/engine';
import type * as Tables from '../server/src/project/tables';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(path.resolve(__dirname, '../../server/out/engine')) as typeof Engine;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tables = require(path.resolve(__dirname, '../../server/out/project/tables')) as typeof Tables;

const ARTICLES = path.resolve(__dirname, '../../../shared/research/articles');

function checkArticle(file: string): Engine.CheckResult {
  const compiled = new tables.TableLoader().load({ defaultTable: true, files: [] });
  assert.ok(compiled.compiled, JSON.stringify(compiled.errors));
  const text = fs.readFileSync(path.join(ARTICLES, file), 'utf8');
  return engine.check(text, compiled.compiled, { format: 'plaintext', today: '2026-11-21' });
}

describe('the real articles', function () {
  before(function () {
    if (!fs.existsSync(ARTICLES)) this.skip();
  });

  it('flags only the FIOP of "Free and Open Indo-Pacific (FIOP)" in the 2026 article', () => {
    const r = checkArticle('2026-03-06-misri-oue.txt');
    assert.equal(r.articleDate, '2026-03-06');
    assert.equal(r.findings.length, 1, JSON.stringify(r.findings, null, 2));
    const [f] = r.findings;
    assert.equal(f.rule, 'acronym');
    assert.equal(f.text, 'FIOP');
    assert.deepEqual(f.fixes, [{ title: 'Replace with "FOIP"', edits: [{ offset: f.offset, length: 4, text: 'FOIP' }] }]);
    const text = fs.readFileSync(path.join(ARTICLES, '2026-03-06-misri-oue.txt'), 'utf8');
    assert.equal(text.slice(f.offset - 28, f.offset + 5), 'Free and Open Indo-Pacific (FIOP)');
  });

  it('flags nothing in the 2025 article', () => {
    const r = checkArticle('2025-05-22-misri-tokyo.txt');
    assert.equal(r.articleDate, '2025-05-22');
    assert.deepEqual(r.findings, []);
  });
});
