/**
 * Checks a table's shape against the schema with ajv and words each problem for an editor,
 * at the offset of the offending key or value.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { dateMessage } from '../dates';
import { isDataMap, keyOffsets, locate, startOf, type Data, type DataMap, type Located } from './data';
import { allowedKeys, requiredKeys, type EntryKind } from './schema';
import * as generated from './schema-validators';
import { closest } from './similar';

/** A problem at an offset of the table's text. */
export interface Problem {
  /** Offset of the offending key or value. */
  offset: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/** The validator of the whole table ("table"), or of one definition ("office", "person", …), generated ahead of time. */
function validator(definition = ''): ValidateFunction {
  const v = (generated as Record<string, ValidateFunction | undefined>)[definition || 'table'];
  if (!v) throw new Error(`no schema for ${definition}`);
  return v;
}

/** Which list holds which kind of entry. */
const LIST_KINDS: Record<string, EntryKind> = {
  offices: 'office',
  people: 'person',
  roles: 'role',
  acronyms: 'acronym',
  terms: 'term',
  milestones: 'milestone',
};

const NOUNS: Record<EntryKind, string> = {
  table: 'the table',
  office: 'an office',
  person: 'a person',
  role: 'a role',
  acronym: 'an acronym',
  term: 'a term',
  milestone: 'a milestone',
};

/** What to write after a key, for "has no value" and "is missing" messages. */
const PURPOSE: Record<string, string> = {
  id: 'a kebab-case id such as "foreign-minister"',
  title: 'the title',
  name: 'the canonical name',
  short: 'the acronym as it must be written',
  expansion: 'what the acronym stands for',
  canonical: 'the correct form of the phrase',
  country: 'the country',
  source: 'where the fact comes from',
  office: 'an office id',
  date: 'the date as YYYY, YYYY-MM or YYYY-MM-DD',
  from: 'the date as YYYY, YYYY-MM or YYYY-MM-DD',
  to: 'the date as YYYY, YYYY-MM or YYYY-MM-DD',
  asOf: "the last day the table's facts were checked, as YYYY-MM-DD",
};

/** Words writers reach for instead of a key. */
const SYNONYMS: Record<string, string> = {
  start: 'from',
  since: 'from',
  begin: 'from',
  end: 'to',
  until: 'to',
  alias: 'aliases',
  variant: 'variants',
  abbreviation: 'short',
  acronym: 'short',
};

/** An own entry of a lookup table (so that keys such as "constructor" find nothing). */
function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The kind of mapping a JSON Pointer names. */
function kindAt(pointer: string): EntryKind {
  const steps = pointer.split('/');
  for (let i = steps.length - 1; i > 0; i--) {
    const kind = lookup(LIST_KINDS, steps[i - 1]);
    if (kind && /^[0-9]+$/.test(steps[i])) return kind;
  }
  return 'table';
}

/** A value as an editor would describe it. */
function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a set of keys';
}

/** A kebab-case version of a string, for examples. */
function kebab(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'office-id';
}

/** Checks the top level of a table (its lists already emptied, see ItemSink); one problem per offending place. */
export function tableProblems(root: DataMap): Problem[] {
  return check(validator(), root, { value: root, start: startOf(root), last: '', field: '' }, '');
}

/** Checks one item of a top-level list such as "people"; unknown lists are the top level's business. */
export function itemProblems(list: string, index: number, item: Data, start: number): Problem[] {
  const kind = lookup(LIST_KINDS, list);
  if (!kind || list === 'roles') return NONE;
  return check(validator(kind), item, { value: item, start, last: String(index), field: list }, `/${list}/${index}`);
}

const NONE: Problem[] = [];

/** Runs a validator and words its errors, one per place and message, in document order. */
function check(validate: ValidateFunction, data: Data, base: Located, prefix: string): Problem[] {
  if (validate(data)) return NONE;
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of validate.errors ?? []) {
    const p = describeError(base, prefix, e);
    if (!p) continue;
    const id = `${p.offset}\0${p.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(p);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** One ajv error in words, at the offending key or value; null when another error of the same place says it better. */
function describeError(base: Located, prefix: string, e: ErrorObject): Problem | null {
  const at = locate(base, e.instancePath);
  const value = at.value;
  const map = isDataMap(value) ? value : undefined;
  const kind = kindAt(prefix + e.instancePath);
  const isItem = /^[0-9]+$/.test(at.last);
  const offset = at.start;

  if (kind === 'table' && at.field === 'asOf' && value !== null && (e.keyword === 'type' || e.keyword === 'pattern')) {
    return { offset, message: `asOf must be a full day written YYYY-MM-DD (the last day the table's facts were checked, e.g. 2026-03-06), not ${describe(value)}` };
  }
  if (e.schemaPath.startsWith('#/definitions/date/')) {
    return { offset, message: value === null ? noValue(at.field, !requiredKeys[kind].includes(at.field)) : dateMessage(value) };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const keyAt = map ? keyOffsets(map, key)?.key : undefined;
      const allowed = allowedKeys[kind];
      const synonym = lookup(SYNONYMS, key.toLowerCase());
      const guess = synonym && allowed.includes(synonym) ? synonym : closest(key, allowed);
      const where = kind === 'table' ? 'at the top of the table' : `in ${NOUNS[kind]}`;
      const hint = guess ? `: did you mean "${guess}"?` : '.';
      return { offset: keyAt ?? offset, message: `unknown key "${key}" ${where}${hint} Allowed keys: ${allowed.join(', ')}` };
    }
    case 'required': {
      if (e.schemaPath.includes('/oneOf/')) return null;
      const key = (e.params as { missingProperty: string }).missingProperty;
      if (kind === 'table') return { offset, message: `the table has no "version": add "version: 1" as its first line` };
      const what = kind === 'office' && key === 'title' ? "the office's canonical title" : (lookup(PURPOSE, key) ?? 'a value');
      return { offset, message: `this ${NOUNS[kind].replace(/^an? /, '')} has no "${key}": add "${key}: …" with ${what}` };
    }
    case 'oneOf': {
      const both = (e.params as { passingSchemas: [number, number] | null }).passingSchemas !== null;
      if (!both) {
        return { offset, message: 'this role has neither "office" nor "title": add "office:" with the id of an office in a facts table, or "title:" for a one-off title' };
      }
      const title = map ? keyOffsets(map, 'title')?.key : undefined;
      return { offset: title ?? offset, message: 'this role has both "office" and "title": keep "office" to name an office of a facts table, or "title" for a one-off title, not both' };
    }
    case 'dependencies': {
      if (!map || !keyOffsets(map, 'office')) return null; // the role's oneOf message covers a role with neither
      return { offset: keyOffsets(map, 'country')?.key ?? offset, message: `"country" goes only with a one-off "title"; an office's country is written on the office entry, so remove it here` };
    }
    case 'const':
      return { offset, message: `"version" must be 1, the only facts-table version factlint reads${value === '1' ? ' (write it without quotes)' : ''}` };
    case 'pattern':
      if (typeof value !== 'string') break;
      if (at.field === 'short') {
        // An empty acronym has its own message ("is empty"); an example is given only when there is one to give.
        if (value === '') return null;
        const example = value.replace(/\s+/g, '').toUpperCase();
        const eg = /\p{Lu}/u.test(example) ? `, e.g. "${example}"` : '';
        return { offset, message: `acronym "${value}" must be written as it appears in copy, with at least one capital letter and no spaces${eg}` };
      }
      if (at.field === 'office') {
        return { offset, message: `"${value}" is not an office id: office ids are kebab-case, e.g. "${kebab(value)}"; for a title with no office entry, write "title: ${value}" instead` };
      }
      return { offset, message: `office id "${value}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "${kebab(value)}"` };
    case 'minLength':
      return { offset, message: isItem ? `an entry of "${at.field}" is empty: remove it or fill it in` : noValue(at.field, !requiredKeys[kind].includes(at.field), 'is empty') };
    case 'type':
      return { offset, message: typeMessage(at.field, isItem, (e.params as { type: string }).type, value, kind, !requiredKeys[kind].includes(at.field)) };
  }
  return { offset, message: `${prefix + e.instancePath || 'the table'} ${e.message ?? 'is not valid'}` };
}

/** "has no value" (or "is empty"): what to write after the key, and whether the line may go. */
function noValue(field: string, optional: boolean, what = 'has no value'): string {
  return `"${field}" ${what}: write ${lookup(PURPOSE, field) ?? 'a value'} after "${field}:"${optional ? ', or remove the line' : ''}`;
}

/** A value of the wrong type, in words, with the fix. */
function typeMessage(field: string, isItem: boolean, expected: string, value: unknown, kind: EntryKind, optional: boolean): string {
  if (expected === 'array') {
    const itemKind = lookup(LIST_KINDS, field);
    if (value === null) {
      return itemKind
        ? `"${field}" has no entries: list each ${itemKind} below it, starting with "- ", or remove the line`
        : `"${field}" has no value: write a list such as [first, second] after "${field}:", or remove the line`;
    }
    if (itemKind) return `"${field}" should be a list of ${field === 'people' ? 'people' : `${itemKind}s`}, each starting with "- ", not ${describe(value)}`;
    const example = typeof value === 'string' ? `: write ${field}: [${value}]` : ', e.g. [first, second]';
    return `"${field}" should be a list, not ${describe(value)}${example}`;
  }
  if (expected === 'object') {
    const keys = (requiredKeys[kind].length > 0 ? requiredKeys[kind] : allowedKeys[kind].slice(0, 2)).map((k) => `"${k}:"`).join(' and ');
    return `each entry of "${field}" should be ${NOUNS[kind]} with keys such as ${keys}, not ${describe(value)}`;
  }
  if (expected === 'string') {
    if (value === null && !isItem) return noValue(field, optional);
    const quote = typeof value === 'number' || typeof value === 'boolean' ? `: put it in quotes, "${value}"` : '';
    return `${isItem ? `each entry of "${field}"` : `"${field}"`} should be text, not ${describe(value)}${quote}`;
  }
  return `"${field}" should be ${expected}, not ${describe(value)}`;
}
