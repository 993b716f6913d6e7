/**
 * The fuzz suites, by name: each is a fast-check property over one generator, run by the mocha
 * suite (`fuzz.test.ts`, a few thousand cases from fixed seeds) and by `npm run fuzz` (millions,
 * from any seed). A failure of either is replayed by its suite name, seed and path.
 */
import * as fs from 'node:fs';
import * as fc from 'fast-check';
import type { CompiledFacts } from '../../server/src/engine';
import { TestClient } from '../lsp/client';
import { DraftArbitraries, type DraftCase } from './drafts';
import { editCase, type EditCase } from './edits';
import { engine, tables } from './modules';
import { checkDraft, checkTableCase } from './properties';
import { runServerSession, runSession, sessionEnv, type SessionEnv } from './sessions';
import { tableCases, type TableCase } from './tables';
import { vocabularyOf } from './vocabulary';

/** The suites' names. */
export const SUITES = ['drafts', 'tables', 'sessions', 'server-pull', 'server-push'] as const;

/** A suite's name. */
export type SuiteName = (typeof SUITES)[number];

/** What every suite needs, made once per process. */
interface Shared {
  defaultText: string;
  compiled: CompiledFacts;
  drafts: DraftArbitraries;
  sessions: fc.Arbitrary<EditCase>;
  tables: fc.Arbitrary<TableCase>;
  env?: SessionEnv;
}

let shared: Shared | undefined;

function prepare(): Shared {
  if (!shared) {
    const defaultText = fs.readFileSync(tables.DEFAULT_TABLE_FILE, 'utf8');
    const compiled = engine.compileFacts(engine.loadTables([{ name: 'default', file: null, text: defaultText }]).facts);
    const vocabulary = vocabularyOf(compiled.facts);
    const drafts = new DraftArbitraries(vocabulary);
    shared = { defaultText, compiled, drafts, sessions: editCase(drafts), tables: tableCases(vocabulary) };
  }
  return shared;
}

/** A suite's generator, for replaying or printing a case. */
export function arbitraryOf(name: SuiteName): fc.Arbitrary<DraftCase | TableCase | EditCase> {
  const s = prepare();
  switch (name) {
    case 'drafts': return s.drafts.draft;
    case 'tables': return s.tables;
    default: return s.sessions;
  }
}

/** Language servers started for the server suites, one per mode, kept for the process's life. */
const servers = new Map<'pull' | 'push', Promise<TestClient>>();

function server(mode: 'pull' | 'push', folder: string): Promise<TestClient> {
  let client = servers.get(mode);
  if (!client) {
    // No debounce: the sessions send edits as fast as they can, and the last edit is checked at once.
    process.env.FACTLINT_DEBOUNCE_MS = '0';
    const c = new TestClient(folder);
    client = c.start(folder, mode === 'pull').then(() => c);
    servers.set(mode, client);
  }
  return client;
}

/** Stops the servers the suites started. */
export async function stopServers(): Promise<void> {
  const all = [...servers.values()];
  servers.clear();
  for (const c of all) await (await c).stop();
}

/**
 * A suite's property. `onCase` is called as each case starts (the campaign's heartbeat).
 * `folder` is the workspace folder of the server suites.
 */
export function propertyOf(name: SuiteName, onCase: () => void = () => undefined, folder = process.cwd()): fc.IProperty<[unknown]> | fc.IAsyncProperty<[unknown]> {
  const s = prepare();
  switch (name) {
    case 'drafts':
      return fc.property(s.drafts.draft, (c) => {
        onCase();
        checkDraft(c, s.compiled);
      }) as fc.IProperty<[unknown]>;
    case 'tables':
      return fc.property(s.tables, (t) => {
        onCase();
        checkTableCase(t, s.defaultText);
      }) as fc.IProperty<[unknown]>;
    case 'sessions':
      return fc.property(s.sessions, (c) => {
        onCase();
        s.env ??= sessionEnv();
        runSession(c, s.env);
      }) as fc.IProperty<[unknown]>;
    default: {
      const mode = name === 'server-pull' ? 'pull' : 'push';
      return fc.asyncProperty(s.sessions, async (c) => {
        onCase();
        s.env ??= sessionEnv();
        await runServerSession(c, await server(mode, folder), mode, s.env);
      }) as fc.IAsyncProperty<[unknown]>;
    }
  }
}
