/** Writing fixed drafts and reports back: BOM and line endings kept, writes atomic. (Drafts are read by `project/read.ts`.) */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { joinBom, type Draft } from '../project/read';

/**
 * Replaces a file's content atomically: a temporary file in the same folder is written, flushed
 * to disk and renamed over the original (through a symlink, onto its target), keeping its mode.
 * On any error the temporary file is removed and the original is left as it was.
 */
export function writeDraftAtomic(file: string, draft: Draft): void {
  const target = fs.realpathSync(file);
  replaceAtomic(target, joinBom(draft), fs.statSync(target).mode & 0o7777);
}

/**
 * Writes a new or existing file atomically (a report from `--output-file`): its folder is made if
 * missing, then it is replaced as a draft is, so a reader never sees half a report and a failed
 * write leaves the old file as it was.
 */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  replaceAtomic(file, content, 0o666);
}

/** Writes `content` to a temporary file beside `target`, flushes it, and renames it over `target`. */
function replaceAtomic(target: string, content: string, mode: number): void {
  // The thread id too: worker threads share the process id, and two paths may lead to one file.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.factlint-${process.pid}-${threadId}-${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
