/**
 * Code actions over a document's findings: each fix (the first preferred), fix-all for one
 * rule or for all (unambiguous fixes only, as `factlint --fix`), a suppression comment, the
 * rule's documentation, and `source.fixAll.factlint` for fix-on-save. Every edit names the
 * document version it was computed for, so the editor refuses it once the text has changed.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from '../../../common/out/protocol';
import { applyFixes, type Edit, type Finding } from '../engine';

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

/** The edits that fix every unambiguous finding among `findings`, without overlaps. */
export function fixAllEdits(doc: TextDocument, findings: Finding[]): Edit[] {
  const { applied } = applyFixes(doc.getText(), findings, { onlyFixable: true });
  return applied.flatMap((f) => f.fixes[0].edits);
}

/** "Fix all factlint problems" for on-save, or nothing when there is nothing to fix. */
export function fixAllAction(doc: TextDocument, findings: Finding[]): CodeAction[] {
  const edits = fixAllEdits(doc, findings);
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
export function codeActions(doc: TextDocument, findings: Finding[], start: number, end: number, diagnostics: Diagnostic[], only: string[] | undefined): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.'))) out.push(...fixAllAction(doc, findings));
  if (!wants(CodeActionKind.QuickFix)) return out;
  const here = findings.filter((f) => f.offset <= end && f.offset + f.length >= start);
  const rules = new Set<string>();
  for (const f of here) {
    const diag = diagnostics.filter((d) => d.code === f.rule && doc.offsetAt(d.range.start) === f.offset);
    f.fixes.forEach((fix, i) => out.push(action(doc, fix.title, CodeActionKind.QuickFix, fix.edits, diag, i === 0)));
    if (!rules.has(f.rule)) {
      rules.add(f.rule);
      const same = findings.filter((g) => g.rule === f.rule);
      const edits = fixAllEdits(doc, same);
      if (same.length > 1 && edits.length > 0) out.push(action(doc, `Fix all ${f.rule} problems in this file`, CodeActionKind.QuickFix, edits));
      out.push(action(doc, `Disable ${f.rule} for this line`, CodeActionKind.QuickFix, [disableEdit(doc, f.offset, f.rule)], diag));
      out.push({ title: `Show documentation for ${f.rule}`, kind: CodeActionKind.QuickFix, command: { title: `Show documentation for ${f.rule}`, command: SHOW_RULE_DOCS_COMMAND, arguments: [f.rule] } });
    }
  }
  if (here.length > 0) {
    const edits = fixAllEdits(doc, findings);
    if (edits.length > 0 && findings.length > 1) out.push(action(doc, 'Fix all factlint problems', CodeActionKind.QuickFix, edits));
  }
  return out;
}
