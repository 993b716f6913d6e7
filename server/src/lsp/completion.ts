/**
 * Completion in facts tables: the keys an entry may have (by the section and whether the
 * cursor is inside `roles`), and office ids after `office:`.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver/node';
import { allowedKeys } from '../engine';

/** The keys an entry may have, by the list it sits in: the schema's own lists. */
const KEYS: Record<string, readonly string[]> = {
  top: allowedKeys.table,
  offices: allowedKeys.office,
  people: allowedKeys.person,
  roles: allowedKeys.role,
  acronyms: allowedKeys.acronym,
  terms: allowedKeys.term,
  milestones: allowedKeys.milestone,
};

function indentOf(line: string): number {
  return /^[ \t-]*/.exec(line)?.[0].length ?? 0;
}

/** Where the cursor is: which list its entry belongs to. */
function section(lines: string[], line: number, indent: number): string {
  let inRoles = false;
  for (let k = line - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const m = /^(\s*)(-\s*)?([A-Za-z]+):/.exec(l);
    if (!m) continue;
    const at = m[1].length;
    if (m[3] === 'roles' && at < indent) inRoles = true;
    if (at === 0 && !m[2]) return inRoles ? 'roles' : m[3] in KEYS ? m[3] : 'top';
  }
  return 'top';
}

/** Completion items at a line and character of a facts table's text; `officeIds` are the ids known in the loaded tables. */
export function complete(text: string, line: number, character: number, officeIds: string[]): CompletionItem[] {
  const lines = text.split(/\r?\n/);
  const current = (lines[line] ?? '').slice(0, character);
  if (/^\s*(-\s*)?office:\s*[\w-]*$/.test(current)) {
    const own = [...text.matchAll(/^\s*-?\s*id:\s*([a-z0-9-]+)\s*$/gm)].map((m) => m[1]);
    return [...new Set([...own, ...officeIds])].sort().map((id) => ({ label: id, kind: CompletionItemKind.Value, detail: 'office id' }));
  }
  if (!/^\s*(-\s*)?[A-Za-z]*$/.test(current)) return [];
  const indent = indentOf(current);
  const where = indent === 0 ? 'top' : section(lines, line, indent);
  return KEYS[where].map((k) => ({ label: k, kind: CompletionItemKind.Property, insertText: `${k}: `, detail: `${where === 'top' ? 'facts table' : where} key` }));
}
