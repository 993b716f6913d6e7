/**
 * Which files a run checks: paths, directories and globs expanded with fast-glob, minus what
 * `.factlintignore` (gitignore syntax, in the working directory) and node_modules/.git exclude.
 * Links are followed, but each real folder is walked once (so a link back up ends, not loops)
 * and each real file is checked once, under the path that sorts first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import ignore from 'ignore';
import { displayPath, loopSafeReaddir, realPathOrSelf } from '../project/paths';
import { DRAFT_EXTENSIONS, fileKind, readRegularFile } from '../project/read';
import { printablePath, quoted } from './printable';

export { displayPath };

type Ignore = ReturnType<typeof ignore>;

/** The ignore file, read from the working directory. */
export const IGNORE_FILE = '.factlintignore';

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** The files to check, or the reasons there are none. */
export interface ExpandedFiles {
  /** Absolute paths, sorted by their display path, one per real file. */
  files: string[];
  /** Messages for patterns that matched nothing, a named file that cannot be read, or a broken ignore file (exit 2). */
  errors: string[];
  /** Messages that do not stop the run: a named file the ignore file skips, a walk's named pipe or device. */
  notes: string[];
}

/** Expands `patterns` (default: the working directory) into the files to check. */
export function expandPaths(patterns: string[], cwd: string): ExpandedFiles {
  const errors: string[] = [];
  const notes: string[] = [];
  const ig = readIgnoreFile(cwd, errors);
  /** The ignore file's rule that skips `file`, or null. */
  const ignoredBy = (file: string) => {
    const rel = displayPath(file, cwd);
    // Files outside the working directory are beyond the reach of its ignore file.
    if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) return null;
    return ig.test(rel).rule ?? null;
  };
  const shown = (file: string) => printablePath(displayPath(file, cwd));

  const found: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    const stat = statOrNull(abs);
    if (stat?.isFile()) {
      // A file named explicitly is checked unless ignored; an ignored one is skipped with a note
      // but no error, so tools like lint-staged can pass every changed file.
      const rule = ignoredBy(abs);
      if (rule === null) found.push(abs);
      else notes.push(`${shown(abs)} was not checked: ${IGNORE_FILE}:${rule.mark} ignores it (${quoted(rule.pattern)}); change that line to have it checked`);
      continue;
    }
    if (stat !== null && !stat.isDirectory()) {
      // Never opened: reading a named pipe would wait for a writer, perhaps for ever.
      errors.push(`${shown(abs)} is ${fileKind(stat)}, not a regular file, so it was not read; to check text from a pipe, give it on standard input with --stdin`);
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = walk(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, abs, false);
    } else if (fg.isDynamicPattern(pattern)) {
      matches = walk(pattern, cwd, true);
    } else {
      matches = [];
    }
    // What a walk met that is no folder and still exists (not a broken link), with what it is.
    const entries = matches.flatMap((m) => {
      const file = path.normalize(m);
      const st = statOrNull(file);
      return st === null || st.isDirectory() ? [] : [{ file, st }];
    });
    if (entries.length === 0) {
      errors.push(`no files matching ${quoted(pattern)} were found; check the path, or quote a glob so the shell leaves it alone`);
      continue;
    }
    const kept = entries.filter((e) => ignoredBy(e.file) === null);
    if (kept.length === 0) {
      errors.push(`all files matching ${quoted(pattern)} are ignored by ${IGNORE_FILE}`);
      continue;
    }
    for (const { file, st } of kept) {
      if (st.isFile()) found.push(file);
      else notes.push(`${shown(file)} is ${fileKind(st)}, not a regular file: skipped`);
    }
  }
  return { files: oncePerFile(found, cwd), errors, notes };
}

/**
 * fast-glob over `cwd`, links followed, each real folder read once: a link back to a folder
 * already walked (a loop, or a second way to the same folder) gives nothing more, so every
 * walk ends and reads each folder once. Folders are read in sorted order, so which path reaches
 * a folder first does not depend on the file system: the nearest to `cwd`, then the first in
 * sorted order. Folders and files are both returned (with `onlyFiles`, named pipes would vanish
 * without a word); the caller sorts them out.
 */
function walk(pattern: string, cwd: string, caseSensitiveMatch: boolean): string[] {
  const readdirSync = loopSafeReaddir(compare);
  return fg.sync(pattern, {
    cwd,
    absolute: true,
    ignore: ALWAYS_SKIPPED,
    caseSensitiveMatch,
    onlyFiles: false,
    fs: { readdirSync: readdirSync as fg.FileSystemAdapter['readdirSync'] },
  });
}

/**
 * `files` sorted by display path, each real file once (two links to one draft, or a draft named
 * directly and through a link, are checked once): under the path that sorts first.
 */
function oncePerFile(files: string[], cwd: string): string[] {
  const sorted = files.map((file) => ({ file, shown: displayPath(file, cwd) })).sort((a, b) => compare(a.shown, b.shown));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { file } of sorted) {
    const real = realPathOrSelf(file);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(file);
  }
  return out;
}

/** The ignore file's rules, each marked with its 1-based line so a note can cite it. */
function readIgnoreFile(cwd: string, errors: string[]): Ignore {
  const ig = ignore();
  const file = path.join(cwd, IGNORE_FILE);
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') errors.push(`cannot read ${IGNORE_FILE}: ${(e as Error).message}`);
    return ig;
  }
  ig.add(text.split(/\r?\n/).map((pattern, i) => ({ pattern, mark: String(i + 1) })));
  return ig;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
