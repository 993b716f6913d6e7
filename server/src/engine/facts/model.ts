/**
 * The facts model: what a loaded and merged set of facts tables holds.
 * Every entry remembers where it was written, so a finding can cite it.
 */

/** A calendar date known to year, month or day precision (docs/contract.md §2: YYYY, YYYY-MM, YYYY-MM-DD). */
export interface PartialDate {
  /** Four-digit year. */
  year: number;
  /** 1–12, absent for year precision. */
  month?: number;
  /** 1–31, absent for year or month precision. */
  day?: number;
}

/** Where a fact was written: the table's name, its file (null for the embedded default), line and column (1-based). */
export interface SourceRef {
  /** Table name: "default" for the embedded table, otherwise the file path as given. */
  table: string;
  /** File path of the table, or null for the embedded default table. */
  file: string | null;
  /** 1-based line of the entry in its table. */
  line: number;
  /** 1-based column of the entry in its table. */
  column: number;
}

/** An office that people hold, such as a ministry post. */
export interface Office {
  /** Stable kebab-case id, referenced by roles. */
  id: string;
  /** Canonical title. */
  title: string;
  /** Other names writers use for the title. */
  aliases: string[];
  /** Country the office belongs to, if any. */
  country?: string;
  /** Wikidata item (Q…), when the table gives one: offices of two tables with one item are one office. */
  wikidata?: string;
  /** Where the fact comes from (free text). */
  source?: string;
  /** Where the entry is written. */
  at: SourceRef;
}

/** A period during which a person held an office or a one-off title. */
export interface Role {
  /** Office id, when the role is an office of the table. */
  office?: string;
  /** One-off title, when the role has no office entry. */
  title?: string;
  /** Country of a one-off title. */
  country?: string;
  /** First day held; absent when the start is not known. */
  from?: PartialDate;
  /** Last day held; absent while still in office. */
  to?: PartialDate;
  /** Where the fact comes from. */
  source?: string;
  /** Where the role is written. */
  at: SourceRef;
}

/** A known person. */
export interface Person {
  /** Canonical full name. */
  name: string;
  /** Other accepted spellings and name orders. */
  aliases: string[];
  /** Offices and titles held, in table order. */
  roles: Role[];
  /** Wikidata item (Q…), when the table gives one: it tells apart two people with one name. */
  wikidata?: string;
  /** Where the fact comes from. */
  source?: string;
  /** Where the entry is written. */
  at: SourceRef;
}

/** An acronym with its expansion. */
export interface Acronym {
  /** The acronym as it must be written. */
  short: string;
  /** Its expansion. */
  expansion: string;
  /**
   * Known wrong forms: an all-capitals variant is a misspelling of `short`;
   * a variant with lower-case letters or spaces is a wrong expansion.
   */
  variants: string[];
  /** Where the fact comes from. */
  source?: string;
  /** Where the entry is written. */
  at: SourceRef;
}

/** A fixed phrase with one correct form. */
export interface Term {
  /** The correct form. */
  canonical: string;
  /** Known wrong forms. */
  variants: string[];
  /** Where the fact comes from. */
  source?: string;
  /** Where the entry is written. */
  at: SourceRef;
}

/** A named event or upgrade with a date. */
export interface Milestone {
  /** Canonical name. */
  name: string;
  /** Other phrasings of the same milestone. */
  aliases: string[];
  /** When it happened. */
  date: PartialDate;
  /** Where the fact comes from. */
  source?: string;
  /** Where the entry is written. */
  at: SourceRef;
}

/** How far a table's facts reach: its `asOf` (docs/contract.md §2); past it, who holds an office is not known. */
export interface Horizon {
  /** The last day the table's facts were checked (a full day). */
  date: PartialDate;
  /** Where `asOf` is written; its `table` and `file` name the table the horizon belongs to. */
  at: SourceRef;
}

/** One or more merged facts tables. */
export interface Facts {
  /** Offices by table order. */
  offices: Office[];
  /** People by table order. */
  people: Person[];
  /** Acronyms by table order. */
  acronyms: Acronym[];
  /** Terms by table order. */
  terms: Term[];
  /** Milestones by table order. */
  milestones: Milestone[];
  /** The horizon of each table that gives `asOf`, in table order: each table keeps its own. */
  horizons: Horizon[];
}

/** A problem in a facts table, with its position and advice. */
export interface FactsError {
  /** File path as given, or "default" for the embedded table. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}
