/**
 * Checks open documents: drafts against their facts, tables for their own errors. Keeps the
 * last result of each document with the version it was computed for, so diagnostics and code
 * actions of an old version never stand for a newer one.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { check, type CheckResult } from '../engine';
import { localDate } from '../project/clock';
import { formatOf } from '../project/read';
import { skippedDiagnostics, toDiagnostic, tableDiagnostics } from './diagnostics';
import type { LoadedTables, TableLoader } from '../project/tables';
import { fsPath, type DocumentSetup } from './workspace';

/** What checking one version of a document gave. */
export interface Outcome {
  /** The version checked. */
  version: number;
  /** The check's result (drafts only). */
  result?: CheckResult;
  /** The facts used (drafts only). */
  facts?: LoadedTables;
  /** The setup used. */
  setup: DocumentSetup;
  /** Its diagnostics. */
  diagnostics: Diagnostic[];
}

/** True for a facts table document. */
export function isFactsTable(uri: string): boolean {
  return /\.facts\.ya?ml$/i.test(uri);
}

/** Checks documents and remembers the last outcome of each. */
export class Checker {
  private readonly outcomes = new Map<string, Outcome>();

  constructor(
    private readonly tables: TableLoader,
    private readonly defaultFile: string,
  ) {}

  /** Checks a document now. */
  run(doc: TextDocument, setup: DocumentSetup): Outcome {
    const outcome = isFactsTable(doc.uri) ? this.table(doc, setup) : this.draft(doc, setup);
    const previous = this.outcomes.get(doc.uri);
    // A slower check of an older version never replaces a newer result.
    if (!previous || previous.version <= outcome.version) this.outcomes.set(doc.uri, outcome);
    return outcome;
  }

  /** The last outcome for a document, if it is for exactly this version. */
  current(doc: TextDocument): Outcome | undefined {
    const o = this.outcomes.get(doc.uri);
    return o && o.version === doc.version ? o : undefined;
  }

  /** The last outcome for a document, whatever its version. */
  last(uri: string): Outcome | undefined {
    return this.outcomes.get(uri);
  }

  /** Forgets every outcome (facts or settings changed, so the same versions check differently). */
  clear(): void {
    this.outcomes.clear();
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.outcomes.delete(uri);
  }

  private draft(doc: TextDocument, setup: DocumentSetup): Outcome {
    if (!setup.enabled) return { version: doc.version, setup, diagnostics: [] };
    const facts = this.tables.load(setup.tables);
    if (!facts.compiled) return { version: doc.version, setup, facts, diagnostics: [] };
    const result = check(doc.getText(), facts.compiled, { format: formatOf(doc.uri, doc.languageId), articleDate: setup.articleDate, today: localDate(), rules: setup.rules });
    const diagnostics = result.findings.map((f, i) => toDiagnostic(doc, f, i, this.defaultFile));
    if (result.skipped.length > 0) diagnostics.push(...skippedDiagnostics(doc, result.skipped));
    return { version: doc.version, result, facts, setup, diagnostics };
  }

  private table(doc: TextDocument, setup: DocumentSetup): Outcome {
    const file = fsPath(doc.uri);
    if (!file) return { version: doc.version, setup, diagnostics: [] };
    // A table is checked with the default table (if in use) before it, so its roles may name those offices.
    const facts = this.tables.load({ defaultTable: setup.tables.defaultTable, files: [file] });
    const own = facts.errors.filter((e) => e.file === file);
    return { version: doc.version, setup, diagnostics: tableDiagnostics(doc, own) };
  }
}
