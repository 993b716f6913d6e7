/**
 * A fast reader for the plain block style that facts tables are written in.
 *
 * Why: `yaml`'s full parser reads about 1.5 MB a second, so a table of 100,000 people would take
 * many seconds. This reader handles only a strict subset — block mappings and sequences, plain
 * scalars (also over several lines, as PyYAML writes long ones), one-line 'single' and "double"
 * (no escapes) scalars, and one-line flow lists `[a, "b"]` — and gives up (returns null) on
 * anything else: anchors, tags, block scalars, flow mappings, escapes, tabs, duplicate keys,
 * several documents, and every YAML error. The loader then parses with `yaml`, which stays the
 * authority; a test checks that the two agree.
 */
import { itemStart, setKey, setPos, startOf, type Data, type DataList, type DataMap, type ItemSink, type ReadResult } from './data';

/** Thrown to abandon the fast path; never escapes this module. */
const GIVE_UP = Symbol('give up');

/** Characters that make the text the full parser's business (a lone "\r" is checked apart). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]/;

/** Plain scalars that YAML 1.2's core schema reads as something other than text. */
const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const DIGITS = /^[0-9]{1,15}$/;

/** Characters that may not start a plain scalar. */
const INDICATORS = ',[]{}#&*!|>\'"%@`';

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const COMMA = 44;
const CLOSE = 93; // ]

/**
 * Reads `text` if it is in the simple subset; null otherwise (then use `yaml`). Items of the
 * top-level lists go to `sink` as they are read (see ItemSink); the sink may have had some items
 * before a null result.
 */
export function readSimpleYaml(text: string, sink: ItemSink): ReadResult | null {
  if (UNUSUAL.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text))) return null;
  try {
    const root = new Reader(text, sink).read();
    return { root, start: startOf(root), duplicates: new Map() };
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

function giveUp(): never {
  throw GIVE_UP;
}

/** Whether a character code is one of , [ ] { }. */
function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === CLOSE || c === 91 || c === 123 || c === 125;
}

/** A plain scalar's value: text, or a whole number; anything else the core schema reads differently is left to `yaml`. */
function resolve(s: string): string | number {
  if (!NOT_TEXT.test(s)) return s;
  if (!DIGITS.test(s)) giveUp();
  return Number(s);
}

/** Walks the significant lines (not blank, not comments) one at a time. */
class Reader {
  /** Offset of the current line's first character that counts (after "- " for an item's first key). */
  private p0 = 0;
  /** Indentation of the current line, counted to p0. */
  private ind = 0;
  /** End of the current line, before "\r\n" or "\n". */
  private end = 0;
  /** Start of the line after the current one. */
  private next = 0;
  /** True once every line is read. */
  private done = false;
  /** Keys seen so far, reused instead of sliced again. */
  private readonly keys: string[] = [];
  /** Offset where the last inline value starts. */
  private valueAt = 0;
  /** The text of the last inline value when it is a plain scalar that may go on over the next lines. */
  private continuable: string | undefined;
  /** Whether blank or comment lines came before the current line. */
  private gap = false;

  constructor(
    private readonly text: string,
    private readonly sink: ItemSink,
  ) {
    this.advance();
  }

  read(): DataMap {
    if (this.done || this.ind !== 0 || this.atDash()) giveUp();
    const root = this.map(0, true);
    if (!this.done) giveUp();
    return root;
  }

  /** Moves to the next significant line. */
  private advance(): void {
    const t = this.text;
    const n = t.length;
    let gap = false;
    while (this.next <= n) {
      const lineStart = this.next;
      let end = t.indexOf('\n', lineStart);
      this.next = end < 0 ? n + 1 : end + 1;
      if (end < 0) end = n;
      if (end > lineStart && t.charCodeAt(end - 1) === 13) end--;
      let p = lineStart;
      while (p < end && t.charCodeAt(p) === SPACE) p++;
      if (p < end && t.charCodeAt(p) !== HASH) {
        this.p0 = p;
        this.ind = p - lineStart;
        this.end = end;
        this.gap = gap;
        return;
      }
      gap = true;
    }
    this.done = true;
  }

  private atDash(): boolean {
    const p = this.p0;
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.end || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** The key of a `key:` at p (followed by a space or the line's end), or undefined. */
  private key(p: number): string | undefined {
    const t = this.text;
    const end = this.end;
    const c0 = t.charCodeAt(p);
    if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || c0 === 95)) return undefined;
    let q = p + 1;
    for (; q < end; q++) {
      const c = t.charCodeAt(q);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH)) break;
    }
    if (q >= end || t.charCodeAt(q) !== COLON || (q + 1 < end && t.charCodeAt(q + 1) !== SPACE)) return undefined;
    const len = q - p;
    for (const k of this.keys) if (k.length === len && t.startsWith(k, p)) return k;
    const k = t.slice(p, q);
    if (NOT_TEXT.test(k)) giveUp();
    if (this.keys.length < 64) this.keys.push(k);
    return k;
  }

  /** A block mapping; `top` streams the items of its list values to the sink. */
  private map(indent: number, top = false): DataMap {
    const map: DataMap = {};
    const pos: (string | number)[] = [this.p0];
    while (!this.done && this.ind >= indent) {
      if (this.ind > indent) giveUp();
      const p = this.p0;
      const key = this.key(p) ?? giveUp();
      for (let i = 1; i < pos.length; i += 3) if (pos[i] === key) giveUp();
      let value = this.inline(p + key.length + 1);
      let at = this.valueAt;
      const raw = this.continuable;
      this.advance();
      if (value !== undefined) value = this.fold(raw, value, indent);
      if (Array.isArray(value) && top) value = this.stream(key, value);
      if (value === undefined) {
        const stream = top ? key : undefined;
        if (!this.done && this.ind > indent) {
          at = this.p0;
          if (this.atDash()) value = this.seq(this.ind, stream);
          else if (this.key(this.p0) !== undefined) value = this.map(this.ind);
          else {
            // "key:" with its scalar value on the lines below.
            value = this.inline(this.p0) ?? giveUp();
            const more = this.continuable;
            this.advance();
            value = this.fold(more, value, indent);
            if (Array.isArray(value) && top) value = this.stream(key, value);
          }
        } else if (!this.done && this.ind === indent && this.atDash()) {
          at = this.p0;
          value = this.seq(indent, stream);
        } else {
          value = null;
          at = p;
        }
      }
      setKey(map, key, value);
      pos.push(key, p, at);
    }
    setPos(map, pos);
    return map;
  }

  /** Sends the items of a one-line list to the sink; returns the emptied list. */
  private stream(key: string, list: DataList): DataList {
    const empty: DataList = [];
    setPos(empty, [startOf(list)]);
    for (let i = 0; i < list.length; i++) this.sink(key, i, list[i], itemStart(list, i));
    return empty;
  }

  /** A block sequence; with `stream`, its items go to the sink under that key and the list stays empty. */
  private seq(indent: number, stream?: string): DataList {
    const list: DataList = [];
    const pos: number[] = [this.p0];
    const t = this.text;
    let count = 0;
    while (!this.done && this.ind >= indent) {
      if (this.ind > indent) giveUp();
      if (!this.atDash()) break;
      const end = this.end;
      let p = this.p0 + 1;
      while (p < end && t.charCodeAt(p) === SPACE) p++;
      if (p >= end || t.charCodeAt(p) === HASH || t.charCodeAt(p) === DASH) giveUp();
      let item: Data;
      let at = p;
      if (this.key(p) !== undefined) {
        // "- key: value": the item is a mapping whose keys line up under this first one.
        this.ind += p - this.p0;
        this.p0 = p;
        item = this.map(this.ind);
      } else {
        item = this.inline(p) ?? giveUp();
        at = this.valueAt;
        const raw = this.continuable;
        this.advance();
        item = this.fold(raw, item, indent);
      }
      if (stream === undefined) {
        list.push(item);
        pos.push(at);
      } else this.sink(stream, count++, item, at);
    }
    setPos(list, pos);
    return list;
  }

  /** The value after `key:` or `- ` on the current line (its offset in valueAt), or undefined when none follows. */
  private inline(from: number): Data | undefined {
    const t = this.text;
    const end = this.end;
    let p = from;
    while (p < end && t.charCodeAt(p) === SPACE) p++;
    if (p >= end || t.charCodeAt(p) === HASH) return undefined;
    this.valueAt = p;
    this.continuable = undefined;
    const c = t[p];
    if (c !== '[' && c !== '"' && c !== "'") {
      const raw = this.plain(p, end, false);
      if (!this.commented) this.continuable = raw;
      return resolve(raw);
    }
    let value: Data;
    if (c === '[') value = this.flowList(p);
    else value = this.quoted(p);
    // Only spaces and a comment may follow.
    let q = this.stop;
    const after = q;
    while (q < end && t.charCodeAt(q) === SPACE) q++;
    if (q < end && (t.charCodeAt(q) !== HASH || q === after)) giveUp();
    return value;
  }

  /** Where the last quoted scalar, plain scalar in a list, or flow list stopped. */
  private stop = 0;
  /** Whether the last plain scalar ended at a comment. */
  private commented = false;

  /**
   * Joins the lines that continue a plain scalar (those more indented than `indent`), as YAML
   * folds them: one space between lines. Returns `value` when none follow.
   */
  private fold(raw: string | undefined, value: Data, indent: number): Data {
    if (raw === undefined || this.done || this.ind <= indent) return value;
    const t = this.text;
    let s = raw;
    while (!this.done && this.ind > indent) {
      if (this.gap) giveUp(); // a blank line folds to a line break, a comment ends the scalar
      let last = this.end;
      while (t.charCodeAt(last - 1) === SPACE) last--;
      const line = t.slice(this.p0, last);
      if (INDICATORS.includes(line[0]) || '-?:'.includes(line[0]) || line.includes(': ') || line.includes(' #') || line.endsWith(':')) giveUp();
      s += ' ' + line;
      this.advance();
    }
    return resolve(s);
  }

  /** A plain scalar's text from p; in a flow list it stops at `,` or `]` (the offset in `stop`). */
  private plain(p: number, end: number, inFlow: boolean): string {
    const t = this.text;
    const c = t[p];
    if (INDICATORS.includes(c)) giveUp();
    if (c === '-' || c === '?' || c === ':') {
      const after = p + 1 < end ? t.charCodeAt(p + 1) : SPACE;
      if (after === SPACE || (inFlow && isFlowIndicator(after))) giveUp();
    }
    let q = p;
    let last = p; // end of the last non-space character
    this.commented = false;
    for (; q < end; q++) {
      const ch = t.charCodeAt(q);
      if (ch === SPACE) {
        if (q + 1 < end && t.charCodeAt(q + 1) === HASH) {
          if (inFlow) giveUp();
          this.commented = true;
          break;
        }
        continue;
      }
      if (ch === COLON) {
        const after = q + 1 < end ? t.charCodeAt(q + 1) : SPACE;
        if (after === SPACE || (inFlow && isFlowIndicator(after))) giveUp();
      }
      if (inFlow) {
        if (ch === COMMA || ch === CLOSE) break;
        if (ch === 91 || ch === 123 || ch === 125) giveUp(); // [ { }
      }
      last = q + 1;
    }
    this.stop = q;
    return t.slice(p, last);
  }

  /** A one-line quoted scalar at p (the offset after its closing quote in `stop`). */
  private quoted(p: number): string {
    const t = this.text;
    const end = this.end;
    const quote = t[p];
    let value = '';
    let q = p + 1;
    for (;;) {
      const close = t.indexOf(quote, q);
      if (close < 0 || close >= end) giveUp();
      value += t.slice(q, close);
      if (quote === "'" && close + 1 < end && t[close + 1] === "'") {
        value += "'";
        q = close + 2;
        continue;
      }
      q = close + 1;
      break;
    }
    if (quote === '"' && value.includes('\\')) giveUp();
    this.stop = q;
    return value;
  }

  /** A one-line flow list of scalars at p (the offset after `]` in `stop`). */
  private flowList(p: number): DataList {
    const t = this.text;
    const end = this.end;
    const list: DataList = [];
    const pos: number[] = [p];
    let q = p + 1;
    while (q < end && t.charCodeAt(q) === SPACE) q++;
    if (t.charCodeAt(q) !== CLOSE) {
      for (;;) {
        while (q < end && t.charCodeAt(q) === SPACE) q++;
        if (q >= end) giveUp();
        const c = t[q];
        pos.push(q);
        list.push(c === '"' || c === "'" ? this.quoted(q) : resolve(this.plain(q, end, true)));
        q = this.stop;
        while (q < end && t.charCodeAt(q) === SPACE) q++;
        if (q < end && t.charCodeAt(q) === COMMA) {
          q++;
          while (q < end && t.charCodeAt(q) === SPACE) q++;
          if (q >= end || t.charCodeAt(q) === CLOSE) giveUp(); // a trailing comma, or a list that runs on
          continue;
        }
        if (q < end && t.charCodeAt(q) === CLOSE) break;
        giveUp();
      }
    }
    this.stop = q + 1;
    setPos(list, pos);
    return list;
  }
}
