import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readDraft } from '../project/read';
import { writeDraftAtomic } from './write';

describe('cli write', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-write-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads_the_text_after_a_bom_and_writes_the_bom_back', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '\uFEFFFIOP\r\n');
    const draft = readDraft(file);
    assert.deepEqual(draft, { text: 'FIOP\r\n', bom: true });
    writeDraftAtomic(file, { ...draft, text: 'FOIP\r\n' });
    assert.deepEqual(fs.readFileSync(file), Buffer.from('\uFEFFFOIP\r\n', 'utf8'));
  });

  it('writes_no_bom_when_there_was_none_and_leaves_no_temporary_file', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'FIOP\n');
    writeDraftAtomic(file, { text: 'FOIP\n', bom: false });
    assert.equal(fs.readFileSync(file, 'utf8'), 'FOIP\n');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('keeps_the_file_mode', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'x');
    fs.chmodSync(file, 0o640);
    writeDraftAtomic(file, { text: 'y', bom: false });
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('writes_through_a_symlink_to_its_target', () => {
    const target = path.join(dir, 'real.md');
    const link = path.join(dir, 'link.md');
    fs.writeFileSync(target, 'x');
    fs.symlinkSync(target, link);
    writeDraftAtomic(link, { text: 'y', bom: false });
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'y');
  });

  it('cleans_up_and_throws_when_the_rename_fails', () => {
    // Renaming a file over a non-empty folder fails after the temporary file is written.
    const target = path.join(dir, 'folder.md');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'k');
    assert.throws(() => writeDraftAtomic(target, { text: 'y', bom: false }));
    assert.deepEqual(fs.readdirSync(dir), ['folder.md']);
    assert.deepEqual(fs.readdirSync(target), ['keep']);
  });
});
