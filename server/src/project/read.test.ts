import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readDraft, readRegularFile } from './read';

describe('reading drafts', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-read-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads_a_regular_file_with_its_bom_kept_aside', () => {
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '\ufeffThe text.\n');
    assert.deepEqual({ ...readDraft(file), digest: undefined }, { text: 'The text.\n', bom: true, digest: undefined });
  });

  it('refuses_a_device_saying_what_it_is_without_reading_it', function () {
    // A device such as /dev/zero never ends: read, it would fill the memory. /dev/null is one that does.
    if (!fs.existsSync('/dev/null')) return this.skip();
    assert.throws(() => readDraft('/dev/null'), { message: 'it is a character device, not a regular file' });
  });

  it('refuses_a_named_pipe_without_waiting_for_a_writer', function () {
    if (process.platform === 'win32') return this.skip();
    const pipe = path.join(dir, 'pipe.md');
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0);
    assert.throws(() => readDraft(pipe), { message: 'it is a named pipe, not a regular file' });
  });

  it('refuses_a_folder', () => {
    assert.throws(() => readRegularFile(dir), { message: 'it is a folder, not a regular file' });
  });
});
