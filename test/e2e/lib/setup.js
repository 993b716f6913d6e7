// Installs what the e2e runner needs and the project does not: Debian packages (Chromium,
// ripgrep, the headers code-server's native modules build against) and the harness
// (code-server, playwright-core) in test/e2e/.harness/, outside the root dependencies.
// Each step is skipped when its result is already there.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { run } = require('./proc');

const E2E = path.resolve(__dirname, '..');
/** Where the harness is installed (git-ignored). */
const HARNESS = path.join(E2E, '.harness');
/** The pinned harness manifest and lock, committed. */
const HARNESS_SPEC = path.join(E2E, 'harness');

/**
 * Debian packages: the build headers of code-server's native modules, ripgrep, the browser, and
 * Neovim (the other editor the tests drive: test/editors/neovim.test.ts).
 */
const DEBIAN_PACKAGES = [
  'build-essential', 'pkg-config', 'python3', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev',
  'ripgrep', 'chromium', 'fonts-liberation', 'neovim',
];

/** @vscode/ripgrep as pinned inside code-server 4.100.3, and the tarball its postinstall looks for. */
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function isInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .includes('install ok installed');
  } catch {
    return false;
  }
}

/** Installs the missing Debian packages with apt-get (needs root); does nothing when none is missing. */
async function ensureDebianPackages(log) {
  const missing = DEBIAN_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return 'already present';
  const apt = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid && process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get update && ${apt}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env, log });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, log });
  return `installed ${missing.join(' ')}`;
}

function specHash() {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(HARNESS_SPEC, f);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  return h.digest('hex');
}

const STAMP = path.join(HARNESS, '.installed');

/** Installs code-server and playwright-core into .harness/ unless the same pinned set is there. */
async function ensureHarness(log) {
  const hash = specHash();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash && fs.existsSync(codeServerBin())) {
    return 'already installed';
  }
  fs.rmSync(path.join(HARNESS, 'node_modules'), { recursive: true, force: true });
  fs.rmSync(STAMP, { force: true });
  fs.mkdirSync(HARNESS, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(HARNESS_SPEC, f);
    if (fs.existsSync(p)) fs.copyFileSync(p, path.join(HARNESS, f));
  }

  // Cure 2: @vscode/ripgrep's postinstall downloads from GitHub unless it finds this
  // tarball under $TMPDIR; give it Debian's rg.
  const tmp = path.join(HARNESS, 'tmp');
  fs.mkdirSync(path.join(tmp, RIPGREP_CACHE), { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  await run('tar', ['czf', path.join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', path.dirname(rg), 'rg'], { log });

  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // cure 1: code-server's postinstall.sh refuses root otherwise
    npm_config_yes: 'true', // cure 3: node-pty's `npx node-gyp` aborts when npm's `yes` is false
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const locked = fs.existsSync(path.join(HARNESS, 'package-lock.json'));
  await run('npm', [locked ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: HARNESS, env, log });
  if (!fs.existsSync(codeServerBin())) throw new Error(`npm finished but ${codeServerBin()} is missing; see ${log}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(STAMP, hash + '\n');
  return 'installed';
}

/** code-server's launcher inside the harness. */
function codeServerBin() {
  return path.join(HARNESS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** playwright-core, loaded from the harness. */
function playwright() {
  return require(path.join(HARNESS, 'node_modules', 'playwright-core'));
}

module.exports = { ensureDebianPackages, ensureHarness, codeServerBin, playwright, HARNESS, DEBIAN_PACKAGES };
