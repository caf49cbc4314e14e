/** The language client: runs the bundled server over IPC for Markdown files and untitled Markdown drafts. */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Creates (but does not start) the client for the bundled server. */
export function createClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{.claimlintrc.json,package.json}') },
    outputChannelName: 'Claimlint',
  };
  return new LanguageClient('claimlint', 'Claimlint', serverOptions, clientOptions);
}
