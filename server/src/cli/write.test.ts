import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readDraft } from '../project/read';
import { spawnSync } from 'node:child_process';
import { writeDraftAtomic, WriteRefused } from './write';

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
    assert.deepEqual({ text: draft.text, bom: draft.bom }, { text: 'FIOP\r\n', bom: true });
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

  describe('refuses, leaving the file as it was', () => {
    it('a_text_read_with_bytes_that_are_not_utf8', () => {
      const file = path.join(dir, 'a.md');
      const bytes = Buffer.concat([Buffer.from('Line one.\nCaf'), Buffer.from([0xe9]), Buffer.from(' talks on the FIOP plan.\n')]);
      fs.writeFileSync(file, bytes);
      const draft = readDraft(file);
      assert.deepEqual(draft.undecodable, { line: 2, column: 4, byte: 13 });
      assert.throws(() => writeDraftAtomic(file, { ...draft, text: draft.text.replace('FIOP', 'FOIP') }), (e: Error) => e instanceof WriteRefused && /not valid UTF-8 \(line 2, column 4: byte 13/.test(e.message));
      assert.deepEqual(fs.readFileSync(file), bytes);
    });

    it('finds_the_bad_byte_after_a_real_replacement_character', () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, Buffer.concat([Buffer.from('\uFEFFok \uFFFD x'), Buffer.from([0xff])]));
      assert.deepEqual(readDraft(file).undecodable, { line: 1, column: 7, byte: 11 });
      fs.writeFileSync(file, Buffer.from('\uFEFFok \uFFFD x'));
      assert.equal(readDraft(file).undecodable, undefined);
    });

    it('a_read_only_file', () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, 'FIOP\n');
      fs.chmodSync(file, 0o444);
      const draft = readDraft(file);
      assert.throws(() => writeDraftAtomic(file, { ...draft, text: 'FOIP\n' }), (e: Error) => e instanceof WriteRefused && /read-only/.test(e.message));
      assert.equal(fs.readFileSync(file, 'utf8'), 'FIOP\n');
      assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    });

    it('a_file_that_changed_after_it_was_read', () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, 'FIOP\n');
      const draft = readDraft(file);
      fs.appendFileSync(file, 'A line the writer added meanwhile.\n');
      assert.throws(() => writeDraftAtomic(file, { ...draft, text: 'FOIP\n' }), (e: Error) => e instanceof WriteRefused && /changed after factlint read it/.test(e.message));
      assert.equal(fs.readFileSync(file, 'utf8'), 'FIOP\nA line the writer added meanwhile.\n');
      assert.deepEqual(fs.readdirSync(dir), ['a.md']);
    });

    it('a_hard_linked_file_that_changed_after_it_was_read', () => {
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, 'FIOP\n');
      fs.linkSync(file, path.join(dir, 'b.md'));
      const draft = readDraft(file);
      fs.appendFileSync(file, 'more\n');
      assert.throws(() => writeDraftAtomic(file, { ...draft, text: 'FOIP\n' }), WriteRefused);
      assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), 'FIOP\nmore\n');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'b.md']);
    });
  });

  it('keeps_hard_links_by_rewriting_in_place', () => {
    const file = path.join(dir, 'a.md');
    const other = path.join(dir, 'b.md');
    fs.writeFileSync(file, 'FIOP and more text\n');
    fs.linkSync(file, other);
    const inode = fs.statSync(file).ino;
    writeDraftAtomic(file, { ...readDraft(file), text: 'FOIP\n' });
    assert.equal(fs.readFileSync(other, 'utf8'), 'FOIP\n');
    assert.equal(fs.statSync(file).ino, inode);
    assert.equal(fs.statSync(file).nlink, 2);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'b.md']);
  });

  it('keeps_a_group_writable_mode_whatever_the_umask', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'x');
    fs.chmodSync(file, 0o664);
    writeDraftAtomic(file, { ...readDraft(file), text: 'y' });
    assert.equal(fs.statSync(file).mode & 0o777, 0o664);
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;

  /** Skips a test that needs root (to own files as others, or to run as another user), saying why. */
  function needsRoot(test: Mocha.Context, why: string): void {
    if (root) return;
    console.log(`      (skipped: ${why} needs root, and this run is not root)`);
    test.skip();
  }

  /**
   * Fixes `file` ("FIOP" → "FOIP") in a process of user `nobody` (65534), in a folder anyone may
   * write in: its exit status, and what it printed (the class and message of a refusal).
   */
  function fixAsNobody(file: string): { status: number | null; stdout: string; stderr: string } {
    fs.chmodSync(dir, 0o777);
    const code = `const w = require(${JSON.stringify(require.resolve('./write'))}); const r = require(${JSON.stringify(require.resolve('../project/read'))});
      try { w.writeDraftAtomic(process.argv[1], { ...r.readDraft(process.argv[1]), text: 'FOIP\\n' }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); process.exitCode = 1; }`;
    return spawnSync(process.execPath, ['-e', code, file], { uid: 65534, gid: 65534, encoding: 'utf8' });
  }

  it('keeps_the_owner_and_group_of_a_file_it_replaces', function () {
    needsRoot(this, 'giving a file another owner');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'FIOP\n');
    fs.chownSync(file, 4321, 4322);
    writeDraftAtomic(file, { ...readDraft(file), text: 'FOIP\n' });
    const st = fs.statSync(file);
    assert.deepEqual([st.uid, st.gid, fs.readFileSync(file, 'utf8')], [4321, 4322, 'FOIP\n']);
  });

  it('run_as_another_user_neither_replaces_nor_takes_over_a_file_it_may_not_write', function () {
    needsRoot(this, 'running as another user');
    // A file only its owner (root) may write.
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'FIOP\n');
    fs.chmodSync(file, 0o644);
    const out = fixAsNobody(file);
    assert.match(out.stdout, /^WriteRefused: it is read-only/, out.stderr);
    const st = fs.statSync(file);
    assert.deepEqual([st.uid, fs.readFileSync(file, 'utf8')], [0, 'FIOP\n']);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('run_as_another_user_rewrites_a_file_anyone_may_write_in_place_keeping_its_owner', function () {
    needsRoot(this, 'running as another user');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'FIOP\n');
    fs.chmodSync(file, 0o666);
    const out = fixAsNobody(file);
    assert.equal(out.status, 0, out.stdout + out.stderr);
    const st = fs.statSync(file);
    assert.deepEqual([st.uid, st.mode & 0o777, fs.readFileSync(file, 'utf8')], [0, 0o666, 'FOIP\n']);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('run_as_its_owner_keeps_the_set_user_id_bit_of_a_hard_linked_file_it_rewrites_in_place', function () {
    needsRoot(this, 'running as another user');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'FIOP\n');
    fs.linkSync(file, path.join(dir, 'b.md'));
    fs.chownSync(file, 65534, 65534);
    fs.chmodSync(file, 0o4755);
    const out = fixAsNobody(file);
    assert.equal(out.status, 0, out.stdout + out.stderr);
    assert.deepEqual([fs.statSync(file).mode & 0o7777, fs.readFileSync(path.join(dir, 'b.md'), 'utf8')], [0o4755, 'FOIP\n']);
  });
});
