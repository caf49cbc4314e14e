/** The status bar item: how many claims of the active draft have no source. */
import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import type { LintedParams } from '../../server/src/protocol';

/** Shows the active draft's count of unattributed claims; clicking it opens the Claims view. */
export class DraftStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly latest = new Map<string, LintedParams>();
  private readonly disposables: Disposable[] = [];

  constructor() {
    this.item = window.createStatusBarItem('claimlint.status', StatusBarAlignment.Left, 50);
    this.item.name = 'Claimlint';
    this.item.command = 'claimlint.claims.focus';
    this.disposables.push(
      this.item,
      window.onDidChangeActiveTextEditor(() => this.update()),
    );
  }

  /** Takes in the server's report on a draft it linted. */
  linted(params: LintedParams): void {
    this.latest.set(params.uri, params);
    this.update();
  }

  private update(): void {
    const uri = window.activeTextEditor?.document.uri.toString();
    const params = uri ? this.latest.get(uri) : undefined;
    if (!params) {
      this.item.hide();
      return;
    }
    const n = params.unattributed;
    this.item.text = `$(${n > 0 ? 'warning' : 'check'}) ${n} unattributed`;
    this.item.tooltip = `Claimlint: ${params.claims} claims, ${n} without a source, ${params.vague} attributed only vaguely. Click for the Claims view.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
