/**
 * A new beat's first files (`factlint tables init`, and the editor's "Create facts table"): a
 * facts table with one commented example of each kind, and a `.factlint.yaml` that uses it. The
 * examples are made up (a fictional country) so that nothing in them can match real copy.
 */
import { kebabCase } from './table-doc';

/** What `init` writes: file names relative to the folder, and their text. */
export interface StarterFiles {
  /** `<beat>.facts.yaml`. */
  tableFile: string;
  table: string;
  /** `.factlint.yaml`. */
  configFile: string;
  config: string;
}

/** Lower-case kebab form of a beat's name, for its file name; null when nothing usable is left. */
export function beatFileStem(beat: string): string | null {
  return kebabCase(beat);
}

/** The starter files for `beat` (already a file stem, see `beatFileStem`); `today` is YYYY-MM-DD. */
export function starterFiles(beat: string, today: string): StarterFiles {
  const tableFile = `${beat}.facts.yaml`;
  const table = `# yaml-language-server: $schema=https://factlint.dev/schemas/facts.schema.json
# The ${beat} facts table: what factlint checks drafts against.
# Each list below has one made-up example; replace them with your beat's facts.
# Format: docs/contract.md §2 of factlint. Check it with: factlint tables check ${tableFile}
version: 1
# The last day these facts were checked. Past it, factlint reports who holds an office as
# "not known" (an info) rather than as an error.
asOf: ${today}

offices:
  # A post that different people hold over time. Roles refer to it by its id.
  - id: example-foreign-minister
    title: Minister of Foreign Affairs
    aliases: [Foreign Minister]     # other ways writers name the same post
    country: Examplia               # lets "Examplia's Foreign Minister" mean this office
    source: "where you checked it: a link, a gazette, a call"

people:
  - name: Ada Example               # the full name as it should be written
    aliases: [Example]              # other accepted spellings and name orders
    roles:
      - office: example-foreign-minister
        from: 2024-05-01            # YYYY, YYYY-MM or YYYY-MM-DD
        # no "to": still in office
        source: "official biography"

acronyms:
  - short: EXTA                     # as it must be written
    expansion: Examplia Trade Agreement
    variants: [ETXA]                # known wrong forms (optional)

terms:
  - canonical: Examplia Coastal Compact   # a fixed phrase with one correct form
    variants: [Examplian Coastal Compact]

milestones:
  - name: Examplia Trade Agreement  # a named event with a date
    aliases: [the coastal trade pact]
    date: 2021-03-15
`;
  const configFile = '.factlint.yaml';
  const config = `# factlint settings for the drafts in this folder and below.
# Tables are merged in order: the default table (unless defaultFacts: false), then these.
facts: [${tableFile}]
`;
  return { tableFile, table, configFile, config };
}
