import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guardedDocuments } from './documents';

/** Whether every offset of `doc` is where a document made fresh from its text puts it. */
function positionsAgree(doc: TextDocument): boolean {
  const fresh = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  for (let i = 0; i <= doc.getText().length; i++) {
    const a = doc.positionAt(i);
    const b = fresh.positionAt(i);
    if (a.line !== b.line || a.character !== b.character) return false;
  }
  return doc.lineCount === fresh.lineCount;
}

describe('the guarded document store', () => {
  it('leaves out a change whose position is not a whole number, which would throw every later position off', () => {
    // Found by the fuzz suite: a column of 1.5 was applied as 1 to the text but kept as 1.5 in the line offsets.
    const warnings: string[] = [];
    const store = guardedDocuments((m) => warnings.push(m));
    let doc = store.create('file:///a.md', 'markdown', 1, 'abc\ndef\nghi');
    doc = store.update(doc, [{ range: { start: { line: 0, character: 1.5 }, end: { line: 0, character: 1.5 } }, text: 'X\nY' }], 2);
    assert.equal(doc.getText(), 'abc\ndef\nghi');
    assert.equal(doc.version, 2);
    assert.ok(positionsAgree(doc));
    assert.match(warnings.join('\n'), /version 2\) had a malformed range and was left out/);
  });

  it('applies a change with whole-number positions, and keeps positions right', () => {
    const store = guardedDocuments(() => assert.fail('no warning expected'));
    let doc = store.create('file:///a.md', 'markdown', 1, 'abc\r\ndef\nghi');
    doc = store.update(doc, [{ range: { start: { line: 0, character: 1 }, end: { line: 1, character: 1 } }, text: 'X\r\nY' }], 2);
    assert.equal(doc.getText(), 'aX\r\nYef\nghi');
    assert.ok(positionsAgree(doc));
  });
});
