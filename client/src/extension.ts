/** The VS Code extension: starts the Claimlint language server and adds the status bar item, Claims view and commands. */
import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LintedNotification } from '../../server/src/protocol';
import { ClaimsView } from './claimsView';
import { createClient } from './client';
import { registerCommands } from './commands';
import { DraftStatus } from './status';

let client: LanguageClient | undefined;

/** Called by VS Code when a Markdown document is opened. */
export async function activate(context: ExtensionContext): Promise<void> {
  client = createClient(context);
  const status = new DraftStatus();
  const claims = new ClaimsView(client);
  // One handler per notification method (a second registration would replace the first).
  client.onNotification(LintedNotification, (params) => {
    status.linted(params);
    claims.linted(params);
  });
  context.subscriptions.push(status, claims, ...registerCommands(client));
  await client.start();
}

/** Called by VS Code on shutdown: stops the server. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
