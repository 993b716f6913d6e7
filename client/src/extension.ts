/** The VS Code extension's entry point; the language client arrives with the editor issue. */
export function activate(): void {
  // Nothing to start yet: the client half of factlint is built in its own issue.
}

/** Called by VS Code when the extension stops. */
export function deactivate(): void {
  // Nothing to stop.
}
