/** The extension manifest agrees with the code: settings and commands (scripts/check-manifest.js). */
import assert from 'node:assert/strict';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require(path.resolve(__dirname, '../../scripts/check-manifest.js')) as { checkManifest: () => string[] };

describe('the extension manifest', () => {
  it('declares every setting and command the code has', () => {
    assert.deepEqual(checkManifest(), []);
  });
});
