/** The "Claims" view: the active draft's quotes and numbers grouped by source, unattributed and vague first. */
import {
  EventEmitter,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  window,
  type Disposable,
  type TreeDataProvider,
  type TreeView,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClaimsRequest, type ClaimGroup, type ClaimItem, type LintedParams } from '../../server/src/protocol';

type Node = { group: ClaimGroup } | { claim: ClaimItem; uri: string };

const GROUP_ICON = { unattributed: 'warning', vague: 'question', attributed: 'account' } as const;

/** Command the view's items run to reveal a claim in its draft: arguments `[uri, range]`. */
export const REVEAL_CLAIM = 'claimlint.revealClaim';

/** The tree of claims for the active Markdown draft, refreshed whenever the server re-lints it. */
export class ClaimsView implements TreeDataProvider<Node>, Disposable {
  private readonly changed = new EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: ClaimGroup[] = [];
  private uri: string | undefined;
  private readonly view: TreeView<Node>;
  private readonly disposables: Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.view = window.createTreeView('claimlint.claims', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      window.onDidChangeActiveTextEditor(() => void this.refresh()),
    );
  }

  /** Takes in the server's report on a draft it linted: redraws when it is the active one. */
  linted(params: LintedParams): void {
    if (params.uri === this.activeUri()) void this.refresh();
  }

  /** Asks the server for the active draft's claims and redraws the tree. */
  async refresh(): Promise<void> {
    const uri = this.activeUri();
    if (!uri) return;
    const result = this.client.isRunning() ? await this.client.sendRequest(ClaimsRequest, { textDocument: { uri } }) : null;
    if (uri !== this.activeUri()) return;
    this.uri = uri;
    this.groups = result?.groups ?? [];
    const total = this.groups.reduce((n, g) => n + g.claims.length, 0);
    this.view.description = result ? `${total} claims` : undefined;
    this.view.message = result && total === 0 ? 'No quotes or numeric claims in this draft.' : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups.map((group) => ({ group }));
    if ('group' in node) return node.group.claims.map((claim) => ({ claim, uri: this.uri ?? '' }));
    return [];
  }

  getTreeItem(node: Node): TreeItem {
    if ('group' in node) {
      const { group } = node;
      const item = new TreeItem(`${group.label} (${group.claims.length})`, group.status === 'attributed' ? TreeItemCollapsibleState.Collapsed : TreeItemCollapsibleState.Expanded);
      item.iconPath = new ThemeIcon(GROUP_ICON[group.status], group.status === 'unattributed' ? new ThemeColor('problemsWarningIcon.foreground') : undefined);
      item.contextValue = `group.${group.status}`;
      return item;
    }
    const { claim, uri } = node;
    const text = claim.text.replace(/\s+/g, ' ');
    const item = new TreeItem(text.length > 70 ? text.slice(0, 69) + '…' : text, TreeItemCollapsibleState.None);
    item.description = `${claim.kind} · line ${claim.range.start.line + 1}${claim.inHeading ? ' · heading' : ''}`;
    item.tooltip = claim.attribution
      ? `${text}\n\nSource: ${claim.attribution.source} (${claim.attribution.kind}${claim.attribution.cue ? `, "${claim.attribution.cue}"` : ''})`
      : `${text}\n\nNo source found.`;
    item.iconPath = new ThemeIcon(claim.kind === 'quote' ? 'quote' : 'symbol-number');
    item.command = { command: REVEAL_CLAIM, title: 'Reveal claim', arguments: [uri, claim.range] };
    item.contextValue = `claim.${claim.status}`;
    return item;
  }

  private activeUri(): string | undefined {
    const doc = window.activeTextEditor?.document;
    return doc && doc.languageId === 'markdown' ? doc.uri.toString() : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
