/**
 * factlint-ls in a real Neovim (Debian 12's 0.7.2 in CI): the init.lua is the Neovim 0.7 block of
 * docs/editors.md and its factlint_settings() block, word for word, so the documented setup is
 * what runs. test/editors/neovim-driver.lua drives the editor headless and reports what it
 * showed: diagnostics, the hover float, the preferred fix applied through
 * vim.lsp.buf.code_action(), and a rule turned off through workspace/didChangeConfiguration.
 *
 * Without `nvim` on the PATH the test skips and says so; under CI (CI=true) it fails instead,
 * because .ci/run installs Neovim.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../cli-helpers';

interface Diagnostic {
  line: number;
  col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
}

interface Report {
  version: string;
  error?: string;
  attached: boolean;
  filetype: string;
  opened: Diagnostic[];
  hover: string[];
  offered: { title: string; preferred: boolean; command?: string }[];
  fixed_line: string;
  after_fix: Diagnostic[];
  after_settings: Diagnostic[];
  running: boolean;
}

/** vim.diagnostic.severity: ERROR 1, WARN 2, INFO 3, HINT 4. */
const ERROR = 1;
const INFO = 3;

const DRAFT = `---
date: 2026-02-02
---

# Delhi prepares for a visit

Foreign Minister Takeshi Iwaya will meet Indian officials in Delhi next week.

Both sides back a Free and Open Indo-Pacific (FIOP) and their Special Strategic Global Partnership.

Prime Minister Sanae Takaichy welcomed the plans.
`;

/** The Lua block that follows `<!-- marker…` in docs/editors.md. */
function documentedBlock(marker: string): string {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const at = doc.indexOf(`<!-- ${marker}`);
  assert.ok(at >= 0, `docs/editors.md has no "<!-- ${marker}" marker`);
  const m = /```lua\n([\s\S]*?)```/.exec(doc.slice(at));
  assert.ok(m, `no lua block after the ${marker} marker`);
  return m[1];
}

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Runs Neovim on the draft with the documented setup; resolves with the driver's report. */
async function runNeovim(nvim: string, dir: string): Promise<{ report: Report; stderr: string; code: number | null }> {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  // `factlint-ls` on the PATH, as `npm install -g` would put it.
  fs.writeFileSync(path.join(bin, 'factlint-ls'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'factlint-ls.js')}" "$@"\n`, { mode: 0o755 });
  const ws = path.join(dir, 'newsroom');
  fs.mkdirSync(ws);
  fs.writeFileSync(path.join(ws, '.factlint.yaml'), 'facts: []\n');
  fs.writeFileSync(path.join(ws, 'draft.md'), DRAFT);
  const init = path.join(dir, 'init.lua');
  fs.writeFileSync(init, documentedBlock('neovim-0.7-setup') + '\n' + documentedBlock('neovim-settings'));
  const out = path.join(dir, 'report.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: bin + path.delimiter + (process.env.PATH ?? ''),
    FACTLINT_NVIM_OUT: out,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
  };
  const args = ['--headless', '-n', '-i', 'NONE', '-u', init, 'draft.md', '-c', `luafile ${path.join(ROOT, 'test', 'editors', 'neovim-driver.lua')}`];
  const child = spawn(nvim, args, { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  // A bound on a hung editor, far above the driver's own bounded waits.
  const killer = setTimeout(() => child.kill('SIGKILL'), 120000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(killer);
  assert.ok(fs.existsSync(out), `Neovim wrote no report (exit ${code}): ${stderr.slice(-2000)}`);
  return { report: JSON.parse(fs.readFileSync(out, 'utf8')) as Report, stderr, code };
}

describe('factlint-ls in Neovim, set up as docs/editors.md says', function () {
  this.timeout(150000);
  let report: Report;
  let dir: string;

  before(async function () {
    const nvim = which('nvim');
    if (nvim === undefined) {
      if (process.env.CI) throw new Error('nvim is not on the PATH; CI must install it (.ci/run: apt-get install neovim)');
      console.log('      (skipped: nvim is not on the PATH; install it with `apt-get install neovim` to run the Neovim test)');
      return this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-nvim-'));
    const run = await runNeovim(nvim, dir);
    assert.equal(run.report.error, undefined, `the driver failed in Neovim ${run.report.version}: ${run.report.error}\n${run.stderr.slice(-2000)}`);
    assert.equal(run.code, 0, run.stderr);
    report = run.report;
  });

  after(() => {
    if (dir && !process.env.FACTLINT_NVIM_DEBUG) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('attaches to a Markdown draft and shows its findings where they are, with the settings given at start', () => {
    assert.equal(report.filetype, 'markdown');
    assert.ok(report.attached);
    assert.deepEqual(
      report.opened.map((d) => [d.code, d.line, d.col, d.severity, d.source]),
      [
        ['title-date', 6, 0, ERROR, 'factlint'],
        ['acronym', 8, 46, ERROR, 'factlint'],
        // term is a warning by default; the setup's settings make it an info
        ['term', 8, 62, INFO, 'factlint'],
        ['name', 10, 15, ERROR, 'factlint'],
      ],
    );
    assert.match(report.opened[0].message, /^Takeshi Iwaya was Foreign Minister 2024-10-01 to 2025-10-21, not on 2026-02-02/);
  });

  it('shows a hover float that reads as text: the card, no HTML, no stray escapes', () => {
    const text = report.hover.join('\n');
    assert.match(text, /Takeshi Iwaya/);
    assert.match(text, /Minister for Foreign Affairs \(Japan\), 2024-10-01 to 2025-10-21/);
    assert.match(text, /Governing date: on 2026-02-02 — the article date \(front matter\)/);
    assert.doesNotMatch(text, /<\/?[a-z]+[^>]*>/i, 'raw HTML in the float');
    assert.doesNotMatch(text, /\\[()[\]*_`-]/, 'a Markdown escape shown as written');
  });

  it('applies the preferred fix picked from vim.lsp.buf.code_action(), and offers no VS Code-only command', () => {
    const preferred = report.offered.filter((a) => a.preferred);
    assert.deepEqual(
      preferred.map((a) => a.title),
      ['Replace "FIOP" with "FOIP"'],
    );
    assert.equal(report.fixed_line, 'Both sides back a Free and Open Indo-Pacific (FOIP) and their Special Strategic Global Partnership.');
    assert.deepEqual(
      report.after_fix.map((d) => d.code),
      ['title-date', 'term', 'name'],
    );
    for (const a of report.offered) assert.notEqual(a.command, 'factlint.showRuleDocumentation', `"${a.title}" runs a command only VS Code has`);
  });

  it('takes a setting sent with workspace/didChangeConfiguration and re-checks', () => {
    assert.deepEqual(
      report.after_settings.map((d) => [d.code, d.severity]),
      [
        ['title-date', ERROR],
        ['term', INFO],
      ],
    );
    assert.ok(report.running, 'the server stopped');
  });
});
