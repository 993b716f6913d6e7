// One code-server for one run: loopback only, a free port, fresh user-data and extensions
// folders and XDG folders under the run's temp folder, so nothing outside it is touched.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { setTimeout, clearTimeout } = require('node:timers');
const { codeServerBin } = require('./setup');
const { run, tailOf } = require('./proc');

/**
 * Settings of the test user: no welcome page, tips, update checks or trust prompts, and no
 * auto-save (the web workbench's default is to save after a second; tests save when they mean to).
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

/** A TCP port on 127.0.0.1 that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The folders of one code-server under `dir`, and the environment that keeps it inside them. */
function layout(dir) {
  const d = {
    udd: path.join(dir, 'udd'),
    exts: path.join(dir, 'exts'),
    log: path.join(dir, 'code-server.log'),
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
      XDG_STATE_HOME: path.join(dir, 'xdg', 'state'),
      XDG_RUNTIME_DIR: path.join(dir, 'xdg', 'runtime'),
    },
  };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR']) {
    fs.mkdirSync(d.env[k], { recursive: true, mode: 0o700 });
  }
  fs.mkdirSync(path.join(d.udd, 'User'), { recursive: true });
  fs.mkdirSync(d.exts, { recursive: true });
  fs.writeFileSync(path.join(d.udd, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return d;
}

/** Installs a .vsix into the extensions folder of the code-server that `dir` will hold. */
async function installVsix(dir, vsix) {
  const d = layout(dir);
  await run(process.execPath, [codeServerBin(), '--install-extension', vsix, '--extensions-dir', d.exts, '--user-data-dir', d.udd], {
    env: d.env,
    log: d.log,
  });
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
  });
}

/**
 * Starts code-server on `workspace`, waits (bounded) for /healthz, and returns
 * `{ url, port, stop() }`. The process is started in a group of its own, so that stop() ends
 * it and its extension hosts and language servers, and nothing else.
 */
async function startCodeServer(dir, workspace, { readyMs = 60000 } = {}) {
  const d = layout(dir);
  const port = await freePort();
  const out = fs.openSync(d.log, 'a');
  const child = spawn(
    process.execPath,
    [
      codeServerBin(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', d.udd,
      '--extensions-dir', d.exts,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      workspace,
    ],
    { env: d.env, stdio: ['ignore', out, out], detached: true },
  );
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  const stop = () => stopGroup(child);
  process.on('exit', stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (exited) throw new Error(`code-server ended before it was ready (${exited})\n${tailOf(d.log, 30)}`);
    if ((await get(`${url}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${readyMs / 1000} s\n${tailOf(d.log, 30)}`);
    }
    await new Promise((r) => setTimeout(r, 100)); // polling interval of a bounded health check
  }
  return { url, port, log: d.log, stop };
}

/** SIGTERM to the process group we started (then SIGKILL if it lingers); never anything else. */
function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const t = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 3000);
  t.unref();
  child.once('exit', () => clearTimeout(t));
}

module.exports = { startCodeServer, installVsix };
