/**
 * Code actions over a document's findings: each fix (the first preferred), fix-all for one
 * rule or for all (unambiguous fixes only, repeated until none is left, as `factlint --fix`), a suppression comment, the
 * rule's documentation, and `source.fixAll.factlint` for fix-on-save. Every edit names the
 * document version it was computed for, so the editor refuses it once the text has changed.
 */
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND, SHOW_RULE_DOCS_COMMAND } from '../../../common/out/protocol';
import { applyFixes, fixRepeatedly, spanEdit, type Edit, type Finding } from '../engine';

function textEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.text }));
}

function action(doc: TextDocument, title: string, kind: string, edits: readonly Edit[], diagnostics?: Diagnostic[], isPreferred?: boolean): CodeAction {
  return {
    title,
    kind,
    diagnostics,
    isPreferred,
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits(doc, edits) }] },
  };
}

/** Checks a text of the document as its draft is checked (same tables and options): the findings. */
export type Recheck = (text: string) => Finding[];

/**
 * The edits that fix every unambiguous finding among `findings` (those `keep` keeps), re-checked
 * and fixed again until none is left, as `factlint --fix` does (`fixRepeatedly`): one edit over
 * the span that changed when a pass was needed after the first, else the first pass's edits.
 */
export function fixAllEdits(doc: TextDocument, findings: Finding[], recheck?: Recheck, keep: (f: Finding) => boolean = () => true): Edit[] {
  const text = doc.getText();
  const kept = findings.filter(keep);
  const first = applyFixes(text, kept, { onlyFixable: true });
  if (first.applied.length === 0 || recheck === undefined) return first.applied.flatMap((f) => f.fixes[0].edits);
  const again = recheck(first.text).filter(keep);
  if (!again.some((f) => f.fixable)) return first.applied.flatMap((f) => f.fixes[0].edits);
  const done = fixRepeatedly(text, { findings: kept }, (t) => ({ findings: recheck(t) }), keep);
  return spanEdit(text, done.text);
}

/** "Fix all factlint problems" for on-save, or nothing when there is nothing to fix. */
export function fixAllAction(doc: TextDocument, findings: Finding[], recheck?: Recheck): CodeAction[] {
  const edits = fixAllEdits(doc, findings, recheck);
  return edits.length > 0 ? [action(doc, 'Fix all factlint problems', FIX_ALL_KIND, edits)] : [];
}

/** The comment that silences a rule on the line at `offset`, inserted above it with the line's indentation. */
function disableEdit(doc: TextDocument, offset: number, rule: string): Edit {
  const line = doc.positionAt(offset).line;
  const start = doc.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(doc.getText().slice(start, start + 200))?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { offset: start, length: 0, text: `${indent}<!-- factlint-disable-next-line ${rule} -->${eol}` };
}

/** The actions for a range of a document. */
/**
 * How a client opens a rule's page: VS Code runs its own command (it says so in
 * `clientCommands`); another editor that can show a document gets the server's command, which
 * asks it to (`window/showDocument`); an editor that can do neither is offered no such action.
 */
export function docsCommandFor(clientCommands: ReadonlySet<string>, showDocument: boolean): ((rule: string) => Command) | undefined {
  const command = clientCommands.has(SHOW_RULE_DOCS_COMMAND) ? SHOW_RULE_DOCS_COMMAND : showDocument ? OPEN_RULE_DOCS_COMMAND : undefined;
  return command === undefined ? undefined : (rule) => ({ title: `Show documentation for ${rule}`, command, arguments: [rule] });
}

export function codeActions(
  doc: TextDocument,
  findings: Finding[],
  start: number,
  end: number,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  recheck: Recheck | undefined,
  docs: ((rule: string) => Command) | undefined,
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.'))) out.push(...fixAllAction(doc, findings, recheck));
  if (!wants(CodeActionKind.QuickFix)) return out;
  const here = findings.filter((f) => f.offset <= end && f.offset + f.length >= start);
  const rules = new Set<string>();
  for (const f of here) {
    const diag = diagnostics.filter((d) => d.code === f.rule && doc.offsetAt(d.range.start) === f.offset);
    f.fixes.forEach((fix, i) => out.push(action(doc, fix.title, CodeActionKind.QuickFix, fix.edits, diag, i === 0)));
    if (!rules.has(f.rule)) {
      rules.add(f.rule);
      const same = findings.filter((g) => g.rule === f.rule);
      const edits = fixAllEdits(doc, same, recheck, (g) => g.rule === f.rule);
      if (same.length > 1 && edits.length > 0) out.push(action(doc, `Fix all ${f.rule} problems in this file`, CodeActionKind.QuickFix, edits));
      out.push(action(doc, `Disable ${f.rule} for this line`, CodeActionKind.QuickFix, [disableEdit(doc, f.offset, f.rule)], diag));
      if (docs) out.push({ title: `Show documentation for ${f.rule}`, kind: CodeActionKind.QuickFix, command: docs(f.rule) });
    }
  }
  if (here.length > 0) {
    const edits = fixAllEdits(doc, findings, recheck);
    if (edits.length > 0 && findings.length > 1) out.push(action(doc, 'Fix all factlint problems', CodeActionKind.QuickFix, edits));
  }
  return out;
}
