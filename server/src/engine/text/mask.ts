/**
 * Masking: which parts of a document are prose. The checks tokenise the masked copy, whose
 * offsets are those of the original, so every finding points into the real text.
 * The one place in the project that knows Markdown syntax (with markdown-blocks and markdown-inline).
 */
import { bareUrlEnd, emailEnd, emailStart } from './bare-links';
import { Finder, htmlCommentEnd } from './chars';
import { maskMarkdown } from './markdown-blocks';

import type { DocumentFormat } from '../api';

/** What kind of document is checked. */
export type { DocumentFormat };

/** A half-open range [start, end) of UTF-16 offsets. */
export interface TextRange {
  /** First offset in the range. */
  start: number;
  /** Offset just after the range. */
  end: number;
}

/**
 * What kind of text the checks skip, where a writer may not expect it: code, front matter and
 * HTML. Markup that is never prose (link destinations, URLs, tags, markers) is not listed.
 */
export type SkippedKind = 'front-matter' | 'fenced-code' | 'indented-code' | 'html' | 'code-span';

/** A stretch of text the checks do not read, so that front ends can say so (docs/contract.md §4). */
export interface SkippedText extends TextRange {
  /** What it is. */
  kind: SkippedKind;
}

/** A document with its non-prose masked, and what the masker learnt on the way. */
export interface MaskedDocument {
  /** The text with every non-prose unit turned into a space (line breaks kept); same length as the input. */
  masked: string;
  /**
   * Every closed HTML comment that counts as one, `<!--` to `-->` inclusive, sorted by start:
   * in Markdown not those inside code, front matter or link destinations.
   */
  htmlComments: TextRange[];
  /** The code, front matter and HTML the checks skip, sorted by start; each HTML comment once. */
  skipped: SkippedText[];
}

/** The mutable state of one masking run, shared by the Markdown block and inline parsers. */
export interface MaskSink {
  /** The original text. */
  readonly text: string;
  /** One byte per UTF-16 unit: 1 = not prose. */
  readonly mask: Uint8Array;
  /** HTML comments found so far, in any order. */
  readonly comments: TextRange[];
  /** Skipped text found so far, in any order; HTML comments are added from `comments` at the end. */
  readonly skipped: SkippedText[];
}

/**
 * Returns a copy of `text` of exactly the same length in UTF-16 units in which every character
 * that is not prose is replaced by a space, except line breaks (\n, \r) which are kept.
 */
export function maskText(text: string, format: DocumentFormat): string {
  return maskDocument(text, format).masked;
}

/** Masks `text` and also reports the HTML comments it found (what suppression comments need). */
export function maskDocument(text: string, format: DocumentFormat): MaskedDocument {
  const sink: MaskSink = { text, mask: new Uint8Array(text.length), comments: [], skipped: [] };
  if (format === 'markdown') maskMarkdown(sink);
  else maskPlainComments(sink);
  maskBareLinks(sink);
  const masked = render(text, sink.mask);
  sink.comments.sort((a, b) => a.start - b.start);
  return { masked, htmlComments: sink.comments, skipped: skippedText(sink) };
}

/** The sink's skipped text with the HTML comments that no HTML block already covers, sorted. */
function skippedText(sink: MaskSink): SkippedText[] {
  const { skipped, comments } = sink;
  if (comments.length > 0) {
    const blocks = new Set<number>();
    for (const s of skipped) if (s.kind === 'html') blocks.add(s.start);
    for (const c of comments) if (!blocks.has(c.start)) skipped.push({ kind: 'html', start: c.start, end: c.end });
  }
  return skipped.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Plain text knows only HTML comments (suppression comments live there); an unclosed `<!--` is text. */
function maskPlainComments(sink: MaskSink): void {
  const { text, mask, comments } = sink;
  const close = new Finder(text, '-->');
  let i = text.indexOf('<!--');
  while (i !== -1) {
    const end = htmlCommentEnd(text, i, close);
    if (end === -1) return;
    mask.fill(1, i, end);
    comments.push({ start: i, end });
    i = text.indexOf('<!--', end);
  }
}

/** Whether this machine stores a Uint16Array's units little-endian (TextDecoder reads them so). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** `ignoreBOM` keeps a leading U+FEFF instead of swallowing it (which would shorten the text). */
const UTF16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** Where a bare link may start: found natively, then checked by bare-links.ts. */
const LINK_TRIGGER = /https?:\/\/|www\.|@/gi;

/** Masks bare URLs and e-mail addresses in what is still prose: they need no syntax, so every format has them. */
function maskBareLinks(sink: MaskSink): void {
  const { text, mask } = sink;
  const re = new RegExp(LINK_TRIGGER);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    if (mask[i] === 1) continue;
    if (text.charCodeAt(i) === 64 /* @ */) {
      const start = emailStart(text, mask, i);
      const end = start === -1 ? -1 : emailEnd(text, mask, i);
      if (end !== -1) {
        mask.fill(1, start, end);
        re.lastIndex = end;
      }
    } else {
      const end = bareUrlEnd(text, i);
      if (end !== -1) {
        mask.fill(1, i, end);
        re.lastIndex = end;
      }
    }
  }
}

/** Builds the masked string in a typed array (far less garbage than joining slices). */
function render(text: string, mask: Uint8Array): string {
  const n = text.length;
  if (mask.indexOf(1) === -1) return text;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    out[i] = mask[i] === 1 && c !== 10 && c !== 13 ? 32 : c;
  }
  return decode(out, text);
}

/**
 * The string of a UTF-16 array made from `source`, which has the same surrogates (masking never
 * splits a pair); lone surrogates survive (TextDecoder would replace them).
 */
function decode(units: Uint16Array, source: string): string {
  if (UTF16 !== null && isWellFormed(source)) return UTF16.decode(units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join('');
}

/** String.prototype.isWellFormed (ES2024, native in Node 20) where present, else a loop. */
function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof native === 'function') return native.call(text);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00 || i + 1 >= n) return false;
    const d = text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return false;
    i++;
  }
  return true;
}
