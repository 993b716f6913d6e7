/**
 * Reading what factlint checks and is configured by, the same way in both front ends: drafts,
 * facts tables and `.factlint.yaml` are UTF-8; a leading byte-order mark is never part of the
 * text (a draft keeps it aside, so `--fix` writes it back); a draft is Markdown or plain text by
 * its name or its editor language.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
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
  /**
   * Where the file's first byte that is not UTF-8 lies, when one is: the text then holds U+FFFD
   * for such bytes, so it may be checked but never written back.
   */
  undecodable?: BadByte;
  /** SHA-256 of the bytes read, for a file: `--fix` writes only over the same bytes. */
  digest?: string;
}

/** A byte that is not UTF-8: 1-based line and column of the text where it stands, and its 0-based offset in the file. */
export interface BadByte {
  line: number;
  column: number;
  byte: number;
}

/**
 * Reads a UTF-8 draft; throws what `fs` throws, and for what is not a regular file (`readRegularFile`).
 * With `forWriting`, the draft carries the digest of its bytes, which a write back compares.
 */
export function readDraft(file: string, forWriting = true): Draft {
  const bytes = readRegularFile(file);
  const draft = decodeDraft(bytes);
  return forWriting ? { ...draft, digest: digestOf(bytes) } : draft;
}

/**
 * A regular file's bytes. Anything else (a named pipe, a device, a folder) is refused with an
 * error saying what it is, and never read: the file is opened without waiting (a named pipe
 * opened plainly blocks until something writes to it) and only read once it is seen to be a
 * regular file. Throws what `fs` throws otherwise.
 */
export function readRegularFile(file: string): Buffer {
  // O_NONBLOCK changes nothing for a regular file; Windows has none, and no named pipes on disk.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new Error(`it is ${fileKind(st)}, not a regular file`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** What a file that is not a regular one is, in words: "a named pipe", "a folder"… */
export function fileKind(st: fs.Stats): string {
  if (st.isFile()) return 'a regular file';
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** A draft from its bytes (a file's, or standard input's), saying where any byte that is not UTF-8 lies. */
export function decodeDraft(bytes: Buffer): Draft {
  const draft = splitBom(bytes.toString('utf8'));
  return isUtf8(bytes) ? draft : { ...draft, undecodable: firstBadByte(bytes, draft.text, draft.bom) };
}

/** The SHA-256 of some bytes, in hex. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Finds the first byte the decoder replaced: the first U+FFFD of the text that the file does not
 * spell as the character itself (EF BF BD).
 */
function firstBadByte(bytes: Buffer, text: string, bom: boolean): BadByte {
  let byte = bom ? 3 : 0;
  let from = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    byte += Buffer.byteLength(text.slice(from, i), 'utf8');
    from = i;
    if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) continue;
    const before = text.slice(0, i);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line: (before.match(/\r\n?|\n/g)?.length ?? 0) + 1, column: i - lineStart + 1, byte };
  }
  return { line: 1, column: 1, byte: 0 };
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
  const bytes = readRegularFile(file);
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Markdown for `.md` and `.markdown` (a path or URI), or a document the editor calls Markdown; plain text otherwise. */
export function formatOf(name: string, languageId?: string): DocumentFormat {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(name) ? 'markdown' : 'plaintext';
}
