/** The VS Code extension: starts the Claimlint language server and adds the status bar item, Claims view and commands. */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsView } from './claimsView';
import { createClient } from './client';
import { registerCommands } from './commands';
import { DraftStatus } from './status';

let client: LanguageClient | undefined;

/** Called by VS Code when a Markdown document is opened. */
export async function activate(context: ExtensionContext): Promise<void> {
  client = createClient(context);
  const status = new DraftStatus(client);
  const claims = new ClaimsView(client);
  context.subscriptions.push(status, claims, ...registerCommands(client));
  await client.start();
}

/** Called by VS Code on shutdown: stops the server. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
