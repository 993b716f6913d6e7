/**
 * The columns of the CSV files `factlint tables import csv` reads, one file per kind of entry,
 * defined once: the importer checks cells by them, `factlint tables init --csv` writes its
 * templates from them, and a test holds the table of columns in docs/facts-tables.md to them.
 */

/** What a cell holds, which says how it is checked. */
export type CellKind = 'text' | 'list' | 'date' | 'office' | 'wikidata' | 'short';

/** One column of a kind's file. */
export interface CsvColumn {
  /** The header, as the table's key ("from"). */
  name: string;
  /** A row must fill it in. */
  required: boolean;
  kind: CellKind;
  /** What to write in it, for messages and docs/facts-tables.md. */
  purpose: string;
}

/** The kinds of entry, each its own file, in the table's order. */
export const CSV_KINDS = ['offices', 'people', 'acronyms', 'terms', 'milestones'] as const;
/** One kind of entry. */
export type CsvKind = (typeof CSV_KINDS)[number];

/** The separator of the items of a list cell ("Foreign Minister|FM"). */
export const LIST_SEPARATOR = '|';

const col = (name: string, kind: CellKind, purpose: string, required = false): CsvColumn => ({ name, required, kind, purpose });
const SOURCE = col('source', 'text', 'where the fact was checked: a link, a document, a date');

/** Each kind's columns, in the order the templates write them. */
export const CSV_COLUMNS: Record<CsvKind, readonly CsvColumn[]> = {
  offices: [
    col('id', 'office', 'the office\'s id, in kebab-case ("example-foreign-minister"), which the people file\'s "office" column names', true),
    col('title', 'text', 'the title as it should be written', true),
    col('aliases', 'list', 'other ways writers name the office'),
    col('country', 'text', 'the country it belongs to ("Examplia\'s Foreign Minister")'),
    col('wikidata', 'wikidata', 'its Wikidata item (Q…)'),
    SOURCE,
  ],
  people: [
    col('name', 'text', 'the full name as it should be written; rows with one name are one person', true),
    col('aliases', 'list', 'other accepted spellings and name orders'),
    col('wikidata', 'wikidata', "the person's Wikidata item (Q…); it keeps two people of one name apart"),
    col('office', 'office', 'the id of the office this row\'s role holds (from the offices file, or any table checked with this one)'),
    col('title', 'text', 'a one-off title with no office, instead of "office"'),
    col('country', 'text', 'the country of a one-off title'),
    col('from', 'date', 'when the role began: YYYY, YYYY-MM or YYYY-MM-DD'),
    col('to', 'date', 'when it ended; empty while it is held'),
    col('source', 'text', "where the fact was checked: the role's source, or the person's in a row without a role"),
  ],
  acronyms: [
    col('short', 'short', 'the acronym as it must be written', true),
    col('expansion', 'text', 'what it stands for', true),
    col('variants', 'list', 'known wrong forms: misspelled acronyms (capitals) or wrong expansions'),
    SOURCE,
  ],
  terms: [
    col('canonical', 'text', "the phrase's one correct form", true),
    col('variants', 'list', 'known wrong forms'),
    SOURCE,
  ],
  milestones: [
    col('name', 'text', "the event's name", true),
    col('aliases', 'list', 'other wordings that name the same event'),
    col('date', 'date', 'when it happened: YYYY, YYYY-MM or YYYY-MM-DD', true),
    SOURCE,
  ],
};

/** The example row of each template: made up, like `factlint tables init`'s starter table. */
const EXAMPLES: Record<CsvKind, Record<string, string>> = {
  offices: {
    id: 'example-foreign-minister',
    title: 'Minister of Foreign Affairs',
    aliases: 'Foreign Minister',
    country: 'Examplia',
    source: 'where you checked it: a link, a gazette, a call',
  },
  people: { name: 'Ada Example', aliases: 'Example', office: 'example-foreign-minister', from: '2024-05-01', source: 'official biography' },
  acronyms: { short: 'EXTA', expansion: 'Examplia Trade Agreement', variants: 'ETXA' },
  terms: { canonical: 'Examplia Coastal Compact', variants: 'Examplian Coastal Compact' },
  milestones: { name: 'Examplia Trade Agreement', aliases: 'the coastal trade pact', date: '2021-03-15' },
};

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function csvText(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The templates `factlint tables init --csv` writes: a header and one example row per kind, named `<beat>.<kind>.csv`. */
export function csvTemplates(beat: string): { kind: CsvKind; file: string; text: string }[] {
  return CSV_KINDS.map((kind) => {
    const names = CSV_COLUMNS[kind].map((c) => c.name);
    const example = names.map((n) => csvText(EXAMPLES[kind][n] ?? ''));
    return { kind, file: `${beat}.${kind}.csv`, text: `${names.join(',')}\n${example.join(',')}\n` };
  });
}

