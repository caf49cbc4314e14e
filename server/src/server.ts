/** The Claimlint language server: LSP wiring only (over --stdio, --node-ipc or --socket, as the client starts it). */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { basename } from 'node:path';
import { ClaimsRequest, FactCheckSheetRequest } from './protocol';
import { FIX_ALL_KIND, codeActions } from './lsp/actions';
import { claimItems, groupClaims } from './lsp/claims';
import { COMMAND_IDS, executeCommand } from './lsp/commands';
import { ConfigStore } from './lsp/config';
import { factCheckSheet } from './lsp/factsheet';
import { hoverAt } from './lsp/hover';
import type { Linted } from './lsp/linted';
import { Scheduler } from './lsp/scheduler';
import { Traffic } from './lsp/traffic';

declare const CLAIMLINT_VERSION: string | undefined;

const traffic = new Traffic();
const connection = createConnection(ProposedFeatures.all, traffic.options);
const documents = new TextDocuments(TextDocument);
const config = new ConfigStore(connection);
const scheduler = new Scheduler(connection, documents, config, traffic);
let registerForConfiguration = false;

connection.onInitialize((params) => {
  const workspace = params.capabilities.workspace;
  config.pullSettings = !!workspace?.configuration;
  registerForConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
  config.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: basename(params.rootUri) }] : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      executeCommandProvider: { commands: COMMAND_IDS },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'claimlint', version: typeof CLAIMLINT_VERSION === 'string' ? CLAIMLINT_VERSION : '0.0.0-dev' },
  };
});

connection.onInitialized(() => {
  if (registerForConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlint' });
  if (config.folders.length > 0 && config.pullSettings) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      config.folders = [...config.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)), ...e.added];
      config.invalidate();
      scheduler.refreshAll();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  config.setGlobalSettings(change.settings);
  config.invalidate();
  scheduler.refreshAll();
});

connection.onDidChangeWatchedFiles(() => {
  config.invalidate();
  scheduler.refreshAll();
});

// Opening a document also reports its content as changed; that first report is the open, not typing.
const opening = new Set<string>();
documents.onDidOpen((e) => {
  opening.add(e.document.uri);
  scheduler.schedule(e.document.uri, 'open');
});
documents.onDidChangeContent((e) => {
  if (!opening.delete(e.document.uri)) scheduler.schedule(e.document.uri, 'change');
});
documents.onDidSave((e) => scheduler.schedule(e.document.uri, 'save'));
documents.onDidClose((e) => {
  scheduler.close(e.document.uri);
  config.forget(e.document.uri);
});

/** The answer to a request the client cancelled (checked before and after every wait). */
const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

connection.onCodeAction(async (params, token) => {
  if (token.isCancellationRequested) return cancelled();
  const linted = await scheduler.answering(params.textDocument.uri);
  if (token.isCancellationRequested) return cancelled();
  return linted ? codeActions(linted, params) : [];
});

connection.onHover(async (params, token) => {
  if (token.isCancellationRequested) return cancelled();
  const linted = await scheduler.answering(params.textDocument.uri);
  if (token.isCancellationRequested) return cancelled();
  return linted ? hoverAt(linted, linted.lines.offset(params.position.line, params.position.character)) : null;
});

connection.onExecuteCommand((params, token) => (token.isCancellationRequested ? cancelled() : executeCommand(connection, scheduler, params, token)));

/** The result for a draft's current text (linting now if needed) for requests that need it whole. */
async function whole(uri: string, token: CancellationToken): Promise<Linted | ResponseError<void> | null> {
  if (token.isCancellationRequested) return cancelled();
  const linted = await scheduler.current(uri);
  return token.isCancellationRequested ? cancelled() : linted;
}

connection.onRequest(ClaimsRequest, async (params, token) => {
  const linted = await whole(params.textDocument.uri, token);
  if (linted instanceof ResponseError) return linted;
  return linted ? { uri: linted.uri, version: linted.version, groups: groupClaims(claimItems(linted)) } : null;
});

connection.onRequest(FactCheckSheetRequest, async (params, token) => {
  const linted = await whole(params.textDocument.uri, token);
  if (linted instanceof ResponseError) return linted;
  if (!linted) return null;
  const name = decodeURIComponent(linted.uri.slice(linted.uri.lastIndexOf('/') + 1).replace(/^untitled:/, ''));
  return { markdown: factCheckSheet(name, groupClaims(claimItems(linted))) };
});

connection.onShutdown(() => scheduler.warmup.stop());

documents.listen(connection);
connection.listen();
