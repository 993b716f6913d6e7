/**
 * Checks open documents: drafts against their facts, tables for their own errors. Keeps the
 * last result of each document with the version it was computed for, so diagnostics and code
 * actions of an old version never stand for a newer one.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { check, type CheckOptions, type CheckResult } from '../engine';
import { localDate } from '../project/clock';
import { formatOf } from '../project/read';
import { MAX_DIAGNOSTICS, omittedDiagnostic, skippedDiagnostics, toDiagnostic, tableDiagnostics } from './diagnostics';
import type { LoadedTables, TableLoader } from '../project/tables';
import { OFFLOAD_CHARS, type Offload } from './offload';
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
  /** Set when a newer version came before this one was checked: nothing was checked. */
  superseded?: true;
}

/** True for a facts table document. */
export function isFactsTable(uri: string): boolean {
  return /\.facts\.ya?ml$/i.test(uri);
}

/** Checks documents and remembers the last outcome of each. */
export class Checker {
  private readonly outcomes = new Map<string, Outcome>();
  /** Checks of large drafts under way on the worker, by document: a second request for the same version waits for the same check. */
  private readonly underway = new Map<string, { version: number; outcome: Promise<Outcome> }>();
  /** Counts `clear` calls. */
  private generation = 0;
  /** Counts `forget` calls per document. */
  private readonly forgotten = new Map<string, number>();

  constructor(
    private readonly tables: TableLoader,
    private readonly defaultFile: string,
    /** Where drafts of `OFFLOAD_CHARS` or more are checked; without it, every check runs here. */
    private readonly offload?: Offload,
  ) {}

  /** Checks a document now, on this thread. */
  run(doc: TextDocument, setup: DocumentSetup): Outcome {
    return this.keep(doc.uri, isFactsTable(doc.uri) ? this.table(doc, setup) : this.draft(doc, setup));
  }

  /**
   * Checks a document: a very large draft on the worker, so that this thread stays free for the
   * client meanwhile; anything else at once, as `run`.
   */
  runAsync(doc: TextDocument, setup: DocumentSetup): Promise<Outcome> {
    if (this.offload === undefined || isFactsTable(doc.uri) || !setup.enabled || doc.getText().length < OFFLOAD_CHARS) return Promise.resolve(this.run(doc, setup));
    const underway = this.underway.get(doc.uri);
    if (underway && underway.version === doc.version) return underway.outcome;
    // The document object changes in place with the next edit: positions are worked out on a copy of this version.
    const copy = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    const generation = this.generation;
    const forgotten = this.forgotten.get(doc.uri) ?? 0;
    // An outcome of facts or settings since replaced (`clear`), or of a document closed meanwhile
    // (`forget`), is returned to its caller but not kept: a reopened document starts at version 1 again.
    const stillWanted = (o: Outcome) => o.superseded !== true && generation === this.generation && forgotten === (this.forgotten.get(doc.uri) ?? 0);
    const outcome = this.draftOffloaded(copy, setup, this.offload, doc.uri).then((o) => (stillWanted(o) ? this.keep(doc.uri, o) : o));
    this.underway.set(doc.uri, { version: doc.version, outcome });
    const done = () => {
      if (this.underway.get(doc.uri)?.outcome === outcome) this.underway.delete(doc.uri);
    };
    outcome.then(done, done);
    return outcome;
  }

  /** Keeps an outcome unless a newer version's is already kept: a slower check of an older version never replaces a newer result. */
  private keep(uri: string, outcome: Outcome): Outcome {
    const previous = this.outcomes.get(uri);
    if (!previous || previous.version <= outcome.version) this.outcomes.set(uri, outcome);
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
    this.underway.clear();
    this.generation++;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.outcomes.delete(uri);
    if (this.underway.delete(uri)) this.forgotten.set(uri, (this.forgotten.get(uri) ?? 0) + 1);
  }

  private draft(doc: TextDocument, setup: DocumentSetup): Outcome {
    if (!setup.enabled) return { version: doc.version, setup, diagnostics: [] };
    const facts = this.tables.load(setup.tables);
    if (!facts.compiled) return { version: doc.version, setup, facts, diagnostics: [] };
    return this.outcomeOf(doc, setup, facts, check(doc.getText(), facts.compiled, checkOptions(doc, setup)));
  }

  /** As `draft`, with the check on the worker (here if the worker fails). */
  private async draftOffloaded(doc: TextDocument, setup: DocumentSetup, offload: Offload, key: string): Promise<Outcome> {
    const facts = this.tables.load(setup.tables);
    const compiled = facts.compiled;
    if (!compiled) return { version: doc.version, setup, facts, diagnostics: [] };
    const options = checkOptions(doc, setup);
    let result: CheckResult;
    let total: number;
    try {
      const done = await offload.check(doc.getText(), compiled, options, key);
      // A newer version of the document came before this one's turn: it is not checked at all.
      if (done === null) return { version: doc.version, setup, facts, diagnostics: [], superseded: true };
      ({ result, total } = done);
    } catch {
      result = check(doc.getText(), compiled, options);
      total = result.findings.length;
    }
    return this.outcomeOf(doc, setup, facts, result, total);
  }

  /**
   * The outcome of a result: a diagnostic per finding, up to `MAX_DIAGNOSTICS` (the result keeps
   * only those, so code actions and fix-all act on what is shown), then a note of the rest.
   */
  private outcomeOf(doc: TextDocument, setup: DocumentSetup, facts: LoadedTables, result: CheckResult, total = result.findings.length): Outcome {
    const omittedAt = total > MAX_DIAGNOSTICS ? result.findings[MAX_DIAGNOSTICS].offset : -1;
    if (result.findings.length > MAX_DIAGNOSTICS) result = { ...result, findings: result.findings.slice(0, MAX_DIAGNOSTICS) };
    const diagnostics = result.findings.map((f, i) => toDiagnostic(doc, f, i, this.defaultFile));
    if (omittedAt >= 0) diagnostics.push(omittedDiagnostic(doc, omittedAt, total));
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

/** The engine's options for a draft with its setup. */
function checkOptions(doc: TextDocument, setup: DocumentSetup): CheckOptions {
  return { format: formatOf(doc.uri, doc.languageId), articleDate: setup.articleDate, today: localDate(), rules: setup.rules };
}
