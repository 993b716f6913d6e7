/**
 * Wikidata's entity JSON as it comes: the `{"entities": {…}}` document of `Special:EntityData`
 * and `wbgetentities`, or a dump's one entity per line (JSON lines, or a JSON array whose lines
 * end in commas). Only the shape is checked here; the converter reads every field defensively,
 * as anything in the file may be missing or odd.
 */
import { isQid, LineIndex } from '../../../engine';
import { isJsonObject, jsonErrorMessage, readJson } from '../json';

/** A snak: a property and its value (or "unknown value", "no value"). */
export interface WdSnak {
  snaktype?: string;
  property?: string;
  datavalue?: { value?: unknown; type?: string };
}

/** A statement: its main snak, qualifiers and rank. */
export interface WdStatement {
  id?: string;
  rank?: string;
  mainsnak?: WdSnak;
  qualifiers?: Record<string, WdSnak[]>;
}

/** A label or an alias in one language. */
export interface WdTerm {
  language?: string;
  value?: string;
}

/** An entity as Wikidata writes it (items matter here; properties and lexemes are skipped). */
export interface WdEntity {
  id: string;
  type?: string;
  labels?: Record<string, WdTerm>;
  aliases?: Record<string, WdTerm[]>;
  claims?: Record<string, WdStatement[]>;
}

/** Items by QID; null for an item the source says is missing (`wbgetentities`' `"missing": ""`). */
export type EntityMap = Map<string, WdEntity | null>;

/** What reading a file gives: its items, or one message naming the place that is wrong. */
export type ReadEntities = { entities: EntityMap; error?: undefined } | { entities?: undefined; error: string };

/** Entity ids of the other kinds a dump holds (properties, lexemes, media), skipped. */
const OTHER_ID = /^([PLM][1-9][0-9]*|E[1-9][0-9]*)$/;

const SHAPES =
  'Wikidata entity JSON is expected: the {"entities": {…}} document of Special:EntityData or wbgetentities, or a dump with one entity ({"id": "Q…", "type": "item", …}) per line';

/**
 * Reads the entities of a file's text (its byte-order mark already removed). `name` is how
 * messages name the file. Whole-document JSON is tried first; a text that is not one JSON
 * value is read line by line, as dumps are.
 */
export function readEntities(text: string, name: string): ReadEntities {
  const entities: EntityMap = new Map();
  const whole = readJson(text);
  if ('value' in whole) {
    const error = addValue(whole.value, entities, (path) => `${name}: ${path}`, 'the JSON');
    return error !== undefined ? { error } : { entities };
  }
  if (!byLines(text)) return { error: `${jsonErrorMessage(name, text, whole.error)}; ${SHAPES}` };
  const lines = new LineIndex(text);
  for (let line = 1; line <= lines.lineCount; line++) {
    const start = lines.offset(line, 1);
    const raw = text.slice(start, lines.lineEnd(start));
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed === '[' || trimmed === ']') continue;
    const lead = raw.length - raw.trimStart().length;
    const one = readJson(trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed);
    if ('error' in one) return { error: `${jsonErrorMessage(name, text, one.error, start + lead)}; ${SHAPES}` };
    const error = addValue(one.value, entities, (path) => `${name}:${line}: ${path}`, 'the line');
    if (error !== undefined) return { error };
  }
  return { entities };
}

/** Whether a text that is not one JSON value looks like one value per line: its first line is JSON alone, or a dump's "[". */
function byLines(text: string): boolean {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  if (first === undefined) return false;
  const t = first.trim();
  return t === '[' || 'value' in readJson(t.endsWith(',') ? t.slice(0, -1) : t);
}

/**
 * Adds the items of one JSON value: an `{"entities": …}` document, one entity, or an array of
 * entities. Returns the message for a value of none of these shapes.
 */
function addValue(value: unknown, into: EntityMap, where: (path: string) => string, what: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const error = addEntity(value[i], into, () => where(`item ${i + 1} of the list`));
      if (error !== undefined) return error;
    }
    return undefined;
  }
  if (isJsonObject(value) && isJsonObject(value.entities)) {
    for (const [key, entity] of Object.entries(value.entities)) {
      const error = addEntity(entity, into, () => where(`entities["${key}"]`), key);
      if (error !== undefined) return error;
    }
    return undefined;
  }
  return addEntity(value, into, () => where(what));
}

function addEntity(value: unknown, into: EntityMap, where: () => string, key?: string): string | undefined {
  if (!isJsonObject(value)) return `${where()} is ${describe(value)}, not an entity; ${SHAPES}`;
  const id = typeof value.id === 'string' ? value.id : key;
  // wbgetentities answers an id it does not know with {"id": "Q…", "missing": ""}.
  if ('missing' in value && id !== undefined && isQid(id)) {
    if (!into.has(id)) into.set(id, null);
    return undefined;
  }
  if (typeof value.id !== 'string' || !(isJsonObject(value.labels) || isJsonObject(value.claims) || typeof value.type === 'string')) {
    return `${where()} is not a Wikidata entity (it has no "id" with "labels", "claims" or "type"); ${SHAPES}`;
  }
  if (OTHER_ID.test(value.id)) return undefined;
  if (!isQid(value.id)) return `${where()} has the id "${value.id}", which is no Wikidata item id (Q…); ${SHAPES}`;
  into.set(value.id, value as unknown as WdEntity);
  return undefined;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}
