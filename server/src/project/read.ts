/**
 * Reading what factlint checks and is configured by, the same way in both front ends: drafts,
 * facts tables and `.factlint.yaml` are UTF-8; a leading byte-order mark is never part of the
 * text (a draft keeps it aside, so `--fix` writes it back); a draft is Markdown or plain text by
 * its name or its editor language.
 */
import * as fs from 'node:fs';
import type { DocumentFormat } from '../engine';

/** The extensions of drafts: what a directory is searched for, and what the editor checks. */
export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt'] as const;

/** A draft as the engine sees it: the text after any byte-order mark. */
export interface Draft {
  /** The text, without the byte-order mark. */
  text: string;
  /** Whether the file starts with a UTF-8 byte-order mark (written back with a fixed text). */
  bom: boolean;
}

/** Reads a UTF-8 draft; throws what `fs` throws. */
export function readDraft(file: string): Draft {
  return splitBom(fs.readFileSync(file, 'utf8'));
}

/** Splits a leading byte-order mark off a text. */
export function splitBom(raw: string): Draft {
  return raw.charCodeAt(0) === 0xfeff ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

/** A draft's text as its file holds it: the byte-order mark put back if it had one. */
export function joinBom(draft: Draft): string {
  return (draft.bom ? '\uFEFF' : '') + draft.text;
}

/** A text without its leading byte-order mark. */
export function stripBom(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** A file's bytes without a leading UTF-8 byte-order mark (EF BB BF); throws what `fs` throws. */
export function readBytesWithoutBom(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Markdown for `.md` and `.markdown` (a path or URI), or a document the editor calls Markdown; plain text otherwise. */
export function formatOf(name: string, languageId?: string): DocumentFormat {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(name) ? 'markdown' : 'plaintext';
}
