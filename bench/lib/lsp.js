'use strict';
// Drives `factlint-ls --stdio` as an editor would: a push client (no pull diagnostics) that
// answers `workspace/configuration`, opens a draft and edits it, timing each edit from the
// didChange to the publishDiagnostics of that version.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { stream } = require('./prng');
const { median, percentile } = require('./measure');

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** The server's debounce, and whether FACTLINT_DEBOUNCE_MS sets it (read from the built server). */
function serverDebounce(root) {
  let source = '';
  try {
    source = fs.readFileSync(path.join(root, 'server', 'out', 'server.js'), 'utf8');
  } catch {
    // not built: the caller builds first
  }
  const m = /DEBOUNCE_MS\s*=[^;\n]*?(\d+)\s*;/.exec(source);
  return { ms: m ? Number(m[1]) : 150, envSupported: source.includes('FACTLINT_DEBOUNCE_MS') };
}

/** Starts a server; resolves once `initialize` has been answered. */
async function startServer(root, { cwd, settings, env = {} }) {
  const t0 = nowMs();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'factlint-ls.js'), '--stdio'], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 20_000) stderr += d;
  });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = [];
  const log = [];
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/logMessage', (p) => log.length < 200 && log.push(p.message));
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const t = nowMs();
    for (let i = 0; i < waiting.length; i++) {
      const w = waiting[i];
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiting.splice(i, 1);
        w.resolve({ t, diagnostics: p.diagnostics });
        break;
      }
    }
  });
  conn.onNotification(() => {});
  conn.listen();
  const rootUri = pathToFileURL(cwd).href;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(cwd) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
    },
    initializationOptions: { trusted: true },
  });
  conn.sendNotification('initialized', {});

  const api = {
    child,
    t0,
    log,
    stderr: () => stderr,
    /** Resolves with the time and diagnostics of the next publish for `uri` (of `version`, if given). */
    diagnostics(uri, version, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const w = { uri, version, resolve: (x) => (clearTimeout(timer), resolve(x)) };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(w), 1);
          reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms\n${stderr.slice(-2000)}\n${log.slice(-5).join('\n')}`));
        }, timeoutMs);
        waiting.push(w);
      });
    },
    open(uri, text, version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, version, changes) {
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    /** Times a hover request, in ms. */
    async hover(uri, position) {
      const t = nowMs();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      return nowMs() - t;
    },
    /** Peak and current resident set of the server, in MB. */
    memory() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
        return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
      } catch {
        return { peakMB: null, rssMB: null };
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      conn.dispose();
    },
  };
  return api;
}

/** Line and character (UTF-16) of an offset. */
function position(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * The editing session: opens the draft with the big table, waits for its first diagnostics,
 * then makes `edits` edits at seeded random places, one at a time, timing each.
 */
async function editSession(root, { cwd, tableRel, draftPath, edits, seed, env: extraEnv = {} }) {
  const debounce = serverDebounce(root);
  const env = { ...extraEnv, ...(debounce.envSupported ? { FACTLINT_DEBOUNCE_MS: '0' } : {}) };
  const subtract = debounce.envSupported ? 0 : debounce.ms;
  const server = await startServer(root, { cwd, settings: { facts: [tableRel], useDefaultFacts: false }, env });
  try {
    let text = fs.readFileSync(draftPath, 'utf8');
    const uri = pathToFileURL(draftPath).href;
    const tOpen = nowMs();
    const first = server.diagnostics(uri, 1, 300_000);
    server.open(uri, text, 1);
    const firstDiag = await first;
    const openMs = firstDiag.t - tOpen - subtract;
    const bodyStart = text.indexOf('\n# ');
    const rng = stream(seed, 'edits');
    const words = ['new', 'regional', 'the', 'said', 'officials', 'agreement', 'talks', 'Minister', 'Foreign Minister', 'early'];
    const latencies = [];
    let findings = firstDiag.diagnostics.length;
    for (let v = 2; v < edits + 2; v++) {
      // A word boundary in the body, at random.
      let at = bodyStart + 1 + rng.int(text.length - bodyStart - 1);
      while (at < text.length && text[at] !== ' ') at++;
      if (at >= text.length) at = text.lastIndexOf(' ');
      let change;
      const kind = rng.int(3);
      if (kind === 0) {
        change = { start: at, end: at, text: ` ${rng.pick(words)}` }; // typing a word
      } else {
        const end = text.indexOf(' ', at + 1);
        const wordEnd = end === -1 || end - at > 30 ? at : end;
        change = { start: at, end: wordEnd, text: kind === 1 ? ` ${rng.pick(words)}` : '' }; // replacing or deleting one
      }
      const range = { start: position(text, change.start), end: position(text, change.end) };
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      const got = server.diagnostics(uri, v);
      const t = nowMs();
      server.change(uri, v, [{ range, text: change.text }]);
      const d = await got;
      latencies.push(d.t - t - subtract);
      findings = d.diagnostics.length;
    }
    const mem = server.memory();
    return {
      openToFirstDiagnosticsMs: openMs,
      edits: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      medianMs: median(latencies),
      debounceMs: debounce.ms,
      debounceSubtracted: subtract,
      debounceVia: debounce.envSupported ? 'FACTLINT_DEBOUNCE_MS=0' : `subtracted ${subtract} ms`,
      findings,
      peakMB: mem.peakMB,
      rssMB: mem.rssMB,
    };
  } finally {
    await server.stop();
  }
}

/** Start-up: a fresh server with the default table, from spawn to the first diagnostics of a small draft. */
async function startupOnce(root, { cwd, draftPath }) {
  const server = await startServer(root, { cwd, settings: {} });
  try {
    const uri = pathToFileURL(draftPath).href;
    const got = server.diagnostics(uri, 1, 60_000);
    server.open(uri, fs.readFileSync(draftPath, 'utf8'), 1);
    const d = await got;
    return { ms: d.t - server.t0, findings: d.diagnostics.length };
  } finally {
    await server.stop();
  }
}

/**
 * Responsiveness on a very large draft: a small draft is opened and checked, then the large one
 * is opened, and until its diagnostics arrive a hover on the small draft is asked for every
 * `everyMs`, one at a time; each answer is timed.
 */
async function largeDraftSession(root, { cwd, smallPath, largePath, everyMs = 20, env = {} }) {
  const debounce = serverDebounce(root);
  const server = await startServer(root, { cwd, settings: {}, env: { ...env, ...(debounce.envSupported ? { FACTLINT_DEBOUNCE_MS: '0' } : {}) } });
  try {
    const small = pathToFileURL(smallPath).href;
    const gotSmall = server.diagnostics(small, 1, 60_000);
    server.open(small, fs.readFileSync(smallPath, 'utf8'), 1);
    await gotSmall;
    const large = pathToFileURL(largePath).href;
    const text = fs.readFileSync(largePath, 'utf8');
    const got = server.diagnostics(large, 1, 600_000);
    const t0 = nowMs();
    server.open(large, text, 1);
    let done = null;
    got.then((d) => (done = d));
    const hovers = [];
    while (done === null) {
      hovers.push(await server.hover(small, { line: 0, character: 5 }));
      await new Promise((r) => setTimeout(r, everyMs));
    }
    return {
      chars: text.length,
      toDiagnosticsMs: done.t - t0,
      diagnostics: done.diagnostics.length,
      hovers: hovers.length,
      hoverMaxMs: hovers.length > 0 ? Math.max(...hovers) : null,
      hoverP95Ms: hovers.length > 0 ? percentile(hovers, 95) : null,
      peakMB: server.memory().peakMB,
    };
  } finally {
    await server.stop();
  }
}

module.exports = { editSession, startupOnce, serverDebounce, largeDraftSession };
