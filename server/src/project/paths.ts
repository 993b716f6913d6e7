/** Paths as factlint prints them. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A path as printed: relative to `cwd`, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
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

let version: string | undefined;

/** factlint's version, from the package's manifest. */
export function packageVersion(): string {
  version ??= (JSON.parse(fs.readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
