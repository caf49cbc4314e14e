/** A minimal LSP client for tests: spawns the built server over stdio and records what it publishes. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintedNotification, type LintedParams } from '../../server/src/protocol';

/** The project's root folder (found upwards, so that this also works bundled into dist/). */
export const ROOT = projectRoot(__dirname);
/** The built server. */
export const SERVER_JS = resolve(ROOT, 'dist', 'server.js');
/** The reference draft, as it ships in examples/ (a copy of the shared corpus's seed draft). */
export const REFERENCE_DRAFT = resolve(ROOT, 'examples', 'isis-returnees.md');

/** A running server and the client side of the conversation. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly docs = new Map<string, TextDocument>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly linted: LintedParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly stderr: string[] = [];
  /** What `workspace/configuration` answers for section "claimlint". */
  settings: Record<string, unknown> = {};
  private waiters: (() => void)[] = [];

  constructor(args: string[] = ['--stdio'], server = SERVER_JS) {
    this.process = spawn(process.execPath, [server, ...args], { stdio: 'pipe' });
    this.process.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.note(() => this.published.push(p)));
    this.connection.onNotification(LintedNotification, (p) => this.note(() => this.linted.push(p)));
    this.connection.onNotification(ShowMessageNotification.type, (p) => this.note(() => this.messages.push(p)));
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => this.note(() => this.messages.push(p)));
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.note(() => this.messages.push(p));
      return null;
    });
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.apply(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** initialize + initialized, as an editor with pull configuration and a workspace folder. */
  async initialize(folder = ROOT): Promise<unknown> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'drafts' }],
      capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } } },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Opens a draft (its text read from `file` unless given). */
  async open(uri: string, text?: string): Promise<TextDocument> {
    const content = text ?? readFileSync(new URL(uri), 'utf8');
    const doc = TextDocument.create(uri, 'markdown', 1, content);
    this.docs.set(uri, doc);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: content } });
    return doc;
  }

  /** Sends incremental changes, as an editor does while typing. */
  async change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const old = this.docs.get(uri);
    if (!old) throw new Error(`not open: ${uri}`);
    const doc = TextDocument.update(old, edits.map((e) => ({ range: e.range, text: e.newText })), old.version + 1);
    this.docs.set(uri, doc);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc;
  }

  /** Resolves with the first diagnostics published for this draft at this version (or later). */
  async diagnostics(uri: string, version: number, timeout = 10_000): Promise<Diagnostic[]> {
    const found = await this.until(() => this.published.find((p) => p.uri === uri && (p.version ?? version) >= version), timeout);
    return found.diagnostics;
  }

  /** Waits until a condition holds on what the server sent. */
  async until<T>(check: () => T | undefined, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  /** Stops the server: shutdown, exit, and the process ends. */
  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) this.process.kill();
    }
  }

  private apply(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const doc = this.docs.get(uri);
      if (doc) void this.change(uri, edits);
    }
  }

  private note(record: () => void): void {
    record();
    for (const w of this.waiters.splice(0)) w();
  }
}

/** A file: URI for a path. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

function projectRoot(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) if (existsSync(join(dir, 'esbuild.mjs'))) return dir;
  throw new Error(`no project root above ${from}`);
}
