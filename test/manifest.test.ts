/** The extension manifest agrees with the code: settings, rule ids, commands, docs pages (scripts/check-manifest.js). */
import assert from 'node:assert/strict';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require(path.resolve(__dirname, '../../scripts/check-manifest.js')) as { checkManifest: () => string[] };

describe('the extension manifest', () => {
  it('declares every setting, rule, command and documentation page the code has', () => {
    assert.deepEqual(checkManifest(), []);
  });
});
