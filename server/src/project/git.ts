/**
 * The drafts a change touches, from git: what differs between the working tree and the merge base
 * of HEAD with a base revision (by default the repository's default branch), plus new files git
 * does not ignore. Runs the `git` command; every failure is a message that says what to do.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The files that changed, or why they cannot be known. */
export type ChangedFiles =
  | {
      /** Absolute paths of changed files that exist, sorted. */
      files: string[];
      /** The revision compared with, as resolved: "origin/main (merge base 1a2b3c4)". */
      against: string;
      /** True when a `--changed BASE` argument turned out to be a path, not a revision. */
      baseWasPath: boolean;
    }
  | { error: string };

/** Runs git in `cwd`; null when git could not be started. */
function git(cwd: string, args: string[], env: Record<string, string | undefined>): { ok: boolean; out: string; err: string } | null {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: env as NodeJS.ProcessEnv, maxBuffer: 1 << 28 });
  if (r.error) return null;
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

const NO_GIT = '--changed needs git, which could not be run: install git or put it on PATH';

/**
 * The changed files seen from `cwd`. `base` is a revision; undefined means the default branch
 * (`origin/$GITHUB_BASE_REF` in a GitHub pull request, else origin's HEAD, else origin/main,
 * origin/master, main or master). With `mayBePath`, a base git does not know that names an
 * existing file or folder is reported back as a path (`baseWasPath`) and the default is used.
 */
export function changedFiles(cwd: string, base: string | undefined, mayBePath: boolean, env: Record<string, string | undefined>): ChangedFiles {
  const top = git(cwd, ['rev-parse', '--show-toplevel'], env);
  if (top === null) return { error: NO_GIT };
  if (!top.ok) return { error: `--changed needs a git repository, and ${cwd} is not in one (git: ${top.err || 'no repository'})` };
  const root = top.out.trim();

  let baseWasPath = false;
  let revision: string | undefined;
  if (base !== undefined) {
    if (verify(cwd, base, env)) revision = base;
    else if (mayBePath && fs.existsSync(path.resolve(cwd, base))) baseWasPath = true;
    else return { error: `--changed: git knows no commit "${base}"; name a branch, tag or commit (in CI, fetch it first)` };
  }
  if (revision === undefined) {
    const found = defaultBranch(cwd, env);
    if (found === undefined) {
      return { error: '--changed: cannot find the default branch (no origin/HEAD, origin/main, origin/master, main or master); name the base: --changed=BASE' };
    }
    revision = found;
  }

  const mb = git(cwd, ['merge-base', revision, 'HEAD'], env);
  if (mb === null) return { error: NO_GIT };
  if (!mb.ok) {
    return { error: `--changed: ${revision} and HEAD have no common commit in this clone (a shallow clone? fetch the history, e.g. actions/checkout with fetch-depth: 0)${mb.err ? ` (git: ${mb.err})` : ''}` };
  }
  const mergeBase = mb.out.trim();

  const diff = git(root, ['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--diff-filter=ACMRT', mergeBase, '--'], env);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z'], env);
  if (diff === null || untracked === null) return { error: NO_GIT };
  if (!diff.ok) return { error: `--changed: git diff failed (git: ${diff.err})` };
  if (!untracked.ok) return { error: `--changed: git ls-files failed (git: ${untracked.err})` };
  const names = new Set([...diff.out.split('\0'), ...untracked.out.split('\0')].filter((n) => n !== ''));
  const files = [...names].map((n) => path.join(root, n)).filter((f) => fs.existsSync(f)).sort();
  return { files, against: `${revision} (merge base ${mergeBase.slice(0, 7)})`, baseWasPath };
}

/** Whether git resolves `rev` to a commit. */
function verify(cwd: string, rev: string, env: Record<string, string | undefined>): boolean {
  return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], env)?.ok === true;
}

/** The default branch as a revision, or undefined. */
function defaultBranch(cwd: string, env: Record<string, string | undefined>): string | undefined {
  const candidates: string[] = [];
  if (env.GITHUB_BASE_REF) candidates.push(`origin/${env.GITHUB_BASE_REF}`);
  const head = git(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], env);
  if (head?.ok && head.out.trim() !== '') candidates.push(head.out.trim());
  candidates.push('origin/main', 'origin/master', 'main', 'master');
  return candidates.find((c) => verify(cwd, c, env));
}
