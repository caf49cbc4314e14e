import { describe, expect, it } from 'vitest';
import { CodeActionRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { REFERENCE_DRAFT, SERVER_JS, TestClient } from '../lsp/client';

const draft = readFileSync(REFERENCE_DRAFT, 'utf8');

describe('the language server under a stream of edits', () => {
  it('keeps answering through thousands of edits interleaved with code actions and hovers', async () => {
    const client = new TestClient();
    client.settings = { debounce: 20 };
    await client.initialize();
    const uri = 'untitled:stress.md';
    await client.open(uri, draft);
    const answers: Promise<unknown>[] = [];
    let doc = client.docs.get(uri)!;
    for (let i = 0; i < 2000; i++) {
      // Type and delete a character at a moving place; every 50 edits ask for code actions and a hover.
      const line = 8 + (i % 30);
      const position = { line, character: 0 };
      doc = await client.change(uri, [i % 2 === 0 ? { range: { start: position, end: position }, newText: 'x' } : { range: { start: position, end: { line, character: 1 } }, newText: '' }]);
      if (i % 50 === 0) {
        answers.push(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 10 } }, context: { diagnostics: [] } }));
        answers.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character: 3 } }));
      }
    }
    const settled = await Promise.allSettled(answers);
    expect(settled.every((s) => s.status === 'fulfilled')).toBe(true);
    // After the burst the last version is linted: the draft is back to the reference text.
    const final = await client.diagnostics(uri, doc.version, 20_000);
    expect(final.some((d) => d.code === 'unattributed-number')).toBe(true);
    const exited = new Promise<number | null>((r) => client.process.once('exit', (code) => r(code)));
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
    client.connection.dispose();
  }, 120_000);

  it('exits when the client goes away in the middle of a request', async () => {
    // A bare client that writes frames and then vanishes: nothing is left to answer the server.
    const server = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: 'pipe' });
    const send = (message: object): void => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const uri = 'untitled:gone.md';
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: 'initialized', params: {} });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: draft.repeat(20) } } });
    send({ id: 2, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: { line: 8, character: 0 }, end: { line: 8, character: 9 } }, context: { diagnostics: [] } } });
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    server.stdin.end();
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
    expect(code).not.toBe('hung');
  }, 30_000);
});
