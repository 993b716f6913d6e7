/**
 * The JSON Schema of a facts table (docs/contract.md §2): the one definition, used by the loader through
 * ajv and shipped as `schemas/facts.schema.json` for editors' YAML language servers
 * (`# yaml-language-server: $schema=…/schemas/facts.schema.json`).
 *
 * After changing it, rebuild and regenerate the shipped file:
 *   npx tsc -b && node scripts/write-schema.js
 * A test fails while the two differ.
 *
 * The schema checks shape only. The loader adds what JSON Schema cannot say well: real calendar
 * dates, `from` not after `to`, duplicate ids, offices that exist, and conflicts between tables.
 */
import { DATE_PATTERN } from '../dates';

/** A full day, YYYY-MM-DD: a table's `asOf`. */
export const DAY_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** A Wikidata item id. */
export const QID_PATTERN = '^Q[1-9][0-9]*$';

/** Kebab-case office ids. */
export const OFFICE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** An acronym as it must be written: no spaces, at least one capital letter (Latin, Greek or Cyrillic). */
export const ACRONYM_PATTERN = '^\\S*[A-Z\\u00C0-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F]\\S*$';

const QID = new RegExp(QID_PATTERN);
const OFFICE_ID = new RegExp(OFFICE_ID_PATTERN);
const ACRONYM = new RegExp(ACRONYM_PATTERN);

/** Whether a text is a Wikidata item id (`Q42`), as a table's `wikidata` must be. */
export function isQid(s: string): boolean {
  return QID.test(s);
}

/** Whether a text is an office id in kebab-case, as a table's `id` and a role's `office` must be. */
export function isOfficeId(s: string): boolean {
  return OFFICE_ID.test(s);
}

/** Whether a text may be an acronym's `short`: no spaces, at least one capital letter. */
export function isAcronymShort(s: string): boolean {
  return ACRONYM.test(s);
}

const text = (description: string) => ({ type: 'string', minLength: 1, description });
const textList = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const source = text('Where the fact comes from: a link, a document, a date checked (free text).');

/** The facts-table schema (JSON Schema draft-07). */
export const factsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'factlint facts table',
  description: 'Known facts (offices, people, acronyms, terms, milestones) that factlint checks news drafts against. Files are named *.facts.yaml.',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Format version of the table; always 1.' },
    asOf: {
      type: 'string',
      pattern: DAY_PATTERN,
      description: "The last day the table's facts were checked, as YYYY-MM-DD: past it, who holds an office is not known, and findings that depend on it are infos.",
    },
    offices: { type: 'array', items: { $ref: '#/definitions/office' }, description: 'Offices that people hold; one entry per office.' },
    people: { type: 'array', items: { $ref: '#/definitions/person' }, description: 'Known people and the offices or titles they held.' },
    acronyms: { type: 'array', items: { $ref: '#/definitions/acronym' }, description: 'Acronyms with their expansions.' },
    terms: { type: 'array', items: { $ref: '#/definitions/term' }, description: 'Fixed phrases with one correct form.' },
    milestones: { type: 'array', items: { $ref: '#/definitions/milestone' }, description: 'Named events and upgrades with a date.' },
  },
  definitions: {
    date: {
      description: 'A date as YYYY, YYYY-MM or YYYY-MM-DD.',
      anyOf: [
        { type: 'integer', minimum: 1000, maximum: 9999 },
        { type: 'string', pattern: DATE_PATTERN },
      ],
    },
    officeId: { type: 'string', pattern: OFFICE_ID_PATTERN, description: 'Office id in kebab-case, e.g. jp-foreign-minister.' },
    office: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title'],
      properties: {
        id: { $ref: '#/definitions/officeId' },
        title: text('Canonical title of the office.'),
        aliases: textList('Other names writers use for the title.'),
        country: text('Country the office belongs to; lets "Japan\'s Foreign Minister" resolve to this office.'),
        source,
        wikidata: { type: 'string', pattern: QID_PATTERN, description: 'The Wikidata item of the office (Q…): offices of two tables with one item are one office.' },
      },
    },
    person: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: text('Canonical full name.'),
        aliases: textList('Other accepted spellings and name orders.'),
        roles: { type: 'array', items: { $ref: '#/definitions/role' }, description: 'Offices and one-off titles the person held.' },
        source,
        wikidata: { type: 'string', pattern: QID_PATTERN, description: 'The Wikidata item of the person (Q…): people of two tables with one item are one person, and two people with one name are told apart by it.' },
      },
    },
    role: {
      type: 'object',
      additionalProperties: false,
      description: 'An office (by id) or a one-off title, held from a date to a date.',
      properties: {
        office: { $ref: '#/definitions/officeId' },
        title: text('A one-off title with no office entry.'),
        country: text('Country of the one-off title.'),
        from: { $ref: '#/definitions/date' },
        to: { $ref: '#/definitions/date' },
        source,
      },
      oneOf: [{ required: ['office'] }, { required: ['title'] }],
      dependencies: { country: ['title'] },
    },
    acronym: {
      type: 'object',
      additionalProperties: false,
      required: ['short', 'expansion'],
      properties: {
        short: { ...text('The acronym as it must be written: no spaces, at least one capital letter.'), pattern: ACRONYM_PATTERN },
        expansion: text('What the acronym stands for.'),
        variants: textList('Known wrong forms: misspelled acronyms or wrong expansions.'),
        source,
      },
    },
    term: {
      type: 'object',
      additionalProperties: false,
      required: ['canonical'],
      properties: {
        canonical: text('The correct form of the phrase.'),
        variants: textList('Known wrong forms of the phrase.'),
        source,
      },
    },
    milestone: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'date'],
      properties: {
        name: text('Canonical name of the event or upgrade.'),
        aliases: textList('Other phrasings of the same milestone.'),
        date: { $ref: '#/definitions/date' },
        source,
      },
    },
  },
} as const;

/** The kinds of mapping a table holds, for messages. */
export type EntryKind = 'table' | 'office' | 'person' | 'role' | 'acronym' | 'term' | 'milestone';

/** The keys each kind of mapping allows, in schema order. */
export const allowedKeys: Record<EntryKind, readonly string[]> = {
  table: Object.keys(factsSchema.properties),
  office: Object.keys(factsSchema.definitions.office.properties),
  person: Object.keys(factsSchema.definitions.person.properties),
  role: Object.keys(factsSchema.definitions.role.properties),
  acronym: Object.keys(factsSchema.definitions.acronym.properties),
  term: Object.keys(factsSchema.definitions.term.properties),
  milestone: Object.keys(factsSchema.definitions.milestone.properties),
};

/** The required keys of each kind of mapping. */
export const requiredKeys: Record<EntryKind, readonly string[]> = {
  table: factsSchema.required,
  office: factsSchema.definitions.office.required,
  person: factsSchema.definitions.person.required,
  role: [],
  acronym: factsSchema.definitions.acronym.required,
  term: factsSchema.definitions.term.required,
  milestone: factsSchema.definitions.milestone.required,
};
