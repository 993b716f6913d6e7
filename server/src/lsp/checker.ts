/**
 * Checks open documents: drafts against their facts, tables for their own errors. Keeps the
 * last result of each document with the version it was computed for, so diagnostics and code
 * actions of an old version never stand for a newer one. A draft whose config or tables are
 * broken is checked with their last good versions; with none, it is not checked, and says so in
 * one diagnostic at its top rather than looking clean.
 */
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { check, type CheckOptions, type CheckResult, type CompiledFacts, type Finding, type NewPerson } from '../engine';
import { localDate } from '../project/clock';
import { formatOf } from '../project/read';
import { MAX_DIAGNOSTICS, NOT_CHECKED_CODE, omittedDiagnostic, skippedDiagnostics, toDiagnostic, tableDiagnostics } from './diagnostics';
import type { LoadedTables, TableLoader } from '../project/tables';
import { OFFLOAD_CHARS, type Offload } from './offload';
import type { Problem } from './problems';
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
  /** What is wrong with the config and tables it was checked with (drafts only). */
  problems: Problem[];
  /** The config and tables read, whose every problem is in `problems`. */
  observed: string[];
  /** The people the draft names with a known title whom no table knows: found when a code action first asks, kept for this version. */
  newPeople?: NewPerson[];
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
    /** Names a file in messages. */
    private readonly display: (file: string) => string = (file) => file,
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
    const ready = this.prepare(doc, setup);
    if ('diagnostics' in ready) return ready;
    return this.outcomeOf(doc, setup, ready, check(doc.getText(), ready.compiled, checkOptions(doc, setup)));
  }

  /** As `draft`, with the check on the worker (here if the worker fails). */
  private async draftOffloaded(doc: TextDocument, setup: DocumentSetup, offload: Offload, key: string): Promise<Outcome> {
    const ready = this.prepare(doc, setup);
    if ('diagnostics' in ready) return ready;
    const options = checkOptions(doc, setup);
    let result: CheckResult;
    let total: number;
    try {
      const done = await offload.check(doc.getText(), ready.compiled, options, key);
      // A newer version of the document came before this one's turn: it is not checked at all.
      if (done === null) return { version: doc.version, setup, facts: ready.facts, diagnostics: [], superseded: true, problems: [], observed: [] };
      ({ result, total } = done);
    } catch {
      result = check(doc.getText(), ready.compiled, options);
      total = result.findings.length;
    }
    return this.outcomeOf(doc, setup, ready, result, total);
  }

  /**
   * A draft's facts, and what is wrong with its config and tables; or, when it cannot be checked
   * (disabled, or a broken config or tables with no last good version), its whole outcome.
   */
  private prepare(doc: TextDocument, setup: DocumentSetup): Outcome | Prepared {
    if (!setup.enabled) return { version: doc.version, setup, diagnostics: [], problems: [], observed: [] };
    const problems = [...setup.problems];
    const observed = setup.configFile ? [setup.configFile] : [];
    if (setup.configUnusable) return { version: doc.version, setup, diagnostics: [this.notChecked(problems)], problems, observed };
    const facts = this.tables.load(setup.tables);
    problems.push(...this.tableProblems(facts, setup));
    observed.push(...facts.files.slice(setup.tables.defaultTable ? 1 : 0));
    if (!facts.compiled) return { version: doc.version, setup, facts, diagnostics: [this.notChecked(problems)], problems, observed };
    return { facts, compiled: facts.compiled, problems, observed };
  }

  /**
   * The outcome of a result: a diagnostic per finding, up to `MAX_DIAGNOSTICS` (the result keeps
   * only those, so code actions and fix-all act on what is shown), then a note of the rest.
   */
  private outcomeOf(doc: TextDocument, setup: DocumentSetup, { facts, problems, observed }: Prepared, result: CheckResult, total = result.findings.length): Outcome {
    const omittedAt = total > MAX_DIAGNOSTICS ? result.findings[MAX_DIAGNOSTICS].offset : -1;
    if (result.findings.length > MAX_DIAGNOSTICS) result = { ...result, findings: result.findings.slice(0, MAX_DIAGNOSTICS) };
    const diagnostics = result.findings.map((f, i) => toDiagnostic(doc, f, i, this.defaultFile));
    if (omittedAt >= 0) diagnostics.push(omittedDiagnostic(doc, omittedAt, total));
    if (result.skipped.length > 0) diagnostics.push(...skippedDiagnostics(doc, result.skipped));
    return { version: doc.version, result, facts, setup, diagnostics, problems, observed };
  }

  /** The problems of a set of tables: tables that could not be read, and errors in them. */
  private tableProblems(facts: LoadedTables, setup: DocumentSetup): Problem[] {
    const meanwhile = facts.compiled ? ' — until it is fixed, drafts use its last good version' : ' — until it is fixed, the drafts that use it are not checked';
    const out: Problem[] = [];
    for (const u of facts.unreadable) {
      const origin = setup.origins.get(u.file);
      if (setup.tables.defaultTable && u.file === this.defaultFile) {
        out.push({ level: 'error', message: `the embedded default facts table ${u.file} ${u.reason}; reinstall factlint, or set factlint.useDefaultFacts to false${meanwhile}` });
      } else if (origin && origin !== 'setting') {
        const named = path.relative(path.dirname(origin.file), u.file).split(path.sep).join('/');
        out.push({ level: 'error', at: origin, message: `facts table ${named} ${u.reason}; create it, or correct or remove this entry of "facts"${meanwhile}` });
      } else {
        out.push({ level: 'error', message: `facts table ${this.display(u.file)}, named in the factlint.facts setting, ${u.reason}; create it, or correct the setting${meanwhile}` });
      }
    }
    for (const e of facts.errors) {
      const file = e.file === 'default' ? this.defaultFile : e.file;
      out.push({ level: 'error', at: { file, line: e.line, column: e.column }, message: `${e.message}${meanwhile}` });
    }
    return out;
  }

  /** The one diagnostic of a draft that could not be checked: the first problem, at the draft's top. */
  private notChecked(problems: Problem[]): Diagnostic {
    const errors = problems.filter((p) => p.level === 'error');
    const first = errors[0];
    const where = first?.at ? `${this.display(first.at.file)}:${first.at.line}:${first.at.column}: ` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems, in the factlint log)` : '';
    const d: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: NOT_CHECKED_CODE,
      source: 'factlint',
      message: `Not checked: ${where}${first?.message ?? 'its configuration could not be read'}${more}`,
    };
    if (first?.at) {
      const line = Math.max(0, first.at.line - 1);
      const character = Math.max(0, first.at.column - 1);
      d.relatedInformation = [{ location: { uri: URI.file(first.at.file).toString(), range: { start: { line, character }, end: { line, character } } }, message: 'what to fix' }];
    }
    return d;
  }

  private table(doc: TextDocument, setup: DocumentSetup): Outcome {
    const file = fsPath(doc.uri);
    if (!file) return { version: doc.version, setup, diagnostics: [], problems: [], observed: [] };
    // A table is checked with the default table (if in use) before it, so its roles may name those offices.
    const facts = this.tables.load({ defaultTable: setup.tables.defaultTable, files: [file] });
    const own = facts.errors.filter((e) => e.file === file);
    return { version: doc.version, setup, diagnostics: tableDiagnostics(doc, own), problems: [], observed: [] };
  }
}

/** A draft ready to be checked: its facts, and what is wrong with its config and tables. */
interface Prepared {
  /** The tables loaded. */
  facts: LoadedTables;
  /** Their facts (the last good ones while a table is broken). */
  compiled: CompiledFacts;
  /** What is wrong with the config and tables. */
  problems: Problem[];
  /** The config and tables read. */
  observed: string[];
}

/** Checks another text of a draft as the outcome's check did: its tables, its options. Undefined when no tables were ready. */
export function recheckOf(doc: TextDocument, outcome: Outcome): ((text: string) => Finding[]) | undefined {
  const compiled = outcome.facts?.compiled;
  if (!compiled) return undefined;
  const options = checkOptions(doc, outcome.setup);
  return (text) => check(text, compiled, options).findings;
}

/** The engine's options for a draft with its setup. */
function checkOptions(doc: TextDocument, setup: DocumentSetup): CheckOptions {
  return { format: formatOf(doc.uri, doc.languageId), articleDate: setup.articleDate, today: localDate(), rules: setup.rules, ...(setup.ignore && setup.ignore.length > 0 ? { ignore: setup.ignore } : {}) };
}
