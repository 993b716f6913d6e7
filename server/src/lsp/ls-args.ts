/**
 * `factlint-ls` before it serves: `--help` and `--version` answer and exit, as any command does;
 * without a way to talk to the editor (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`) it
 * says which to choose, instead of the LSP library's stack trace.
 */

/** What to print and the exit code, or undefined when the server should start. */
export interface LsArgsOutcome {
  exit: number;
  stdout?: string;
  stderr?: string;
}

const USAGE = `Usage: factlint-ls --stdio | --node-ipc | --socket=PORT | --pipe=NAME

factlint's language server: checks names, titles, acronyms, milestone dates and weekdays in
Markdown and plain-text drafts against facts tables, for any editor that speaks LSP.

Options:
  --stdio          talk over standard input and output (what most editors use)
  --node-ipc       talk over Node's IPC channel (VS Code's own client)
  --socket=PORT    talk over a TCP socket on 127.0.0.1
  --pipe=NAME      talk over a named pipe
  -h, --help       print this help
  -v, --version    print the version

Settings come from the editor: initializationOptions, workspace/didChangeConfiguration or
workspace/configuration (section "factlint"); see docs/editors.md.
`;

/** Reads the server's own arguments; `argv` without node and the script. */
export function lsArguments(argv: readonly string[], version: string): LsArgsOutcome | undefined {
  if (argv.includes('--help') || argv.includes('-h')) return { exit: 0, stdout: USAGE };
  if (argv.includes('--version') || argv.includes('-v')) return { exit: 0, stdout: `${version}\n` };
  if (argv.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=./.test(a))) return undefined;
  return { exit: 2, stderr: 'factlint-ls: say how the editor talks to the server: --stdio, --node-ipc, --socket=PORT or --pipe=NAME (factlint-ls --help)\n' };
}
