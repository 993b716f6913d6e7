/**
 * Text from outside factlint (file names, words of a draft, the system's error messages) made safe
 * to print on a terminal or into a CI log. A raw line break in a file name would start a new line
 * that GitHub Actions may read as a workflow command (`::warning …`), and an escape character
 * would drive the terminal; so such characters are shown as escapes instead, and what is printed
 * stays on its line.
 */

/**
 * Characters never printed as they are: C0 controls, DEL, C1 controls, the line and paragraph
 * separators, and the bidirectional controls that can make one name read as another.
 */
// Finding control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What makes a path need quotes: an unprintable character, a double quote or a backslash. */
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069"\\]/;

const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

function escapeOne(ch: string): string {
  return SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `s` with every unprintable character written as an escape (`\n`, `\t`, `\u001b`, as in JSON),
 * everything else as it is: for messages, which are prose and keep their quotes and backslashes.
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, escapeOne);
}

/**
 * A value in double quotes, with double quotes, backslashes and unprintable characters escaped
 * as in a JSON string: `"drafts/*.md"`.
 */
export function quoted(s: string): string {
  return `"${s.replace(/["\\]/g, '\\$&').replace(UNPRINTABLE, escapeOne)}"`;
}

/**
 * A path as factlint prints it: as it is, unless it holds an unprintable character, a double
 * quote or a backslash; then quoted (`"a\n::b.md"`), as git quotes such paths, so that a printed
 * path in quotes is always an escaped one and any other is the name itself.
 */
export function printablePath(p: string): string {
  return NEEDS_QUOTES.test(p) ? quoted(p) : p;
}
