/** Helpers for the end-to-end CLI tests: the real `bin/factlint.js` run in temporary folders. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'factlint.js');

export const TABLE = `version: 1
acronyms:
  - short: FOIP
    expansion: Free and Open Indo-Pacific
    variants: [FIOP]
`;
/** How the acronym rule's message for FIOP starts (the rest, such as the source, is the engine's). */
export const MESSAGE_START = /^"FIOP" should be "FOIP"/;
/** The usual flags: our own table only. */
export const OWN = ['--no-default-facts', '--facts', 't.facts.yaml'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs factlint in `cwd`; colour and GitHub variables are removed unless given in `env`. */
export function factlint(cwd: string, args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // A run inside GitHub Actions must not change the paths or the default branch the tests expect.
  delete env.GITHUB_WORKSPACE;
  delete env.GITHUB_BASE_REF;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...env, ...opts.env },
    // A run that never ends (a walk that loops) is killed and fails its test rather than hang the
    // suite: spawnSync blocks mocha's own timeout. Far above any run's real length.
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const folders: string[] = [];

/** A temporary folder holding `files` (path → content); removed after each test. */
export function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-cli-')));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Removes every folder made since the last call (call it after each test). */
export function removeFolders(): void {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
