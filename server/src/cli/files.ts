/**
 * Which files a run checks: paths, directories and globs expanded with fast-glob, minus what
 * `.factlintignore` (gitignore syntax, in the working directory) and node_modules/.git exclude.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import ignore from 'ignore';
import { displayPath } from '../project/paths';
import { DRAFT_EXTENSIONS } from '../project/read';
import { quoted } from './printable';

export { displayPath };

type Ignore = ReturnType<typeof ignore>;

/** The ignore file, read from the working directory. */
export const IGNORE_FILE = '.factlintignore';

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** The files to check, or the reasons there are none. */
export interface ExpandedFiles {
  /** Absolute paths, sorted by their display path, without duplicates. */
  files: string[];
  /** Messages for patterns that matched nothing or a broken ignore file (exit 2). */
  errors: string[];
}


/** Expands `patterns` (default: the working directory) into the files to check. */
export function expandPaths(patterns: string[], cwd: string): ExpandedFiles {
  const errors: string[] = [];
  const ig = readIgnoreFile(cwd, errors);
  const isIgnored = (file: string) => {
    const rel = displayPath(file, cwd);
    // Files outside the working directory are beyond the reach of its ignore file.
    return rel !== '' && !rel.startsWith('../') && !path.isAbsolute(rel) && ig.ignores(rel);
  };

  const found = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    const stat = statOrNull(abs);
    if (stat?.isFile()) {
      // A file named explicitly is checked unless ignored; an ignored one is skipped quietly,
      // so tools like lint-staged can pass every changed file.
      if (!isIgnored(abs)) found.add(abs);
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = fg.sync(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, {
        cwd: abs,
        absolute: true,
        ignore: ALWAYS_SKIPPED,
        caseSensitiveMatch: false,
      });
    } else if (fg.isDynamicPattern(pattern)) {
      matches = fg.sync(pattern, { cwd, absolute: true, ignore: ALWAYS_SKIPPED });
    } else {
      matches = [];
    }
    if (matches.length === 0) {
      errors.push(`no files matching ${quoted(pattern)} were found; check the path, or quote a glob so the shell leaves it alone`);
      continue;
    }
    const kept = matches.map((m) => path.normalize(m)).filter((m) => !isIgnored(m));
    if (kept.length === 0) {
      errors.push(`all files matching ${quoted(pattern)} are ignored by ${IGNORE_FILE}`);
      continue;
    }
    for (const m of kept) found.add(m);
  }
  const files = [...found].sort((a, b) => compare(displayPath(a, cwd), displayPath(b, cwd)));
  return { files, errors };
}

function readIgnoreFile(cwd: string, errors: string[]): Ignore {
  const ig = ignore();
  const file = path.join(cwd, IGNORE_FILE);
  try {
    ig.add(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') errors.push(`cannot read ${IGNORE_FILE}: ${(e as Error).message}`);
  }
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
