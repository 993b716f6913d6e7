/**
 * Generated facts tables (docs/contract.md §2, `schemas/facts.schema.json`): a model of offices,
 * people and their roles, acronyms, terms and milestones, written as YAML in the styles tables
 * are written in (block and flow lists, plain and quoted strings, comments, indentation of two
 * or four, CRLF). A clean table keeps every rule of the contract, so it must load without
 * errors; a damaged one has junk values in its model or lines of its text deleted, repeated,
 * moved, re-indented or garbled, and must load or give errors with a place. Now and then a
 * table borrows a name, title, office id or acronym of another table (the default one), so
 * that loading the two together extends entries and meets conflicts.
 */
import * as fc from 'fast-check';
import { sometimes } from './drafts';
import { tokenize } from './modules';
import type { Vocabulary } from './vocabulary';

/** A value of the model: what YAML can hold. */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** One generated table. */
export interface TableCase {
  /** The table's YAML text. */
  text: string;
  /** Whether the table was written by the contract's rules (then it must load without errors). */
  clean: boolean;
  /** Whether it is loaded after the default table, as `--facts` tables are. */
  withDefault: boolean;
  /** Seed of the drafts checked against it, when it loads. */
  draftSeed: number;
}

const SYLLABLES = ['ka', 'ren', 'zo', 'li', 'mar', 'tu', 'vel', 'ost', 'an', 'dri', 'sel', 'po', 'ha', 'nim', 'qua', 'ber', 'ix', 'lun', 'te', 'gor'];
const UNICODE_WORDS = ['Zoë', 'Ångel', 'Łucja', 'Øster', 'Ñuño', 'Ébène', 'Straße', 'İlkay', 'Δήμος', 'Пётр', '李明', 'Ḥalim', "O'Neill", 'Jean-Luc', 'Mc-Kay', 'al-Rashid'];
const TITLE_WORDS = ['Minister', 'Secretary', 'Deputy', 'Foreign', 'Affairs', 'Defence', 'Ambassador', 'Chief', 'Envoy', 'Special', 'of', 'for', 'the', 'to', 'General', 'Senior', 'Vice', 'Prime', 'Advisor', 'Council'];
const STAGES = ['entry into force of', 'ratification of the', 'signing of', 'launch of the'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A made-up word, sometimes one with letters beyond ASCII. */
const word = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => capital(s.join(''))), weight: 6 },
  { arbitrary: fc.constantFrom(...UNICODE_WORDS), weight: 1 },
);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const titleText = fc.array(fc.oneof(fc.constantFrom(...TITLE_WORDS), word), { minLength: 1, maxLength: 4 }).map((w) => capital(w.join(' ')));

/** Mostly `own`, now and then a string of the other table. */
const orBorrowed = (own: fc.Arbitrary<string>, other: string[]) => fc.oneof({ arbitrary: own, weight: 12 }, { arbitrary: fc.constantFrom(...other), weight: 1 });

/** A date at year, month or day precision, as the table writes it. */
const date = fc.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(3)).map(([y, m, d, precision]): string | number => {
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return precision === 0 ? y : precision === 1 ? `${y}` : precision === 2 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
});

/** The first day of the span a table date names, for ordering `from` before `to`. */
function startOf(d: string | number): string {
  const s = String(d);
  return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}

/** A value that is wrong for any field: another type, an empty string, a malformed date. */
const junk: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>('', ' ', 0, -1, 1.5, 99999, true, false, null, [], {}, ['x'], { a: 'b' }, '2019-02-30', '2019-13', '20190', 'Not-Kebab', 'lower', 'a b', '2', '1'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** Unique strings by exact value (the loader's duplicate check is exact). */
function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The model of a clean table, now and then borrowing from `v`: every rule of the contract kept. */
function cleanModel(v: Vocabulary) {
  const name = orBorrowed(words(1, 3), v.names);
  const title = orBorrowed(titleText, v.titles);
  const short = orBorrowed(fc.array(fc.constantFrom(...'ABCDEFGHIKLMNOPRSTUZ'), { minLength: 2, maxLength: 6 }).map((l) => l.join('')), v.acronyms);
  return fc
  .record({
    asOf: fc.option(fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })), { nil: undefined }),
    offices: fc.array(fc.record({ id: fc.oneof({ arbitrary: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((w) => w.join('-')), weight: 12 }, fc.constantFrom(...v.officeIds)), title, aliases: fc.option(fc.array(titleText, { maxLength: 3 }), { nil: undefined }), country: fc.option(word, { nil: undefined }) }), { maxLength: 5 }),
    people: fc.array(
      fc.record({
        name,
        aliases: fc.option(fc.array(words(1, 2), { maxLength: 3 }), { nil: undefined }),
        roles: fc.option(
          fc.array(
            fc.record({ office: fc.nat(), borrowed: sometimes(fc.constantFrom(...v.officeIds), 1, 12), oneOff: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)), title, country: fc.option(word, { nil: undefined }), from: fc.option(date, { nil: undefined }), to: fc.option(date, { nil: undefined }) }),
            { maxLength: 3 },
          ),
          { nil: undefined },
        ),
        source: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    acronyms: fc.array(
      fc.record({
        short,
        expansion: orBorrowed(words(2, 5), v.expansions),
        variants: fc.option(fc.array(fc.oneof(fc.array(fc.constantFrom(...'ABCDEFGHIKLMNOPRSTUZ'), { minLength: 2, maxLength: 6 }).map((l) => l.join('')), words(2, 4)), { maxLength: 2 }), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    terms: fc.array(fc.record({ canonical: orBorrowed(words(1, 4), v.terms), variants: fc.option(fc.array(words(1, 4), { maxLength: 2 }), { nil: undefined }) }), { maxLength: 3 }),
    milestones: fc.array(fc.record({ name: orBorrowed(words(1, 4), v.milestones), stage: sometimes(fc.constantFrom(...STAGES), 1, 3), aliases: fc.option(fc.array(words(1, 3), { maxLength: 2 }), { nil: undefined }), date }), { maxLength: 4 }),
  })
  .map((m) => {
    const offices = unique(
      m.offices.map((o, i) => ({ ...o, id: v.officeIds.includes(o.id) ? o.id : `${o.id}-${i}` })),
      (o) => o.id,
    );
    const ids = offices.map((o) => o.id);
    const people = unique(m.people, (p) => p.name).map((p) => ({
      ...p,
      roles: p.roles?.map((r) => {
        const role: Record<string, Value> = {};
        if (r.oneOff || (ids.length === 0 && r.borrowed === undefined)) {
          role.title = r.title;
          if (r.country !== undefined) role.country = r.country;
        } else role.office = r.borrowed ?? ids[r.office % ids.length];
        let { from, to } = r;
        if (from !== undefined && to !== undefined && startOf(from) > startOf(to)) [from, to] = [to, from];
        if (from !== undefined) role.from = from;
        if (to !== undefined) role.to = to;
        return role;
      }),
    }));
    const acronyms = unique(m.acronyms, (a) => a.short);
    const terms = unique(m.terms, (t) => t.canonical);
    const named = unique(m.milestones, (x) => x.name);
    // A stage milestone ("signing of X") of an earlier one, now and then.
    const milestones = named.map((x, i) => (x.stage && i > 0 ? { ...x, name: `${x.stage} ${named[i - 1].name}` } : x));
    // No string may be both right (a name, title, acronym, expansion, term, milestone) and listed as wrong.
    const right = new Set<string>();
    const key = (s: string) => tokenize.phraseKey(s);
    for (const o of offices) for (const s of [o.title, ...(o.aliases ?? [])]) right.add(key(s));
    for (const p of people) for (const s of [p.name, ...(p.aliases ?? [])]) right.add(key(s));
    for (const a of acronyms) for (const s of [a.short, a.expansion]) right.add(key(s));
    for (const t of terms) right.add(key(t.canonical));
    for (const x of milestones) for (const s of [x.name, ...(x.aliases ?? [])]) right.add(key(s));
    const wrongOnly = (list: string[] | undefined) => list && unique(list.filter((s) => !right.has(key(s))), key);
    const table: { [key: string]: Value } = { version: 1 };
    if (m.asOf) table.asOf = `${m.asOf[0]}-${String(m.asOf[1]).padStart(2, '0')}-${String(m.asOf[2]).padStart(2, '0')}`;
    table.offices = offices.map((o) => strip({ id: o.id, title: o.title, aliases: o.aliases, country: o.country }));
    table.people = people.map((p) => strip({ name: p.name, aliases: p.aliases, roles: p.roles, source: p.source }));
    table.acronyms = acronyms.map((a) => strip({ short: a.short, expansion: a.expansion, variants: wrongOnly(a.variants) }));
    table.terms = terms.map((t) => strip({ canonical: t.canonical, variants: wrongOnly(t.variants) }));
    table.milestones = milestones.map((x) => strip({ name: x.name, aliases: x.aliases, date: x.date }));
    return { table, borrowsOffices: people.some((p) => p.roles?.some((r) => r.office !== undefined && !ids.includes(r.office as string))) };
  });
}

/** Drops undefined fields. */
function strip(o: { [key: string]: Value | undefined }): { [key: string]: Value } {
  const out: { [key: string]: Value } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/** Paths to every value of a model, for putting junk in one. */
function paths(v: Value, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...at, k], out);
  return out;
}

/** A copy of `v` with the value at `path` replaced (or, for a map, a key added). */
function replaceAt(v: Value, path: (string | number)[], by: Value, addKey?: string): Value {
  if (path.length === 0) {
    if (addKey !== undefined && v !== null && typeof v === 'object' && !Array.isArray(v)) return { ...v, [addKey]: by };
    return by;
  }
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaceAt(x, rest, by, addKey) : x));
  if (v !== null && typeof v === 'object') return { ...v, [head]: replaceAt(v[head as string], rest, by, addKey) };
  return v;
}

/** How a table is written. */
interface Style {
  /** Spaces per level. */
  indent: number;
  /** List items indented under their key, or at the key's column. */
  indentItems: boolean;
  /** Lists of strings as `[a, b]`. */
  flow: boolean;
  /** 0 plain where possible, 1 double-quoted, 2 single-quoted. */
  quote: number;
  /** Comments between entries and after values. */
  comments: boolean;
  /** A blank line between entries. */
  blank: boolean;
}

/** Whether a string may be written plain and read back as the same string. */
function plainOk(s: string, inFlow: boolean): boolean {
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’-]*$/u.test(s) || s !== s.trim()) return false;
  if (/^(true|false|null|yes|no|on|off|~)$/i.test(s) || /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) || /^0[xo]/i.test(s)) return false;
  return !inFlow || !/[,[\]{}]/.test(s);
}

function scalar(v: Value, style: Style, inFlow: boolean): string {
  if (typeof v === 'string') {
    if (style.quote === 0 && plainOk(v, inFlow)) return v;
    if (style.quote === 2 && !/[\r\n]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
    return JSON.stringify(v);
  }
  return v === null ? 'null' : String(v);
}

/** The YAML lines of a value under a key at `depth` levels. */
function write(key: string, v: Value, depth: number, style: Style, out: string[]): void {
  const pad = ' '.repeat(depth * style.indent);
  const note = style.comments ? '  # checked' : '';
  if (Array.isArray(v)) {
    if (v.length === 0 || (style.flow && v.every((x) => x === null || typeof x !== 'object'))) {
      out.push(`${pad}${key}: [${v.map((x) => scalar(x, style, true)).join(', ')}]`);
      return;
    }
    out.push(`${pad}${key}:`);
    const itemPad = style.indentItems ? pad + ' '.repeat(style.indent) : pad;
    for (const item of v) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
        const inner: string[] = [];
        for (const [k, x] of Object.entries(item)) write(k, x, 0, style, inner);
        const dash = `${itemPad}- `;
        const rest = ' '.repeat(dash.length);
        inner.forEach((l, i) => out.push((i === 0 ? dash : rest) + l));
        if (style.blank) out.push('');
      } else if (Array.isArray(item)) {
        out.push(`${itemPad}- [${item.map((x) => (x !== null && typeof x === 'object' ? '{}' : scalar(x, style, true))).join(', ')}]`);
      } else {
        out.push(`${itemPad}- ${item !== null && typeof item === 'object' ? '{}' : scalar(item, style, false)}`);
      }
    }
    return;
  }
  if (v !== null && typeof v === 'object') {
    if (Object.keys(v).length === 0) {
      out.push(`${pad}${key}: {}`);
      return;
    }
    out.push(`${pad}${key}:`);
    for (const [k, x] of Object.entries(v)) write(k, x, depth + 1, style, out);
    return;
  }
  out.push(`${pad}${key}: ${scalar(v, style, false)}${typeof v === 'string' || typeof v === 'number' ? note : ''}`);
}

/** A whole table's text (a model damaged into a list or a single value is written as that). */
function writeTable(model: Value, style: Style): string[] {
  const out: string[] = style.comments ? ['# a generated facts table', ''] : [];
  if (model === null || typeof model !== 'object' || Array.isArray(model)) {
    const lines: string[] = [];
    write('x', model, 0, style, lines);
    // The value as the document itself: its lines without the key.
    return [...out, ...lines.map((l, i) => (i === 0 ? l.replace(/^x:\s?/, '') : l)).filter((l) => l !== '')];
  }
  for (const [k, v] of Object.entries(model)) {
    write(k, v, 0, style, out);
    if (style.comments) out.push('', `# ${k} ends`);
  }
  return out;
}

/** Garbage a damaged line may be given in place of its value. */
const GARBLE = ['', '~', '[', ']', '{a: 1}', '{', '&x', '*x', '!!int 5', '|', '>-', '"open', "'open", '2019-02-30', '0x1F', '1e3', 'a: b: c', 'x #c', '[a, [b]]', '\t', '- x', '? x', '%x', '@x', '`x`', '---', '...', '"\\q"'];

/** One change to the lines of a table's text. */
const lineChange = fc.tuple(fc.nat(9), fc.nat(), fc.nat(), fc.constantFrom(...GARBLE)).map(([kind, i, j, g]) => (lines: string[]): string[] => {
  if (lines.length === 0) return [g];
  const a = i % lines.length;
  const b = j % lines.length;
  const out = [...lines];
  switch (kind) {
    case 0: out.splice(a, 1); break;
    case 1: out.splice(a, 0, out[a]); break;
    case 2: out[a] = ` ${out[a]}`; break;
    case 3: out[a] = out[a].replace(/^ {1,2}/, ''); break;
    case 4: out[a] = out[a].replace(/:( .*)?$/, `: ${g}`); break;
    case 5: [out[a], out[b]] = [out[b], out[a]]; break;
    case 6: out.splice(a, 0, g); break;
    case 7: out[a] = out[a].slice(0, j % (out[a].length + 1)) + g + out[a].slice(j % (out[a].length + 1)); break;
    case 8: out.splice(a); break;
    default: out[a] = out[a].replace(/\S+/, (w) => w.slice(0, -1)); break;
  }
  return out;
});

/** Model-level damage: a junk value at some place, or an unknown key, or a field removed. */
const modelChange = fc.tuple(fc.nat(), fc.nat(3), junk, fc.constantFrom('colour', 'from', 'to', 'title', 'office', 'country', 'version', 'aliases', 'variants', 'id', 'date')).map(
  ([p, how, value, key]) =>
    (model: Value): Value => {
      const all = paths(model);
      const at = all[p % all.length];
      return how === 0 ? replaceAt(model, at, value, key) : replaceAt(model, at, value);
    },
);

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2, 4),
  indentItems: fc.boolean(),
  flow: fc.boolean(),
  quote: fc.constantFrom(0, 0, 1, 2),
  comments: fc.boolean(),
  blank: fc.boolean(),
});

/** How a generated table is damaged. */
const damage = fc.oneof(
  { arbitrary: fc.constant({ model: [], lines: [] }), weight: 3 },
  { arbitrary: fc.record({ model: fc.array(modelChange, { minLength: 1, maxLength: 3 }), lines: fc.constant([]) }), weight: 4 },
  { arbitrary: fc.record({ model: fc.constant([]), lines: fc.array(lineChange, { minLength: 1, maxLength: 3 }) }), weight: 2 },
  { arbitrary: fc.record({ model: fc.array(modelChange, { minLength: 1, maxLength: 2 }), lines: fc.array(lineChange, { minLength: 1, maxLength: 2 }) }), weight: 1 },
);

/**
 * Generated tables: three in ten clean, the rest damaged in their model, their text or both;
 * a quarter loaded after the table of `v` (the default table), which they borrow from.
 */
export function tableCases(v: Vocabulary): fc.Arbitrary<TableCase> {
  return fc
    .record({
      model: cleanModel(v),
      style,
      damage,
      eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
      bom: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, fc.constant(true)),
      withDefault: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, fc.constant(true)),
      draftSeed: fc.integer(),
    })
    .map((t) => {
      let model: Value = t.model.table;
      for (const change of t.damage.model) model = change(model);
      let lines = writeTable(model, t.style);
      for (const change of t.damage.lines) lines = change(lines);
      const clean = t.damage.model.length === 0 && t.damage.lines.length === 0 && !t.model.borrowsOffices;
      return { text: (t.bom ? '\ufeff' : '') + lines.join(t.eol) + t.eol, clean, withDefault: t.withDefault, draftSeed: t.draftSeed };
    });
}
