/** The server over Node IPC, as the VS Code client starts it (TransportKind.ipc). */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  PublishDiagnosticsNotification,
  createProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { REFERENCE_DRAFT, SERVER_JS, fileUri } from './client';

describe('language server over IPC', () => {
  it('initializes and publishes the reference draft\'s diagnostics', async () => {
    const child = fork(SERVER_JS, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
    connection.listen();
    try {
      const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      expect(init.capabilities.textDocumentSync).toMatchObject({ change: 2 });
      await connection.sendNotification('initialized', {});
      const uri = fileUri(REFERENCE_DRAFT);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(REFERENCE_DRAFT, 'utf8') } });
      const diagnostics = (await published).diagnostics;
      expect(diagnostics.filter((d) => d.code === 'unattributed-number')).toHaveLength(2);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
