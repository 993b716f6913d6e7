/**
 * What the e2e tests share: finding the workspace's files, waiting for factlint's diagnostics
 * by events (never by sleeping), asking for code actions and hovers, changing settings.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** How long a wait for the editor may take before the test fails with what it last saw. */
export const WAIT_MS = 15000;

/** The extension under test, as `publisher.name`. */
export const EXTENSION_ID = 'factlint.factlint';

/** The workspace folder (a fresh copy of test/e2e/workspace made by the runner). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e runner opens test/e2e/workspace as the workspace folder');
  return folder.uri;
}

/** A file of the workspace by its relative path. */
export function file(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** Opens a file in an editor and returns its document. */
export async function open(rel: string | vscode.Uri): Promise<vscode.TextDocument> {
  const uri = typeof rel === 'string' ? file(rel) : rel;
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

let copies = 0;

/**
 * A fresh copy of a draft under `drafts/work/`, opened: for tests that change the text, so
 * that they neither see nor disturb one another.
 */
export async function openCopy(rel: string): Promise<vscode.TextDocument> {
  const src = file(rel);
  const name = rel.split('/').pop() ?? rel;
  const dot = name.lastIndexOf('.');
  const target = file(`drafts/work/${name.slice(0, dot)}-${++copies}${name.slice(dot)}`);
  await vscode.workspace.fs.copy(src, target, { overwrite: true });
  return open(target);
}

/** factlint's diagnostics of a document (other extensions' are left out). */
export function factlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factlint');
}

/** The rule id of a diagnostic, whether its code is plain or carries a link. */
export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** A diagnostic in a form that compares well and reads well in a failure. */
export function brief(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${codeOf(d)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${vscode.DiagnosticSeverity[d.severity]}`;
}

/**
 * Resolves with the document's factlint diagnostics once `ready` holds for them, checking now
 * and on every `onDidChangeDiagnostics` event for the document; fails after WAIT_MS with what
 * it last saw.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = factlintDiagnostics(uri);
      if (!ready(ds)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = factlintDiagnostics(uri).map(brief);
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what} in ${uri.path}; last seen: [${seen.join('; ')}]`));
    }, WAIT_MS);
    check();
  });
}

/** Waits for the document's diagnostics to be exactly these rule ids, in order. */
export function diagnosticsWithCodes(uri: vscode.Uri, codes: string[]): Promise<vscode.Diagnostic[]> {
  const want = codes.join(',');
  return diagnosticsWhen(uri, (ds) => sorted(ds).map(codeOf).join(',') === want, `diagnostics [${want}]`);
}

/** Diagnostics sorted by position, as factlint reports them. */
export function sorted(ds: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return [...ds].sort((a, b) => a.range.start.compareTo(b.range.start) || String(codeOf(a)).localeCompare(String(codeOf(b))));
}

/**
 * Runs an editor command, trying again while it comes back "Canceled": the first request on
 * a Markdown document can be cancelled while the built-in Markdown extension starts.
 */
export async function retryCancelled<T>(run: () => Thenable<T>, attempts = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      const cancelled = err instanceof Error && (err.name === 'Canceled' || err.message === 'Canceled');
      if (!cancelled || i >= attempts) throw err;
    }
  }
}

/** The code actions for a range, optionally only of one kind. */
export function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return retryCancelled(() =>
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind),
  ).then((actions) => actions ?? []);
}

/** The one action with this title; fails listing the titles there are. */
export function actionTitled(actions: vscode.CodeAction[], title: string): vscode.CodeAction {
  const found = actions.filter((a) => a.title === title);
  assert.equal(found.length, 1, `one action "${title}" among [${actions.map((a) => a.title).join(' | ')}]`);
  return found[0];
}

/** Applies a code action's edit (and runs its command, if any). */
export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit || action.command, `action "${action.title}" has an edit or a command`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The Markdown of every hover at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await retryCancelled(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The position of the `nth` (0-based) occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** Sets a `factlint.*` setting for the workspace (undefined removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('factlint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/**
 * Runs once before the suite: activates factlint on a draft and waits until its first
 * diagnostics are in and its quick fixes are offered. Until the built-in Markdown extension
 * has registered its own code action providers, the editor may cut a code action request
 * short and answer with only the providers that were done (seen on the first request after
 * start), so this asks again, a bounded number of times, until factlint's fix is there.
 */
export async function warmUp(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const doc = await open('drafts/acronym.md');
  await ext.activate();
  const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
  const seen: string[] = [];
  for (let i = 0; i < 50; i++) {
    const titles = (await codeActions(doc.uri, d.range)).map((a) => a.title);
    if (titles.includes('Replace "FIOP" with "FOIP"')) return;
    seen.push(titles.join(' | '));
  }
  throw new Error(`factlint's quick fix was never offered; the editor answered: ${seen.slice(-3).join(' // ')}`);
}
