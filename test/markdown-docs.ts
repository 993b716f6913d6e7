/**
 * Reading our own documentation for the tests that keep it true (docs.test.ts): contract
 * sections and the references to them, file tables of folder READMEs, fenced blocks and
 * relative links. Line-based on purpose: our docs are written in a few plain shapes, and a
 * Markdown parser would hide which line a broken name is on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A place in a file, for failure messages. */
export interface Place {
  /** The file, as the caller named it. */
  file: string;
  /** 1-based line. */
  line: number;
}

/** A "contract §N" written somewhere: the section numbers it needs (both ends of "§2–§5"). */
export interface SectionRef extends Place {
  /** The reference as written. */
  text: string;
  /** Every section number it names. */
  sections: number[];
}

/** One name in the first column of a file table. */
export interface TableName extends Place {
  /** The name between backticks, relative to the README's folder; a trailing "/" means a folder. */
  name: string;
  /** For a link: the part after "#", where it has one. */
  anchor?: string;
}

/** First header cells that make a table a file table: its rows name files or folders. */
const FILE_HEADERS = new Set(['file', 'files', 'path', 'folder']);

/** Folders no documentation check reads: dependencies, build output, generated work, dot-folders. */
const SKIPPED = new Set(['node_modules', 'out', 'dist', 'work']);

/** Lines of a text with the lines inside fenced code blocks blanked, so tables in examples do not count. */
export function proseLines(text: string): string[] {
  let fence: string | null = null;
  return text.split(/\r?\n/).map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === null && open) {
      fence = open[1];
      return '';
    }
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      return '';
    }
    return line;
  });
}

/** The cells of a table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/**
 * Every name in the first column of the file tables of a Markdown text: tables whose first
 * header cell is "file", "path" or "folder". A body row without a backticked name is returned
 * with name "" so that the caller can report it rather than skip it.
 */
export function fileTableNames(text: string, file: string): TableName[] {
  const lines = proseLines(text);
  const out: TableName[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].trimStart().startsWith('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
    const isFileTable = FILE_HEADERS.has(cells(lines[i])[0].toLowerCase());
    let j = i + 2;
    for (; j < lines.length && lines[j].trimStart().startsWith('|'); j++) {
      if (!isFileTable) continue;
      const names = [...cells(lines[j])[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      for (const name of names.length > 0 ? names : ['']) out.push({ file, line: j + 1, name });
    }
    i = j - 1;
  }
  return out;
}

/** The numbers of the "## N. Title" sections of the contract. */
export function contractSections(text: string): Set<number> {
  const found = new Set<number>();
  for (const line of proseLines(text)) {
    const m = /^## (\d+)\. \S/.exec(line);
    if (m) found.add(Number(m[1]));
  }
  return found;
}

/**
 * Every "contract §N" in a text, also "contract §2–§5" and "contract §3, step 2". With
 * `bare`, every "§N" counts, as inside the contract itself.
 */
export function sectionRefs(text: string, file: string, bare = false): SectionRef[] {
  const pattern = bare ? /§(\d+)(?:\s*[–-]\s*§(\d+))?/g : /contract(?:\.md)? §(\d+)(?:\s*[–-]\s*§(\d+))?/g;
  const out: SectionRef[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(pattern)) {
      const sections = [Number(m[1]), ...(m[2] === undefined ? [] : [Number(m[2])])];
      out.push({ file, line: i + 1, text: m[0], sections });
    }
  });
  return out;
}

/** The contents of the fenced blocks of a text whose info string is `lang`, in order. */
export function fencedBlocks(text: string, lang: string): string[] {
  const blocks: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].startsWith(open[1]); j++) body.push(lines[j]);
    if (open[2] === lang) blocks.push(body.join('\n') + '\n');
    i = j;
  }
  return blocks;
}

/** Relative link targets of a Markdown text (`[x](target)`), without their `#fragment`. */
export function relativeLinks(text: string, file: string): TableName[] {
  const out: TableName[] = [];
  proseLines(text).forEach((line, i) => {
    // Inline code is not a link, even where it holds "](" (the masker's pages quote such marks).
    for (const m of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
      const [target, anchor] = m[1].split('#');
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      if (target === '' && anchor === undefined) continue;
      out.push({ file, line: i + 1, name: target === '' ? path.basename(file) : target, ...(anchor === undefined ? {} : { anchor }) });
    }
  });
  return out;
}

/**
 * The anchors a Markdown renderer gives the headings of a text, as GitHub makes them: lower
 * case, punctuation other than "-" and "_" dropped, spaces made "-", a repeated one numbered.
 */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseLines(text)) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Files below `dir` (absolute) whose names pass `keep`, skipping dot-folders and those in SKIPPED. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name)) out.push(...filesUnder(full, keep));
    } else if (keep(entry.name)) out.push(full);
  }
  return out.sort();
}
