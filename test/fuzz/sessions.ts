/**
 * Editing sessions run the way the language server runs them, and the property they must have:
 * whatever the server reports for a version of a document equals a fresh check of that
 * version's text. In process, a session goes through the server's own document store
 * (`lsp/documents.ts`) and checker (`lsp/checker.ts`); against the real server, through
 * `factlint-ls --stdio` with pull or push diagnostics.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DidCloseTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompiledFacts } from '../../server/src/engine';
import type { DocumentSetup } from '../../server/src/lsp/workspace';
import type { TableLoader } from '../../server/src/project/tables';
import type { TestClient } from '../lsp/client';
import { notifications, type EditCase } from './edits';
import { checker, documents, engine, tables } from './modules';

/** Today as the server reads its clock (a session that runs across midnight is not compared). */
function localDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the in-process sessions share: the server's table loader (with its cache) and the facts compiled without it. */
export interface SessionEnv {
  /** The loader the server uses (it keeps the copy read back from the table cache). */
  loader: TableLoader;
  /** The default table compiled straight from its text. */
  fresh: CompiledFacts;
}

/** The environment of in-process sessions over the default table. */
export function sessionEnv(): SessionEnv {
  const loader = new tables.TableLoader({ keepRestoredCopy: true });
  const loaded = loader.load({ defaultTable: true, files: [] });
  assert.ok(loaded.compiled, 'the default table did not load');
  const text = fs.readFileSync(tables.DEFAULT_TABLE_FILE, 'utf8');
  const fresh = engine.compileFacts(engine.loadTables([{ name: 'default', file: null, text }]).facts);
  return { loader, fresh };
}

function uriOf(c: EditCase, n: number): string {
  return `file:///fuzz/session-${n}.${c.initial.format === 'markdown' ? 'md' : 'txt'}`;
}

function setupOf(c: EditCase): DocumentSetup {
  return { enabled: true, tables: { defaultTable: true, files: [] }, rules: c.initial.rules ?? {}, articleDate: c.initial.articleDate, origins: new Map(), configUnusable: false, problems: [] };
}

/** The diagnostics a fresh server would give for `text` at `version`. */
function freshDiagnostics(env: SessionEnv, uri: string, languageId: string, version: number, text: string, setup: DocumentSetup): Diagnostic[] {
  const doc = TextDocument.create(uri, languageId, version, text);
  return new checker.Checker(env.loader, tables.DEFAULT_TABLE_FILE).run(doc, setup).diagnostics;
}

/** The document's positions agree with a document made fresh from its text. */
function assertSamePositions(doc: TextDocument, text: string): void {
  const fresh = TextDocument.create(doc.uri, doc.languageId, doc.version, text);
  assert.equal(doc.lineCount, fresh.lineCount, `line count after the edits ${doc.lineCount}, fresh ${fresh.lineCount}`);
  for (let i = 0; i <= text.length; i++) {
    const a = doc.positionAt(i);
    const b = fresh.positionAt(i);
    if (a.line !== b.line || a.character !== b.character) assert.fail(`offset ${i} is at ${a.line}:${a.character} after the edits, at ${b.line}:${b.character} fresh`);
  }
}

let sessions = 0;

/**
 * One session in process: every notification goes through the server's document store, every
 * pull through its checker; after each, the document's text must be the model's, and each
 * reported outcome must equal a fresh check of that text.
 */
export function runSession(c: EditCase, env: SessionEnv): void {
  const uri = uriOf(c, sessions++);
  const languageId = c.initial.format;
  const setup = setupOf(c);
  const warnings: string[] = [];
  const store = documents.guardedDocuments((m) => warnings.push(m));
  const own = new checker.Checker(env.loader, tables.DEFAULT_TABLE_FILE);
  let doc = store.create(uri, languageId, 1, c.initial.text);
  let text = c.initial.text;
  let version = 1;
  const report = (at: string) => {
    const day = localDate();
    const outcome = own.current(doc) ?? own.run(doc, setup);
    assert.equal(outcome.version, doc.version, `${at}: the outcome is of version ${outcome.version}, the document at ${doc.version}`);
    const expected = engine.check(text, env.fresh, { format: c.initial.format, today: day, rules: setup.rules, articleDate: setup.articleDate });
    const diagnostics = freshDiagnostics(env, uri, languageId, doc.version, text, setup);
    if (localDate() !== day) return;
    assert.deepEqual(outcome.result, expected, `${at}: the server's findings differ from a fresh check of the text`);
    assert.deepEqual(outcome.diagnostics, diagnostics, `${at}: the server's diagnostics differ from a fresh check's`);
  };
  report('on open');
  c.steps.forEach((step, s) => {
    for (const n of notifications(text, step)) {
      version++;
      doc = store.update(doc, n.changes as never, version);
      text = n.text;
      assert.equal(doc.getText(), text, `step ${s + 1}: the document's text is not the edited text`);
      assert.equal(doc.version, version);
    }
    if (step.pull) report(`after step ${s + 1} (version ${version})`);
  });
  assertSamePositions(doc, text);
  report(`after the last step (version ${version})`);
}

/**
 * One session against the real server: opens the draft, sends each notification, and (in pull
 * mode) pulls now and then without waiting; at the end, the diagnostics of the last version
 * (pulled, or the last pushed) must equal a fresh check's, and in push mode so must every
 * publication of any version.
 */
export async function runServerSession(c: EditCase, client: TestClient, mode: 'pull' | 'push', env: SessionEnv): Promise<void> {
  const uri = uriOf(c, sessions++);
  const setup = setupOf(c);
  client.pushed.clear();
  client.settings = { rules: setup.rules, articleDate: setup.articleDate ?? '' };
  const texts = new Map<number, string>();
  let text = c.initial.text;
  texts.set(1, text);
  await client.open(uri, text, c.initial.format);
  let version = 1;
  const pulls: Promise<unknown>[] = [];
  for (const step of c.steps) {
    for (const n of notifications(text, step)) {
      version = await client.edit(uri, n.changes);
      text = n.text;
      texts.set(version, text);
    }
    if (step.pull && mode === 'pull') pulls.push(client.diagnostics(uri).catch(() => undefined));
  }
  await Promise.all(pulls);
  const day = localDate();
  const fresh = (v: number) => freshDiagnostics(env, uri, c.initial.format, v, texts.get(v)!, setup);
  if (mode === 'pull') {
    const got = await client.diagnostics(uri);
    if (localDate() === day) assert.deepEqual(got, fresh(version), `the diagnostics pulled after the last edit (version ${version}) differ from a fresh check's`);
  } else {
    await client.until(() => (client.pushed.get(uri) ?? []).some((p) => p.version === version));
    if (localDate() === day) {
      for (const p of client.pushed.get(uri) ?? []) {
        if (p.version === undefined) continue;
        assert.deepEqual(p.diagnostics, fresh(p.version), `the diagnostics pushed for version ${p.version} (the last is ${version}) differ from a fresh check's`);
      }
    }
  }
  await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
}
