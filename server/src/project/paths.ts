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
    return fs.realpathSync(file);
  } catch {
    return file;
  }
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
