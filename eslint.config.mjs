// Lint configuration: typescript-eslint's recommended rules over every TypeScript source, and the
// layers of the codebase as import rules, so what the folder READMEs say about who may import
// whom is checked, not only written (test/layers.test.ts plants a bad import for each).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import that climbs to a sibling folder (or file) `name` of any ancestor: `../cli/x`, `../../lsp`. */
const sibling = (...names) => `^\\.\\.?/(\\.\\./)*(${names.join('|')})(/|$)`;

/** One restriction: a regular expression over the import's source, and the message that says what to do instead. */
const ban = (regex, message) => ({ regex, message });

const NODE = ban(`^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`, 'The engine is pure: no Node modules. Do I/O in a front end (cli/, lsp/, project/) and pass data in.');
const EDITOR = ban('^vscode', 'The engine knows no editor: vscode* modules belong to lsp/, server.ts and client/.');
const FRONT_ENDS = ban(sibling('cli', 'lsp', 'project', 'server', 'common', 'client'), 'The engine imports no front end: front ends import the engine, never the other way.');
const DEEP_ENGINE = ban('(^|/)engine/', 'Import the engine through its index (`../engine`): engine/index.ts is its whole public surface.');
const DEEP_ENGINE_IN_TESTS = ban('(^|/)engine/(?!rules/testing$)', 'Import the engine through its index (`../engine`); tests may also import engine/rules/testing.');
const NO_CLI = ban(sibling('cli'), 'The language server and the CLI never import each other: share code through project/.');
const NO_LSP = ban(sibling('lsp', 'server'), 'The CLI and the language server never import each other: share code through project/.');
const NO_SERVER = ban(sibling('server'), 'The client never imports the server: share types through common/.');
const COMMON_ALONE = ban(sibling('server', 'client'), 'common/ is shared by client and server and imports neither.');

/** The import rule for one layer: its files, and what they must not import. */
function layer(files, restrictions, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns: restrictions }] } };
}

const TESTS = ['**/*.test.ts', '**/testing.ts'];

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
  // The engine: pure. Its tests may use Node's assert and the like, never a front end.
  layer(['server/src/engine/**/*.ts'], [NODE, EDITOR, FRONT_ENDS], TESTS),
  layer(['server/src/engine/**/*.test.ts', 'server/src/engine/**/testing.ts'], [EDITOR, FRONT_ENDS]),
  // The front ends: the engine through its index; the CLI and the language server apart.
  layer(['server/src/cli/**/*.ts'], [DEEP_ENGINE, NO_LSP], TESTS),
  layer(['server/src/cli/**/*.test.ts'], [DEEP_ENGINE_IN_TESTS, NO_LSP]),
  layer(['server/src/lsp/**/*.ts', 'server/src/server.ts'], [DEEP_ENGINE, NO_CLI], TESTS),
  layer(['server/src/lsp/**/*.test.ts'], [DEEP_ENGINE_IN_TESTS, NO_CLI]),
  layer(['server/src/project/**/*.ts'], [DEEP_ENGINE, NO_CLI, NO_LSP], TESTS),
  layer(['server/src/project/**/*.test.ts', 'server/src/project/testing.ts'], [DEEP_ENGINE_IN_TESTS, NO_CLI, NO_LSP]),
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
