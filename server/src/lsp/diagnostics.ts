/** Findings and facts-table errors as LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { FactsError, Finding, Severity, SkippedText } from '../engine';
import { packageFile } from '../project/paths';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The URI of a rule's documentation page, shipped with factlint. */
export function ruleDocsUri(rule: string): string {
  let uri = ruleUris.get(rule);
  if (uri === undefined) ruleUris.set(rule, (uri = fileUri(packageFile(`docs/rules/${rule}.md`))));
  return uri;
}

/** Rule pages by rule id: finding the page walks up the file system. */
const ruleUris = new Map<string, string>();

/** The URI of a table file: `defaultFile` for the embedded table. */
export function tableUri(file: string | null, defaultFile: string): string {
  return fileUri(file ?? defaultFile);
}

/** File URIs by path: every diagnostic of every check names a rule page and a table, and building a URI costs microseconds. */
const fileUris = new Map<string, string>();

function fileUri(file: string): string {
  let uri = fileUris.get(file);
  if (uri === undefined) {
    uri = URI.file(file).toString();
    if (fileUris.size >= 256) fileUris.clear();
    fileUris.set(file, uri);
  }
  return uri;
}

/** What a diagnostic carries back to code actions. */
export interface DiagnosticData {
  /** Index of the finding in the document's stored findings. */
  index: number;
  /** Version of the document the finding was computed for. */
  version: number;
}

/** A finding as a diagnostic, pointing at the line of its fact in the table. */
export function toDiagnostic(doc: TextDocument, f: Finding, index: number, defaultFile: string): Diagnostic {
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) },
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocsUri(f.rule) },
    source: 'factlint',
    message: f.message,
    data: { index, version: doc.version } satisfies DiagnosticData,
  };
  if (f.fact) {
    const line = Math.max(0, f.fact.line - 1);
    d.relatedInformation = [
      {
        location: { uri: tableUri(f.fact.file, defaultFile), range: { start: { line, character: 0 }, end: { line, character: 0 } } },
        message: `the fact, in the ${f.fact.file === null ? `${f.fact.table} table` : `table ${f.fact.table}`}`,
      },
    ];
  }
  return d;
}

/** Errors of one facts table as diagnostics of its document. */
export function tableDiagnostics(doc: TextDocument, errors: FactsError[]): Diagnostic[] {
  return placeDiagnostics(doc, errors, TABLE_CODE);
}

/** The diagnostic code of an error in a facts table. */
export const TABLE_CODE = 'facts-table';

/** The diagnostic code of a problem in a `.factlint.yaml`. */
export const CONFIG_CODE = 'factlint-config';

/** The diagnostic code of a draft that could not be checked (its config or tables are broken). */
export const NOT_CHECKED_CODE = 'not-checked';

/** Problems at 1-based lines and columns of a document, each underlining the word it starts at. */
export function placeDiagnostics(doc: TextDocument, problems: readonly { line: number; column: number; message: string }[], code: string): Diagnostic[] {
  const text = doc.getText();
  return problems.map((e) => {
    const start = doc.positionAt(doc.offsetAt({ line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) }));
    const offset = doc.offsetAt(start);
    let end = offset;
    while (end < text.length && !/[\s,\]}]/.test(text[end])) end++;
    return {
      range: { start, end: doc.positionAt(Math.max(end, Math.min(offset + 1, text.length))) },
      severity: DiagnosticSeverity.Error,
      source: 'factlint',
      code,
      message: e.message,
    };
  });
}

/** The diagnostic code of an indented block left unchecked because it reads as code. */
export const SKIPPED_CODE = 'skipped-indented-code';

/**
 * A hint on each indented block the checks skipped as code: unlike a fence or front matter, that
 * is factlint's guess, so the writer sees it where the text is (docs/contract.md §4).
 */
export function skippedDiagnostics(doc: TextDocument, skipped: readonly SkippedText[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of skipped) {
    if (s.kind !== 'indented-code') continue;
    out.push({
      range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) },
      severity: DiagnosticSeverity.Hint,
      code: SKIPPED_CODE,
      source: 'factlint',
      message: 'Not checked: this indented block reads as code. If it is prose, indent it less than four spaces to have it checked.',
    });
  }
  return out;
}

/**
 * The most findings of one document shown as diagnostics. A document past it is not a draft a
 * person reads finding by finding, and sending hundreds of thousands of diagnostics would hold
 * the server for seconds and the editor longer; the factlint command reports them all.
 */
export const MAX_DIAGNOSTICS = 10_000;

/** The note at the first finding left out: how many were shown, of how many. */
export function omittedDiagnostic(doc: TextDocument, at: number, total: number): Diagnostic {
  return {
    range: { start: doc.positionAt(at), end: doc.positionAt(at) },
    severity: DiagnosticSeverity.Information,
    code: OMITTED_CODE,
    source: 'factlint',
    message: `factlint shows the first ${MAX_DIAGNOSTICS.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} findings in this document; the factlint command reports them all.`,
  };
}

/** The code of the note on findings left out. */
export const OMITTED_CODE = 'factlint-more';
