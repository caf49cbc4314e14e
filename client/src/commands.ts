/** The extension's commands: fix all, insert attribution, export the fact-check sheet, show output, restart, reveal. */
import { Range, Selection, TextEditorRevealType, Uri, commands, window, workspace, type Disposable } from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { FactCheckSheetRequest, ServerCommands } from '../../server/src/protocol';
import { REVEAL_CLAIM } from './claimsView';

/** Registers every command; returns what to dispose. */
export function registerCommands(client: LanguageClient): Disposable[] {
  const activeDraft = () => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId === 'markdown') return editor;
    void window.showInformationMessage('Claimlint: open a Markdown draft first.');
    return undefined;
  };
  const serverCommand = (command: string, args: unknown[]) => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<boolean>;

  return [
    commands.registerCommand('claimlint.fixAll', async () => {
      const editor = activeDraft();
      if (editor && !(await serverCommand(ServerCommands.fixAll, [editor.document.uri.toString()]))) {
        void window.showInformationMessage('Claimlint: nothing in this draft can be fixed automatically.');
      }
    }),
    commands.registerCommand('claimlint.insertAttribution', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
      if (!(await serverCommand(ServerCommands.insertAttribution, [editor.document.uri.toString(), position]))) {
        void window.showInformationMessage('Claimlint: put the cursor on a quote or number that has no source.');
      }
    }),
    commands.registerCommand('claimlint.exportFactCheckSheet', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const uri = editor.document.uri;
      const sheet = await client.sendRequest(FactCheckSheetRequest, { textDocument: { uri: uri.toString() } });
      if (!sheet) return;
      if (uri.scheme === 'file') {
        const target = Uri.file(uri.fsPath.replace(/(\.[^./\\]+)?$/, '.fact-check.md'));
        await workspace.fs.writeFile(target, Buffer.from(sheet.markdown, 'utf8'));
        await window.showTextDocument(target, { preview: false });
      } else {
        await window.showTextDocument(await workspace.openTextDocument({ language: 'markdown', content: sheet.markdown }));
      }
    }),
    commands.registerCommand('claimlint.showOutput', () => client.outputChannel.show()),
    commands.registerCommand('claimlint.restartServer', () => client.restart()),
    commands.registerCommand(REVEAL_CLAIM, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      const editor = await window.showTextDocument(Uri.parse(uri), { preserveFocus: false });
      const r = new Range(range.start.line, range.start.character, range.end.line, range.end.character);
      editor.selection = new Selection(r.start, r.end);
      editor.revealRange(r, TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  ];
}
