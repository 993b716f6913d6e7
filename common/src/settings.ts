/**
 * factlint's settings (`factlint.*`), shared by the client (which declares them in
 * package.json) and the server (which reads them per resource). Imports nothing.
 */

/** Rule ids (contract §5). */
export const RULE_IDS = ['acronym', 'milestone', 'name', 'term', 'title', 'title-date', 'weekday'] as const;

/** A rule id. */
export type SettingsRuleId = (typeof RULE_IDS)[number];

/** A rule's configured level. */
export type SettingsRuleLevel = 'off' | 'info' | 'warning' | 'error';

/** The settings of one resource, with defaults applied. */
export interface FactlintSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Facts tables: paths or globs, relative to the workspace folder. */
  facts: string[];
  /** Load the embedded default table. */
  useDefaultFacts: boolean;
  /** Severity or off, per rule id. */
  rules: Partial<Record<SettingsRuleId, SettingsRuleLevel>>;
  /** Article date for every document (YYYY-MM-DD); empty to find it in the text. */
  articleDate: string;
}

/** The defaults, as declared in package.json. */
export const DEFAULT_SETTINGS: FactlintSettings = {
  enable: true,
  facts: [],
  useDefaultFacts: true,
  rules: {},
  articleDate: '',
};

/** Turns whatever the client sent into settings, keeping only values of the right shape. */
export function toSettings(raw: unknown): FactlintSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: FactlintSettings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if ((RULE_IDS as readonly string[]).includes(id) && (level === 'off' || level === 'info' || level === 'warning' || level === 'error')) {
        rules[id as SettingsRuleId] = level;
      }
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    facts: Array.isArray(r.facts) ? r.facts.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    useDefaultFacts: typeof r.useDefaultFacts === 'boolean' ? r.useDefaultFacts : DEFAULT_SETTINGS.useDefaultFacts,
    rules,
    articleDate: typeof r.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.articleDate) ? r.articleDate : '',
  };
}
