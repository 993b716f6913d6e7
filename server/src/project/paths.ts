/** Paths as factlint prints them. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A path as printed: relative to `cwd`, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** A path with its links resolved, or as given when it does not exist (yet). */
export function realPathOrSelf(file: string): string {
  try {
    // The native call resolves a path in one system call; the JavaScript one looks at every part of it.
    return fs.realpathSync.native(file);
  } catch {
    return file;
  }
}

/**
 * A `readdirSync` for fast-glob that reads each real folder once per walk, in sorted order: links
 * that make a loop (`ln -s . again`) end the walk instead of making it endless, and the order
 * does not depend on the file system. Make a new one for each walk.
 */
export function loopSafeReaddir(compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)) {
  const walked = new Set<string>();
  return (dir: string, options?: { withFileTypes: true }): (fs.Dirent | string)[] => {
    const real = realPathOrSelf(dir);
    if (walked.has(real)) return [];
    walked.add(real);
    const entries: (fs.Dirent | string)[] = options ? fs.readdirSync(dir, options) : fs.readdirSync(dir);
    const name = (e: fs.Dirent | string) => (typeof e === 'string' ? e : e.name);
    return entries.sort((a, b) => compare(name(a), name(b)));
  };
}

/** Whether `file` lies below `folder` (both absolute, compared as written). */
export function insideFolder(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * A file shipped with factlint (`facts/default.facts.yaml`, `docs/rules/…`), found from the
 * running module upwards, so it works from `server/out/…` (npm package) and `dist/` (bundled
 * extension) alike.
 */
export function packageFile(relative: string, from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.join(from, relative);
    dir = parent;
  }
}

let manifest: { version: string; homepage?: unknown } | undefined;

function packageManifest(): { version: string; homepage?: unknown } {
  manifest ??= JSON.parse(fs.readFileSync(packageFile('package.json'), 'utf8')) as { version: string; homepage?: unknown };
  return manifest;
}

/** factlint's version, from the package's manifest. */
export function packageVersion(): string {
  return packageManifest().version;
}

/** The package manifest's `homepage` when it is an absolute http(s) URL, else undefined. */
export function packageHomepage(): string | undefined {
  const home = packageManifest().homepage;
  return typeof home === 'string' && /^https?:\/\/[^\s]+$/.test(home) ? home : undefined;
}
