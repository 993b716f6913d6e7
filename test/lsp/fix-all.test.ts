/**
 * The editor's fix-all and `factlint --fix` give the same text, on every fixture draft and on the
 * example drafts: both fix what is unambiguous, check again, and go on until nothing is left.
 * The server is asked as an editor asks on save (`source.fixAll.factlint`); the CLI fixes the
 * same text given on standard input, in the same folder, so the same config and tables apply.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type * as Clock from '../../server/src/project/clock';
import { runCliWith } from '../cli-inprocess';
import { fileUri, TestClient } from './client';

const ROOT = path.resolve(__dirname, '../../..');

// Compiled tests live in test/out, the compiled server in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localDate } = require(path.join(ROOT, 'server/out/project/clock')) as typeof Clock;

/** The drafts the CLI checks in a folder, as its report lists them. */
function draftsOf(dir: string): string[] {
  const expected = path.join(dir, 'expected.json');
  if (fs.existsSync(expected)) return (JSON.parse(fs.readFileSync(expected, 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);
  return fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
}

describe('fix-all in the editor and factlint --fix', () => {
  const folders = [
    ...fs
      .readdirSync(path.join(ROOT, 'test/fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(ROOT, 'test/fixtures', d.name)),
    path.join(ROOT, 'examples'),
  ];
  let client: TestClient;

  before(async () => {
    client = new TestClient(ROOT);
    await client.start(ROOT, false);
  });

  after(async () => {
    await client.stop();
  });

  it('give the same text on every fixture and example draft', async () => {
    let drafts = 0;
    let changed = 0;
    for (const dir of folders) {
      for (const rel of draftsOf(dir)) {
        const file = path.join(dir, rel);
        const text = fs.readFileSync(file, 'utf8');
        const uri = fileUri(file);
        // Both on today's date: a run that spans midnight is run again.
        let editor = '';
        let cli = '';
        for (let attempt = 0; attempt < 2; attempt++) {
          const day = localDate();
          await client.open(uri, text);
          const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.factlint'] },
          })) as CodeAction[];
          const doc = TextDocument.create(uri, 'markdown', 1, text);
          const edits = actions.flatMap((a) => (a.edit?.documentChanges ?? []) as TextDocumentEdit[]).flatMap((c) => c.edits as TextEdit[]);
          editor = TextDocument.applyEdits(doc, edits);
          await client.close(uri);
          const run = await runCliWith(dir, ['--stdin', '--fix', '--stdin-filename', rel], { stdin: text, now: new Date() });
          assert.ok(run.code !== 2, `${rel}: ${run.stderr}`);
          cli = run.stdout;
          if (localDate() === day) break;
        }
        assert.equal(editor, cli, `${path.relative(ROOT, file)}: fix-all and --fix differ`);
        drafts++;
        if (cli !== text) changed++;
      }
    }
    assert.ok(drafts >= 60, `${drafts} drafts`);
    assert.ok(changed >= 10, `${changed} drafts changed by a fix`);
  });
});
