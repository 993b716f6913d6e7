/**
 * Settings per resource, turned into a typed value (see common/src/settings.ts). Editors give
 * them three ways, and all three are read:
 *
 * - asked for: `workspace/configuration`, section `factlint`, per document (VS Code, Neovim);
 * - sent: `workspace/didChangeConfiguration` with `settings.factlint` (Neovim 0.7, Helix, many);
 * - at start: `initializationOptions.settings.factlint`, or `initializationOptions.factlint`.
 *
 * What the editor answers when asked wins; where it answers nothing for the section (or cannot
 * be asked), the settings it last sent apply, else the defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, toSettings, type FactlintSettings } from '../../../common/out/settings';

/** The `factlint` section of what a client sent, or undefined when it sent none. */
export function sentSection(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const settings = r.settings;
  if (settings !== null && typeof settings === 'object' && 'factlint' in settings) return (settings as Record<string, unknown>).factlint ?? undefined;
  return r.factlint ?? undefined;
}

/** Caches each resource's settings until the client says they changed. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<FactlintSettings>>();
  /** The section the client last sent (didChangeConfiguration, initializationOptions). */
  private sent: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  /** The settings of a document. */
  get(uri: string): Promise<FactlintSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      const fallback = () => (this.sent === undefined ? DEFAULT_SETTINGS : toSettings(this.sent));
      s = this.supported()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'factlint' }).then(
            (answer: unknown) => (answer === null || answer === undefined ? fallback() : toSettings(answer)),
            fallback,
          )
        : Promise.resolve(fallback());
      this.cache.set(uri, s);
    }
    return s;
  }

  /** Takes a section the client sent; undefined (nothing sent for factlint) keeps the last one. */
  take(section: unknown): boolean {
    if (section === undefined) return false;
    this.sent = section;
    this.clear();
    return true;
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.cache.clear();
  }
}
