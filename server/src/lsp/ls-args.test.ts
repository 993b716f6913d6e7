import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { packageVersion } from '../project/paths';
import { lsArguments } from './ls-args';

const BIN = path.resolve(__dirname, '../../../bin/factlint-ls.js');

describe('factlint-ls arguments', () => {
  it('answers --help and --version and exits 0, as a command does', () => {
    assert.match(lsArguments(['--help'], '1.2.3')?.stdout ?? '', /^Usage: factlint-ls --stdio/);
    assert.deepEqual(lsArguments(['-v'], '1.2.3'), { exit: 0, stdout: '1.2.3\n' });
    for (const flag of ['--version', '--help']) {
      const r = spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.ok(flag === '--version' ? r.stdout === `${packageVersion()}\n` : r.stdout.includes('--socket=PORT'), r.stdout);
    }
  });

  it('starts the server for a way to talk, and says which to choose when none is given (exit 2, no stack trace)', () => {
    for (const argv of [['--stdio'], ['--node-ipc', '--clientProcessId=12'], ['--socket=5007'], ['--pipe=/tmp/x']]) assert.equal(lsArguments(argv, '1'), undefined, argv.join(' '));
    const r = spawnSync(process.execPath, [BIN], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^factlint-ls: say how the editor talks to the server: --stdio/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});
