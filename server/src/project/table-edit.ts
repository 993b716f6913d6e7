/**
 * Small edits to a facts table and to `.factlint.yaml`, for the editor's "Add … to a facts table"
 * and "Create facts table": a person with a role, a role for a person already there, an alias, a
 * table in a config's `facts`. The file is read with `yaml`'s Document API to find where things
 * are; the change is one insertion (or the replacement of one empty value), written in the
 * file's own indentation and line endings, so comments and everything else stay byte for byte.
 * Pure: text in, an edit out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Edit } from '../engine';
import type { RoleDoc } from './table-doc';

/** What to add to a table. */
export type TableChange =
  /** A person with a role; the role alone when the table has the person under that name. */
  | { kind: 'person'; name: string; role: RoleDoc }
  /** A spelling of a person's name; the person's entry is created when the table has none (tables merge by name). */
  | { kind: 'alias'; person: string; wikidata?: string; alias: string };

/** An edit to a file, and the 0-based line where what it adds begins. */
export interface FileEdit {
  edit: Edit;
  line: number;
}

/** Why an edit cannot be made, for a person: what is wrong and what to do. */
export interface EditProblem {
  problem: string;
}

/**
 * The `source` a role added from the editor gets: valid (a source may not be empty) and plainly
 * unfinished, so that `grep TODO` and the hover card show what is still to be checked.
 */
export const SOURCE_PLACEHOLDER = 'TODO: where you checked this (a link, a document, a call)';

/** Keys of a table in file order (docs/contract.md §2), to put a new `people:` before the kinds that follow it. */
const AFTER_PEOPLE = ['acronyms', 'terms', 'milestones'];

/** The text as `yaml` reads it, and what edits to it need. */
interface Parsed {
  doc: Document.Parsed;
  /** The text without a byte-order mark. */
  body: string;
  /** 1 when the text starts with a byte-order mark: offsets into `body` are one less than into the text. */
  shift: number;
  eol: string;
  lines: LineCounter;
}

function parse(text: string, what: string): Parsed | EditProblem {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(shift);
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const { line, col } = lines.linePos(doc.errors[0].pos[0]);
    return { problem: `${what} has a YAML error at line ${line}, column ${col}; fix it first` };
  }
  return { doc, body, shift, eol: body.includes('\r\n') ? '\r\n' : '\n', lines };
}

function isProblem<T extends object>(x: T | EditProblem): x is EditProblem {
  return 'problem' in x;
}

/** An insertion into the text at an offset of `body`. */
function insertAt(p: Parsed, at: number, text: string): FileEdit {
  return { edit: { offset: at + p.shift, length: 0, text }, line: p.lines.linePos(at).line - 1 };
}

/** Where the line after the one holding `pos` starts (the text's end when it has no line break after). */
function nextLineStart(body: string, pos: number): number {
  const nl = body.indexOf('\n', pos);
  return nl < 0 ? body.length : nl + 1;
}

function lineStart(body: string, pos: number): number {
  return body.lastIndexOf('\n', pos - 1) + 1;
}

/** Line `n` (1-based) of a node, for messages. */
function lineOf(p: Parsed, node: YamlNode): number {
  return p.lines.linePos(node.range?.[0] ?? 0).line;
}

/**
 * Inserts whole lines after the item that ends at `end` (a node's `range[1]`, which `yaml` puts
 * at the start of the next line, or at the end of a text without a final line break).
 */
function insertLines(p: Parsed, end: number, lines: string[]): FileEdit {
  const at = end > 0 && p.body[end - 1] !== '\n' ? nextLineStart(p.body, end) : end;
  const lead = at === p.body.length && at > 0 && p.body[at - 1] !== '\n' ? p.eol : '';
  const edit = insertAt(p, at, lead + lines.map((l) => l + p.eol).join(''));
  return lead ? { ...edit, line: edit.line + 1 } : edit;
}

/** The indentation of a block sequence item's dash, and of its keys; undefined when the item does not start on its dash's line. */
function itemIndent(p: Parsed, item: YamlNode): { dash: string; keys: string } | undefined {
  const start = item.range![0];
  const m = /^( *)-( +)$/.exec(p.body.slice(lineStart(p.body, start), start));
  return m ? { dash: m[1], keys: ' '.repeat(m[0].length) } : undefined;
}

/** A scalar as YAML writes it: plain when that reads back the same, in block or flow context, else double-quoted. */
export function scalar(s: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’()-]*$/u.test(s) &&
    !/\s$/.test(s) &&
    !/^(true|false|yes|no|on|off|null|y|n)$/i.test(s) &&
    !/^[0-9.+-][0-9_.:eE+-]*$/.test(s) &&
    !/^\d{4}-\d\d-\d\d/.test(s);
  return plain ? s : JSON.stringify(s);
}

/** A date as a table writes it: plain (a year is a number, the rest a string either way). */
function dateText(d: string): string {
  return /^\d{4}(-\d\d){0,2}$/.test(d) ? d : JSON.stringify(d);
}

/** The lines of a role as an item of a block list, its dash at `dash`. */
function roleLines(role: RoleDoc, dash: string): string[] {
  const fields: [string, string][] = [];
  if (role.office !== undefined) fields.push(['office', scalar(role.office)]);
  if (role.title !== undefined) fields.push(['title', scalar(role.title)]);
  if (role.country !== undefined) fields.push(['country', scalar(role.country)]);
  if (role.from !== undefined) fields.push(['from', dateText(role.from)]);
  if (role.to !== undefined) fields.push(['to', dateText(role.to)]);
  fields.push(['source', JSON.stringify(role.source ?? SOURCE_PLACEHOLDER)]);
  return fields.map(([k, v], i) => `${i === 0 ? `${dash}- ` : `${dash}  `}${k}: ${v}`);
}

/** The lines of a new person entry, its dash at `dash` and its keys at `keys`. */
function personLines(change: TableChange, dash: string, keys: string): string[] {
  if (change.kind === 'person') return [`${dash}- name: ${scalar(change.name)}`, `${keys}roles:`, ...roleLines(change.role, keys + '  ')];
  const lines = [`${dash}- name: ${scalar(change.person)}`, `${keys}aliases: [${scalar(change.alias)}]`];
  if (change.wikidata !== undefined) lines.push(`${keys}wikidata: ${scalar(change.wikidata)}`);
  return lines;
}

/** The value of a key of a map, and its pair. */
function pairOf(map: YAMLMap, key: string): Pair<YamlNode, YamlNode | null> | undefined {
  return map.items.find((i) => isScalar(i.key) && i.key.value === key) as Pair<YamlNode, YamlNode | null> | undefined;
}

/** Whether a value is absent: nothing after the key, `~`/`null`, or an empty flow list. */
function isEmpty(v: YamlNode | null): boolean {
  return v === null || (isScalar(v) && v.value === null) || (isSeq(v) && v.flow === true && v.items.length === 0);
}

/**
 * Replaces an empty value (`people:`, `people: []`) with a block list: the key's line keeps its
 * key and any comment after the value, and the list's lines follow it.
 */
function fillEmpty(p: Parsed, pair: Pair<YamlNode, YamlNode | null>, lines: string[]): FileEdit {
  const key = pair.key.range!;
  const colon = p.body.indexOf(':', key[1]);
  const from = lineStart(p.body, key[0]);
  const lineEnd = p.body.indexOf('\n', colon) < 0 ? p.body.length : p.body.indexOf('\n', colon) - (p.body[p.body.indexOf('\n', colon) - 1] === '\r' ? 1 : 0);
  const valueEnd = pair.value && !(isScalar(pair.value) && pair.value.value === null) ? pair.value.range![1] : colon + 1;
  const rest = p.body.slice(Math.min(valueEnd, lineEnd), lineEnd);
  const comment = /#.*$/.exec(rest)?.[0];
  const head = p.body.slice(from, colon + 1) + (comment ? ` ${comment}` : '');
  const edit: Edit = { offset: from + p.shift, length: lineEnd - from, text: [head, ...lines].join(p.eol) };
  return { edit, line: p.lines.linePos(from).line };
}

/** The entry of a table's people with this name (and Wikidata item, when both give one). */
function findPerson(people: YAMLSeq, name: string, wikidata: string | undefined): YAMLMap | undefined {
  const named = people.items.filter((i): i is YAMLMap => isMap(i) && (i.get('name') as unknown) === name);
  return named.find((m) => wikidata !== undefined && m.get('wikidata') === wikidata) ?? named.find((m) => m.get('wikidata') === undefined) ?? named[0];
}

/** The edit that makes `change` in a facts table's text. */
export function editTable(text: string, change: TableChange): FileEdit | EditProblem {
  const p = parse(text, 'the table');
  if (isProblem(p)) return p;
  const root = p.doc.contents;
  if (!isMap(root) || root.flow === true) return { problem: 'the table is not a mapping of version, offices, people, …; fix it first' };
  const people = pairOf(root, 'people');
  if (!people) return addPeopleKey(p, root, change);
  if (isEmpty(people.value)) return fillEmpty(p, people, personLines(change, '  ', '    '));
  const seq = people.value;
  if (!isSeq(seq) || seq.flow === true) return { problem: `"people" at line ${lineOf(p, people.key)} is not a block list ("- name: …" lines); write it so to add to it here` };
  const name = change.kind === 'person' ? change.name : change.person;
  const person = findPerson(seq, name, change.kind === 'alias' ? change.wikidata : undefined);
  if (!person) {
    const last = seq.items[seq.items.length - 1] as YamlNode;
    const indent = itemIndent(p, seq.items[0] as YamlNode);
    if (!indent) return { problem: `the people at line ${lineOf(p, seq)} are not written as "- name: …" items; write them so to add to them here` };
    return insertLines(p, last.range![1], personLines(change, indent.dash, indent.keys));
  }
  if (person.flow === true) return { problem: `${name} at line ${lineOf(p, person)} is written in flow style ({ … }); write the entry in block style to add to it here` };
  return change.kind === 'person' ? addRole(p, person, change.role) : addAlias(p, person, change.alias);
}

/** A table without `people:`: the key and its list go before the kinds that follow it, or at the end. */
function addPeopleKey(p: Parsed, root: YAMLMap, change: TableChange): FileEdit {
  const lines = ['people:', ...personLines(change, '  ', '    ')];
  const next = root.items.find((i) => isScalar(i.key) && AFTER_PEOPLE.includes(String(i.key.value)));
  if (!next) return insertLines(p, p.body.length, lines);
  // Before the comments and blank lines that lead up to that key.
  let at = lineStart(p.body, (next.key as YamlNode).range![0]);
  while (at > 0) {
    const prev = lineStart(p.body, at - 1);
    if (!/^\s*(#.*)?$/.test(p.body.slice(prev, at - 1).replace(/\r$/, ''))) break;
    at = prev;
  }
  return insertAt(p, at, lines.map((l) => l + p.eol).join(''));
}

/** The indentation of the keys of a block map. */
function keyIndent(p: Parsed, map: YAMLMap): string {
  const first = (map.items[0].key as YamlNode).range![0];
  return ' '.repeat(first - lineStart(p.body, first));
}

function addRole(p: Parsed, person: YAMLMap, role: RoleDoc): FileEdit | EditProblem {
  const roles = pairOf(person, 'roles');
  const keys = keyIndent(p, person);
  if (!roles) return insertLines(p, person.range![1], [`${keys}roles:`, ...roleLines(role, keys + '  ')]);
  if (isEmpty(roles.value)) return fillEmpty(p, roles, roleLines(role, keys + '  '));
  const seq = roles.value;
  const indent = isSeq(seq) && seq.flow !== true ? itemIndent(p, seq.items[0] as YamlNode) : undefined;
  if (!isSeq(seq) || !indent) return { problem: `the roles at line ${lineOf(p, roles.key)} are not written as "- office: …" items; write them so to add a role here` };
  return insertLines(p, (seq.items[seq.items.length - 1] as YamlNode).range![1], roleLines(role, indent.dash));
}

function addAlias(p: Parsed, person: YAMLMap, alias: string): FileEdit | EditProblem {
  const aliases = pairOf(person, 'aliases');
  const keys = keyIndent(p, person);
  if (!aliases) {
    // Right after the name, where the table's key order puts aliases.
    const name = pairOf(person, 'name')!;
    return insertLines(p, nextLineStart(p.body, (name.value as YamlNode).range![1]), [`${keys}aliases: [${scalar(alias)}]`]);
  }
  const seq = aliases.value;
  if (isEmpty(seq)) return isSeq(seq) ? insertAt(p, p.body.indexOf('[', seq.range![0]) + 1, scalar(alias)) : fillEmpty(p, aliases, [`${keys}  - ${scalar(alias)}`]);
  if (!isSeq(seq)) return { problem: `the aliases at line ${lineOf(p, aliases.key)} are not a list; write them as [A, B] to add one here` };
  if (seq.items.some((i) => isScalar(i) && i.value === alias)) return { problem: `"${alias}" is already an alias of ${String(person.get('name'))}` };
  if (seq.flow === true) return insertAt(p, (seq.items[seq.items.length - 1] as YamlNode).range![1], `, ${scalar(alias)}`);
  const indent = itemIndent(p, seq.items[0] as YamlNode);
  if (!indent) return { problem: `the aliases at line ${lineOf(p, aliases.key)} are not written as "- …" items; write them so to add one here` };
  return insertLines(p, (seq.items[seq.items.length - 1] as YamlNode).range![1], [`${indent.dash}- ${scalar(alias)}`]);
}

/**
 * The edit that names a table in a `.factlint.yaml`'s `facts` (`table` relative to the config's
 * folder, with forward slashes); null when it is named there already.
 */
export function addTableToConfig(text: string, table: string): FileEdit | EditProblem | null {
  return addToConfigList(text, 'facts', scalar(table), (i) => isScalar(i) && i.value === table, `add "${table}" by hand`, 'a list of tables');
}

/**
 * The edit that adds an entry to a `.factlint.yaml`'s `ignore` (a flagged text, and the rule it
 * is ignored for), keeping the rest of the file; null when the entry is there already.
 */
export function addIgnoreToConfig(text: string, flagged: string, rule: string): FileEdit | EditProblem | null {
  const has = (i: unknown) => (isScalar(i) && i.value === flagged) || (isMap(i) && i.get('text') === flagged && [undefined, rule].includes(i.get('rule') as string | undefined));
  return addToConfigList(text, 'ignore', `{ text: ${scalar(flagged)}, rule: ${scalar(rule)} }`, has, 'add this one by hand', 'a list');
}

/**
 * The edit that adds `entry` (YAML, one line) to the list under `key` of a `.factlint.yaml`, in
 * the list's own style (flow or block, its indentation), keeping the rest of the file; the key
 * and list are made when there are none; null when an item `has` it already.
 */
function addToConfigList(text: string, key: string, entry: string, has: (item: unknown) => boolean, byHand: string, shape: string): FileEdit | EditProblem | null {
  const p = parse(text, '.factlint.yaml');
  if (isProblem(p)) return p;
  const root = p.doc.contents;
  const fresh = key === 'facts' ? [`facts: [${entry}]`] : [`${key}:`, `  - ${entry}`];
  if (root === null || (isScalar(root) && root.value === null)) return insertLines(p, p.body.length, fresh);
  if (!isMap(root) || root.flow === true) return { problem: '.factlint.yaml is not a mapping of facts, defaultFacts, rules, date, ignore; fix it first' };
  const pair = pairOf(root, key);
  if (!pair) return insertLines(p, p.body.length, fresh);
  if (isEmpty(pair.value)) {
    if (isSeq(pair.value)) return insertAt(p, p.body.indexOf('[', pair.value.range![0]) + 1, entry);
    return fillEmpty(p, pair, [`  - ${entry}`]);
  }
  const seq = pair.value;
  if (!isSeq(seq)) return { problem: `"${key}" at line ${lineOf(p, pair.key)} of .factlint.yaml is not ${shape}; fix it first` };
  if (seq.items.some(has)) return null;
  if (seq.flow === true) return insertAt(p, (seq.items[seq.items.length - 1] as YamlNode).range![1], `, ${entry}`);
  const indent = itemIndent(p, seq.items[0] as YamlNode);
  if (!indent) return { problem: `the ${key === 'facts' ? 'tables' : 'entries'} at line ${lineOf(p, pair.key)} of .factlint.yaml are not written as "- …" items; ${byHand}` };
  return insertLines(p, (seq.items[seq.items.length - 1] as YamlNode).range![1], [`${indent.dash}- ${entry}`]);
}

/** Applies an edit to a text. */
export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length);
}
