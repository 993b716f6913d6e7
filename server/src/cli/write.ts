/**
 * Writing fixed drafts and reports back: BOM and line endings kept, writes atomic, and a draft is
 * only ever written over the very bytes it was read from. (Drafts are read by `project/read.ts`.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { digestOf, joinBom, type BadByte, type Draft } from '../project/read';

/** Why `--fix` left a draft as it was: the message says what the user can do. */
export class WriteRefused extends Error {}

/**
 * Replaces a draft's file with its fixed text (`draft` as `readDraft` gave it, with the new
 * `text`), keeping what the file is besides its text, or
 * refuses (`WriteRefused`) and leaves it as it was:
 * - a text read with bytes that are not UTF-8 is never written (their U+FFFD would replace them);
 * - a file without write permission (for this user, or for anyone) is not written;
 * - a file whose bytes changed since they were read is not written (it is compared just before
 *   the write takes effect), so an edit made meanwhile is never lost;
 * - the mode is kept; a file with other hard links, or whose owner or group the writer cannot give
 *   a new file, is rewritten in place (a copy of the old bytes beside it until the write is
 *   flushed), so its links, owner and group stay; any other file is replaced atomically: a
 *   temporary file in the same folder is written, flushed and renamed over it (through a symlink,
 *   onto its target).
 */
export function writeDraftAtomic(file: string, draft: Draft): void {
  if (draft.undecodable) throw new WriteRefused(notUtf8(draft.undecodable));
  const target = fs.realpathSync(file);
  const st = fs.statSync(target);
  if (!st.isFile()) throw new WriteRefused('it is not a regular file');
  if ((st.mode & 0o222) === 0 || !mayWrite(target)) throw new WriteRefused('it is read-only; make it writable to let --fix change it');
  const content = Buffer.from(joinBom(draft), 'utf8');
  const unchanged = (bytes: Buffer): boolean => draft.digest === undefined || digestOf(bytes) === draft.digest;
  if (st.nlink > 1 || !replaceKeepsOwner(st)) {
    writeInPlace(target, content, st.mode & 0o7777, unchanged);
    return;
  }
  replaceAtomic(target, content, st.mode & 0o7777, { uid: st.uid, gid: st.gid }, () => {
    if (!unchanged(fs.readFileSync(target))) throw changedMeanwhile();
  });
}

/**
 * Writes a new or existing file atomically (a report from `--output-file`): its folder is made if
 * missing, then it is replaced as a draft is, so a reader never sees half a report and a failed
 * write leaves the old file as it was.
 */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  replaceAtomic(file, Buffer.from(content, 'utf8'), 0o666, null);
}

/** Why a text with a byte that is not UTF-8 is not written back. */
export function notUtf8({ line, column, byte }: BadByte): string {
  return `it is not valid UTF-8 (line ${line}, column ${column}: byte ${byte} of the input), and a fixed text would lose such bytes; save it as UTF-8 and run again`;
}

function changedMeanwhile(): WriteRefused {
  return new WriteRefused('it changed after factlint read it; run again to check the new text');
}

function mayWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a new file this process makes can get the owner and group of the file `st` describes. */
function replaceKeepsOwner(st: fs.Stats): boolean {
  if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function') return true;
  const uid = process.getuid();
  if (uid === 0) return true;
  if (st.uid !== uid) return false;
  return st.gid === process.getgid() || (process.getgroups?.() ?? []).includes(st.gid);
}

/** A name for a temporary file beside `target`, unique across processes and threads. */
function tempBeside(target: string, kind: string): string {
  // The thread id too: worker threads share the process id, and two paths may lead to one file.
  return path.join(path.dirname(target), `.${path.basename(target)}.factlint-${process.pid}-${threadId}-${Date.now()}.${kind}`);
}

/**
 * Writes `content` to a temporary file beside `target` with `mode` (and `owner`, which the caller
 * has made sure this process may give), flushes it, runs `beforeRename` (which may throw to stop), and renames it over
 * `target`. On any error the temporary file is removed.
 */
function replaceAtomic(target: string, content: Buffer, mode: number, owner: { uid: number; gid: number } | null, beforeRename?: () => void): void {
  const temp = tempBeside(target, 'tmp');
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.writeFileSync(fd, content);
    if (owner !== null) {
      const made = fs.fstatSync(fd);
      if (made.uid !== owner.uid || made.gid !== owner.gid) fs.fchownSync(fd, owner.uid, owner.gid);
      // A mode with set-id bits, cleared by a change of owner, is set again.
      fs.fchmodSync(fd, mode);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    beforeRename?.();
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** A failed write that may have damaged the file: its old bytes are kept in `backup`. */
export class WriteDamaged extends Error {
  constructor(
    message: string,
    readonly backup: string,
  ) {
    super(message);
  }
}

/**
 * Rewrites `target` in place, which keeps its inode: hard links, owner, group and mode (set-id
 * bits, which a write clears, are set again where this process may). Its old bytes are first
 * copied to a file beside it and compared with what was read; if the rewrite fails they are put
 * back, and if that fails too the copy is left and named in the error (`WriteDamaged`).
 */
function writeInPlace(target: string, content: Buffer, mode: number, unchanged: (bytes: Buffer) => boolean): void {
  const backup = tempBeside(target, 'bak');
  const fd = fs.openSync(target, 'r+');
  try {
    const old = fs.readFileSync(fd);
    if (!unchanged(old)) throw changedMeanwhile();
    const bfd = fs.openSync(backup, 'wx', 0o600);
    try {
      fs.writeFileSync(bfd, old);
      fs.fsyncSync(bfd);
    } catch (e) {
      fs.closeSync(bfd);
      fs.rmSync(backup, { force: true });
      throw e;
    }
    fs.closeSync(bfd);
    try {
      writeAll(fd, content);
    } catch (e) {
      try {
        writeAll(fd, old);
      } catch {
        throw new WriteDamaged(`${(e as Error).message}, and putting the old text back failed too`, backup);
      }
      fs.rmSync(backup, { force: true });
      throw e;
    }
    if ((mode & 0o6000) !== 0) {
      try {
        fs.fchmodSync(fd, mode);
      } catch {
        // Only the owner (or root) may; the bits stay as the write left them.
      }
    }
    fs.rmSync(backup, { force: true });
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `bytes` as the whole content of the open file `fd`, and flushes it. */
function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
  fs.ftruncateSync(fd, bytes.length);
  fs.fsyncSync(fd);
}
