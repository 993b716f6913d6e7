// Lint configuration: typescript-eslint's recommended rules over every TypeScript source, and the
// layers of the codebase as import rules, so what the folder READMEs say about who may import
// whom is checked, not only written (test/layers.test.ts plants a bad import for each).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * A relative import that reaches a folder (or file) named `name` anywhere along its path:
 * `../cli/x`, `../../lsp`, `.././cli`, `../../src/cli/x`. Folders inside a layer never take
 * these names, so a match is always another layer.
 */
const sibling = (...names) => `^\\.\\.?/(.*/)?(${names.join('|')})(/|$)`;

/** One restriction: a regular expression over the import's source, and the message that says what to do instead. */
const ban = (regex, message) => ({ regex, message });

const NODE = ban(`^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`, 'The engine is pure: no Node modules. Do I/O in a front end (cli/, lsp/, project/) and pass data in.');
const EDITOR = ban('^vscode', 'The engine knows no editor: vscode* modules belong to lsp/, server.ts and client/.');
const FRONT_ENDS = ban(sibling('cli', 'lsp', 'project', 'server', 'common', 'client'), 'The engine imports no front end: front ends import the engine, never the other way.');
const DEEP_ENGINE = ban('(^|/)engine/', 'Import the engine through its index (`../engine`): engine/index.ts is its whole public surface.');
const DEEP_ENGINE_IN_TESTS = ban('(^|/)engine/(?!rules/testing$)', 'Import the engine through its index (`../engine`); tests may also import engine/rules/testing.');
const NO_CLI = ban(sibling('cli'), 'Nothing but the CLI imports cli/: the language server and the CLI share code through project/.');
const NO_LSP = ban(sibling('lsp', 'server'), 'Nothing but the language server imports lsp/ or server.ts: the CLI and the language server share code through project/.');
const NO_TEST_HELPERS = ban('(^|/)testing$', 'Test helpers (testing.ts) are for tests only: they are not shipped.');
const NO_SERVER = ban(sibling('server'), 'The client never imports the server: share types through common/.');
const COMMON_ALONE = ban(sibling('server', 'client'), 'common/ is shared by client and server and imports neither.');

/** The import rule for one layer: its files, and what they must not import. */
function layer(files, restrictions, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns: restrictions }] } };
}

const TESTS = ['**/*.test.ts', '**/testing.ts'];
/** Test files and test helpers of a folder. */
const testsOf = (folder) => [`${folder}/**/*.test.ts`, `${folder}/**/testing.ts`];
/** Globals through which code reaches Node, the process or the clock without an import. */
const PROCESS_GLOBALS = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setTimeout', 'setInterval', 'setImmediate'];

export default tseslint.config(
  { ignores: ['**/out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', 'test/e2e/.harness/**', 'bench/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The engine: pure. Its tests may use Node's assert and the like, never a front end. Nor may
  // it reach Node without an import: no process, Buffer or module globals, no dynamic import().
  layer(['server/src/engine/**/*.ts'], [NODE, EDITOR, FRONT_ENDS, NO_TEST_HELPERS], TESTS),
  layer(testsOf('server/src/engine'), [EDITOR, FRONT_ENDS]),
  {
    files: ['server/src/engine/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': ['error', ...PROCESS_GLOBALS.map((name) => ({ name, message: 'The engine is pure: a front end passes in what it needs (texts, today\'s date).' }))],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'The engine is pure: no dynamic import().' }],
    },
  },
  // The front ends: the engine through its index; the CLI and the language server apart; test
  // helpers only in tests. A file directly in server/src/ belongs to the language server.
  layer(['server/src/cli/**/*.ts'], [DEEP_ENGINE, NO_LSP, NO_TEST_HELPERS], TESTS),
  layer(testsOf('server/src/cli'), [DEEP_ENGINE_IN_TESTS, NO_LSP]),
  layer(['server/src/lsp/**/*.ts', 'server/src/*.ts'], [DEEP_ENGINE, NO_CLI, NO_TEST_HELPERS], TESTS),
  layer([...testsOf('server/src/lsp'), 'server/src/*.test.ts'], [DEEP_ENGINE_IN_TESTS, NO_CLI]),
  layer(['server/src/project/**/*.ts'], [DEEP_ENGINE, NO_CLI, NO_LSP, NO_TEST_HELPERS], TESTS),
  layer(testsOf('server/src/project'), [DEEP_ENGINE_IN_TESTS, NO_CLI, NO_LSP]),
  layer(['client/**/*.ts'], [NO_SERVER]),
  layer(['common/**/*.ts'], [COMMON_ALONE]),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
