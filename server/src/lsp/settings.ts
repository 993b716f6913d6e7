/** Settings per resource, asked of the client once and turned into a typed value (see common/src/settings.ts). */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, toSettings, type FactlintSettings } from '../../../common/out/settings';

/** Caches each resource's settings until the client says they changed. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<FactlintSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  /** The settings of a document. */
  get(uri: string): Promise<FactlintSettings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'factlint' }).then(toSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, s);
    }
    return s;
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.cache.clear();
  }
}
