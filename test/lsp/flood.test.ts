/**
 * The server under a burst of edits, spoken to frame by frame: a burst written in one piece reaches the server all
 * at once, so what it does with versions that are already replaced when it could start on them is observable.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core/lint';
import { REFERENCE_DRAFT, SERVER_JS } from './client';

const draft = readFileSync(REFERENCE_DRAFT, 'utf8');

interface Frame {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** A client that writes raw frames (several in one write when asked) and keeps every frame the server sends. */
class FrameClient {
  readonly server: ChildProcessWithoutNullStreams;
  readonly received: Frame[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  /** Writes the frames in one piece; returns its size in bytes. */
  send(...frames: Frame[]): number {
    const bytes = Buffer.concat(frames.map((f) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...f }));
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    }));
    this.server.stdin.write(bytes);
    return bytes.length;
  }

  async until<T>(find: () => T | undefined, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  sent(method: string): Frame[] {
    return this.received.filter((f) => f.method === method);
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const header = this.buffer.indexOf('\r\n\r\n');
      if (header === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())?.[1]);
      if (this.buffer.length < header + 4 + length) return;
      const frame = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString()) as Frame;
      this.buffer = this.buffer.subarray(header + 4 + length);
      // Requests from the server (registrations, settings) get an empty answer.
      if (frame.id !== undefined && frame.method) this.send({ id: frame.id, result: null });
      this.received.push(frame);
      for (const w of this.waiters.splice(0)) w();
    }
  }
}

describe('a burst of edits', () => {
  const uri = 'untitled:burst.md';
  let client: FrameClient;
  let doc: TextDocument;

  beforeAll(async () => {
    client = new FrameClient();
    client.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await client.until(() => client.received.find((f) => f.id === 1));
    client.send({ method: 'initialized', params: {} }, { method: 'workspace/didChangeConfiguration', params: { settings: { claimlint: { debounce: 0 } } } });
    doc = TextDocument.create(uri, 'markdown', 1, draft);
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } } });
    await client.until(() => client.sent('claimlint/linted').find((f) => f.params.version === 1));
  });
  afterAll(() => {
    client.server.kill();
  });

  it('lints only the version that ends it, answers requests in it from the last lint, and cancels at once', async () => {
    const before = client.sent('claimlint/linted').at(-1)!.params.lints as number;
    const frames: Frame[] = [];
    // 200 keystrokes at the end of the draft, a hover and code actions in the middle of them, one of them cancelled.
    for (let i = 0; i < 200; i++) {
      const end = doc.positionAt(doc.getText().length);
      const change = { range: { start: end, end }, text: 'abc '[i % 4] };
      doc = TextDocument.update(doc, [change], doc.version + 1);
      frames.push({ method: 'textDocument/didChange', params: { textDocument: { uri, version: doc.version }, contentChanges: [change] } });
      if (i === 100) {
        const number = doc.positionAt(doc.getText().indexOf('roughly 10%') + 3);
        frames.push({ id: 100, method: 'textDocument/hover', params: { textDocument: { uri }, position: number } });
        frames.push({ id: 101, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: number, end: number }, context: { diagnostics: [] } } });
        frames.push({ id: 102, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: { start: number, end: number }, context: { diagnostics: [] } } });
        frames.push({ method: '$/cancelRequest', params: { id: 102 } });
      }
    }
    // Within one pipe buffer (64 KB), so that the server reads the whole burst at once.
    expect(client.send(...frames)).toBeLessThan(60_000);
    await client.until(() => client.sent('claimlint/linted').find((f) => f.params.version === doc.version));
    const final = client.sent('textDocument/publishDiagnostics').find((f) => f.params.uri === uri && f.params.version === doc.version)!;

    // Only the last version was linted: one lint, one publication.
    const linted = client.sent('claimlint/linted').filter((f) => f.params.version > 1);
    expect(linted.map((f) => f.params.version)).toEqual([doc.version]);
    expect(linted[0].params.lints).toBe(before + 1);
    expect(client.sent('textDocument/publishDiagnostics').filter((f) => f.params.version > 1).map((f) => f.params.version)).toEqual([doc.version]);

    // The hover and code action were answered from the lint of version 1, which still holds for "roughly 10%".
    const hover = client.received.find((f) => f.id === 100)!;
    expect(hover.result.contents.value).toContain('Numeric claim');
    const actions = client.received.find((f) => f.id === 101)!.result as { title: string; edit?: { changes: Record<string, { range: { start: { line: number; character: number } } }[]> } }[];
    const disable = actions.find((a) => a.title === 'Disable unattributed-number for this line')!;
    // Its edit goes at the end of that line of the text the request was made on.
    const at = doc.getText().indexOf('roughly 10%');
    const line = doc.positionAt(at).line;
    expect(disable.edit!.changes[uri][0].range.start).toEqual({ line, character: doc.getText().split('\n')[line].length });
    expect(client.received.find((f) => f.id === 102)!.error?.code).toBe(-32800);

    // The final diagnostics are those of the final text.
    const expected = lint(doc.getText()).findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);
    const got = (final.params.diagnostics as { code: string; range: { start: any; end: any } }[]).map((d) => `${d.code}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`);
    expect(got).toEqual(expected);
  }, 60_000);
});
