/** The commands the server executes for clients: fix all, fix one rule, insert an attribution. */
import type { CancellationToken, Connection, ExecuteCommandParams, Position, WorkspaceEdit } from 'vscode-languageserver';
import { ServerCommands } from '../protocol';
import { attributionEdit, fixAllEdit } from './actions';
import type { Scheduler } from './scheduler';

/** Every command id the server advertises. */
export const COMMAND_IDS: string[] = Object.values(ServerCommands);

/** Runs a server command; resolves to whether an edit was applied (not when the client cancelled it meanwhile). */
export async function executeCommand(connection: Connection, scheduler: Scheduler, params: ExecuteCommandParams, token?: CancellationToken): Promise<boolean> {
  const [uri, arg] = (params.arguments ?? []) as [string, unknown];
  if (typeof uri !== 'string') return false;
  const linted = await scheduler.current(uri);
  if (!linted || token?.isCancellationRequested) return false;
  let edit: WorkspaceEdit | null = null;
  if (params.command === ServerCommands.fixAll) edit = fixAllEdit(linted);
  else if (params.command === ServerCommands.fixRule && typeof arg === 'string') edit = fixAllEdit(linted, arg);
  else if (params.command === ServerCommands.insertAttribution && isPosition(arg)) edit = attributionEdit(linted, linted.lines.offset(arg.line, arg.character));
  if (!edit) return false;
  const result = await connection.workspace.applyEdit({ label: 'Claimlint', edit });
  return result.applied;
}

function isPosition(x: unknown): x is Position {
  return !!x && typeof x === 'object' && typeof (x as Position).line === 'number' && typeof (x as Position).character === 'number';
}
