/**
 * "Ignore "X" in this workspace": a quick fix that leaves the copy alone and writes the flagged
 * text, with its rule, into the `ignore` list of the `.factlint.yaml` that governs the draft (or a
 * new one in the workspace folder), which the CLI and the server both honour. The edit goes
 * through the editor, so undo takes it back and the file's comments stay.
 */
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Finding } from '../engine';
import { CONFIG_FILE } from '../project/config';
import { addIgnoreToConfig } from '../project/table-edit';

/** What the actions need of the editor and the workspace. */
export interface IgnoreEnv {
  /** A file's text as the editor has it, else on disk; undefined when there is none. */
  read(file: string): string | undefined;
  /** The version of an open document, else null. */
  version(file: string): number | null;
  /** Whether the client can create files in a workspace edit. */
  readonly canCreateFiles: boolean;
}

/** One action per finding in the range (one per flagged text and rule). */
export function ignoreActions(findings: readonly Finding[], diagnostics: Diagnostic[], configFile: string | undefined, folder: string | undefined, env: IgnoreEnv): CodeAction[] {
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const flagged = f.text.replace(/\s+/g, ' ').trim();
    const key = `${f.rule}\u0000${flagged}`;
    if (flagged === '' || seen.has(key)) continue;
    seen.add(key);
    const edit = ignoreEdit(flagged, f.rule, configFile, folder, env);
    if (!edit) continue;
    const diag = diagnostics.filter((d) => d.code === f.rule);
    out.push({ title: `Ignore "${flagged.length > 60 ? flagged.slice(0, 59) + '…' : flagged}" in this workspace`, kind: CodeActionKind.QuickFix, diagnostics: diag, edit });
  }
  return out;
}

function ignoreEdit(flagged: string, rule: string, configFile: string | undefined, folder: string | undefined, env: IgnoreEnv): WorkspaceEdit | undefined {
  if (configFile !== undefined) {
    const text = env.read(configFile) ?? '';
    const made = addIgnoreToConfig(text, flagged, rule);
    if (made === null || 'problem' in made) return undefined;
    const uri = URI.file(configFile).toString();
    const doc = TextDocument.create(uri, 'yaml', 0, text);
    const range = { start: doc.positionAt(made.edit.offset), end: doc.positionAt(made.edit.offset + made.edit.length) };
    return { documentChanges: [{ textDocument: { uri, version: env.version(configFile) }, edits: [{ range, newText: made.edit.text }] }] };
  }
  if (folder === undefined || !env.canCreateFiles) return undefined;
  const made = addIgnoreToConfig('', flagged, rule);
  if (made === null || 'problem' in made) return undefined;
  const uri = URI.file(path.join(folder, CONFIG_FILE)).toString();
  return {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: made.edit.text }] },
    ],
  };
}
