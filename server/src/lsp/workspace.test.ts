import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace } from './workspace';

describe('workspace', () => {
  it('finds the tables a setting names by glob once each, through a folder that links to itself', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ws-')));
    try {
      fs.mkdirSync(path.join(dir, 'facts'));
      fs.writeFileSync(path.join(dir, 'facts', 'team.facts.yaml'), 'version: 1\n');
      // Two links back up: a walk that follows them without noting real folders never ends.
      fs.symlinkSync('..', path.join(dir, 'facts', 'up'));
      fs.symlinkSync('.', path.join(dir, 'facts', 'again'));
      const ws = new Workspace();
      ws.folders = [dir];
      const setup = ws.setup(pathToFileURL(path.join(dir, 'draft.md')).href, { enable: true, facts: ['**/*.facts.yaml'], useDefaultFacts: false, rules: {}, articleDate: '' });
      assert.deepEqual(setup.tables.files.map((f) => path.relative(dir, fs.realpathSync(f))), [path.join('facts', 'team.facts.yaml')]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
