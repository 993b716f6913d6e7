/**
 * The files factlint offers for CI: the GitHub Actions workflow in examples/ci/factlint.yml (and
 * its copy in docs/cli.md) and the pre-commit hook in .pre-commit-hooks.yaml. They are only read
 * by GitHub and pre-commit, so these tests check what those tools rely on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKFLOW = 'examples/ci/factlint.yml';
const HOOKS = '.pre-commit-hooks.yaml';

/** A repository file's text. */
function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

/** A YAML file's contents, after checking it parses without errors or warnings (duplicate keys included). */
function yamlFile(file: string): unknown {
  const doc = parseDocument(read(file), { uniqueKeys: true });
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `${file} is not clean YAML`);
  return doc.toJS();
}

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

/** The command lines of a `run:` that call factlint, each split into words. */
function factlintCalls(step: Step): string[][] {
  return (step.run ?? '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words.includes('factlint'));
}

/** The value after `flag` in a command's words (`--flag value` or `--flag=value`). */
function flag(words: string[], name: string): string | undefined {
  const i = words.indexOf(name);
  if (i >= 0) return words[i + 1];
  return words.find((w) => w.startsWith(`${name}=`))?.slice(name.length + 1);
}

describe('the GitHub Actions workflow (examples/ci/factlint.yml)', () => {
  let workflow: Workflow;
  let steps: Step[];
  before(() => {
    workflow = yamlFile(WORKFLOW) as Workflow;
    steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  });

  it('runs on pull requests and on pushes', () => {
    assert.ok('pull_request' in workflow.on);
    assert.ok('push' in workflow.on);
  });

  it('may read the repository and upload to code scanning, and nothing else', () => {
    assert.deepEqual(workflow.permissions, { contents: 'read', 'security-events': 'write' });
  });

  it('checks out the full history, which --changed needs for the merge base', () => {
    const checkout = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout.length, 1);
    assert.equal(checkout[0].with?.['fetch-depth'], 0);
    assert.equal(steps.indexOf(checkout[0]), 0, 'the checkout comes first');
  });

  it('checks the changed drafts into a SARIF file, uploads that very file even after a failure, then fails on errors', () => {
    const sarifRuns = steps.filter((s) => factlintCalls(s).some((w) => flag(w, '--format') === 'sarif' && w.includes('--changed')));
    assert.equal(sarifRuns.length, 1, 'one step runs factlint --changed --format sarif');
    const check = sarifRuns[0];
    const calls = factlintCalls(check).filter((w) => flag(w, '--format') === 'sarif');
    const outputs = new Set(calls.map((w) => flag(w, '--output-file')));
    assert.equal(outputs.size, 1, 'every SARIF run writes the same file');
    const sarifFile = [...outputs][0];
    assert.ok(sarifFile !== undefined && !sarifFile.startsWith('-'), 'the SARIF run has --output-file FILE');

    const uploads = steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.equal(uploads.length, 1);
    const upload = uploads[0];
    assert.equal(upload.with?.sarif_file, sarifFile);
    assert.equal(upload.with?.category, 'factlint');
    // always() keeps the upload when an earlier step failed; anything after it may only narrow that.
    assert.match(String(upload.if), /^\s*(\$\{\{\s*)?always\(\)(\s*&&|\s*(\}\})?\s*$)/);
    assert.ok(steps.indexOf(upload) > steps.indexOf(check), 'the upload comes after the check');

    // Its exit code is kept, and a later step fails the job on 1.
    assert.ok(check.id, 'the check has an id, so later steps can read its outcome');
    const fail = steps.find((s) => steps.indexOf(s) > steps.indexOf(upload) && String(s.if).includes(`steps.${check.id}.outputs.`) && /^\s*exit 1\s*$/m.test(s.run ?? ''));
    assert.ok(fail, 'a step after the upload fails the job when the check found errors');
  });

  it('also shows the findings as annotations, without failing there', () => {
    const annotate = steps.filter((s) => factlintCalls(s).some((w) => flag(w, '--format') === 'github' && w.includes('--changed')));
    assert.equal(annotate.length, 1);
    assert.equal(annotate[0]['continue-on-error'], true);
  });

  it('is in docs/cli.md word for word', () => {
    assert.ok(read('docs/cli.md').includes('```yaml\n' + read(WORKFLOW) + '```\n'), `the copy in docs/cli.md of ${WORKFLOW} differs from the file`);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  let hooks: Record<string, unknown>[];
  before(() => {
    hooks = yamlFile(HOOKS) as Record<string, unknown>[];
  });

  it('is one hook, factlint, run by the factlint command from this package', () => {
    assert.ok(Array.isArray(hooks));
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    assert.equal(hook.id, 'factlint');
    assert.equal(hook.name, 'factlint');
    assert.equal(hook.entry, 'factlint');
    assert.equal(hook.language, 'node');
    assert.equal(typeof hook.description, 'string');
    const bin = (JSON.parse(read('package.json')) as { bin: Record<string, string> }).bin;
    assert.ok(Object.hasOwn(bin, String(hook.entry)), "the entry is one of package.json's bin commands");
  });

  it('takes Markdown and plain-text drafts, in any case, and nothing else', () => {
    const files = hooks[0].files;
    assert.equal(typeof files, 'string');
    // pre-commit uses Python's re; a leading (?i) is JavaScript's i flag.
    const caseless = (files as string).startsWith('(?i)');
    const re = new RegExp(caseless ? (files as string).slice(4) : (files as string), caseless ? 'i' : '');
    for (const name of ['drafts/a.md', 'b.MARKDOWN', 'c.txt', 'drafts/2026/d.Md']) assert.ok(re.test(name), `${name} should match ${files}`);
    for (const name of ['d.yaml', 'e.md.bak', 'f.mdx', 'notes.txt/g.json', 'facts/t.facts.yaml']) assert.ok(!re.test(name), `${name} should not match ${files}`);
  });
});
