/// <reference lib="dom" />
/**
 * The review page's script, run in the editor's browser. The HTML format inlines this function's source text, so it
 * is self-contained: no imports, no names from outside it (types excepted, which vanish). It builds every element
 * with createElement and textContent, never from markup, and links only to http(s), mailto and file addresses, so no
 * text from a draft can run as code. Drafts are read from their JSON blocks only when opened, and the index is shown
 * a page of rows at a time, so a report on thousands of drafts keeps a small document.
 */

/** What the page says of a claim (see ClaimStatus in ../review). */
export type PageStatus = 'unattributed' | 'vague' | 'named' | 'unflagged';
/** A place in a block's prose: block number, start, end. */
export type PageAnchor = [block: number, start: number, end: number];
/** A prose block: tag (h1…h6, p, td), 1-based line, in a list (1/0), blockquote depth, table number or -1, prose, links. */
export type PageBlock = [tag: string, line: number, inList: number, quoteDepth: number, table: number, text: string, links: [number, number, string][]];
/** A claim: kind, status, place (null outside the prose), line, column, text (only when it has no place), source, source kind, cue. */
export type PageClaim = [kind: 'number' | 'quote', status: PageStatus, at: PageAnchor | null, line: number, column: number, text: string | null, source: string | null, sourceKind: string | null, cue: string | null];
/** A finding: rule id, severity, message, line, column, place (null outside the prose). */
export type PageFinding = [ruleId: string, severity: string, message: string, line: number, column: number, at: PageAnchor | null];
/** One draft's data block. */
export interface PageDraft {
  path: string;
  blocks: PageBlock[];
  claims: PageClaim[];
  findings: PageFinding[];
}
/** One index row: path, then counts of unattributed, vague, named and unflagged claims, then findings by severity. */
export type PageRow = [path: string, unattributed: number, vague: number, named: number, unflagged: number, error: number, warning: number, information: number, hint: number];
/** The index data block. */
export interface PageIndex {
  version: string;
  drafts: PageRow[];
  problems: [path: string, message: string][];
  /** Each reported rule's doc address. */
  rules: Record<string, string>;
}

/** The page's script: the index of drafts and each draft's view, chosen by the address's fragment. */
export function reviewPage(): void {
  type Item = {
    kind: 'claim' | 'finding';
    n: number;
    at: PageAnchor | null;
    line: number;
    column: number;
    status: PageStatus | null;
    severity: string | null;
    els: HTMLElement[];
    entry: HTMLElement | null;
    findings: PageFinding[];
  };
  const STATUSES: PageStatus[] = ['unattributed', 'vague', 'named', 'unflagged'];
  const STATUS_LABEL: Record<string, string> = { unattributed: 'Unattributed', vague: 'Vague source', named: 'Named source', unflagged: 'No source, not flagged' };
  const SEVERITIES = ['error', 'warning', 'information', 'hint'];
  const PAGE_SIZE = 100;
  const KEEP_PARSED = 20;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string | number): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function readJson(id: string): unknown {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent ?? 'null') : null;
  }
  /** Only addresses that cannot run script are followed; anything else stays text. */
  function safeHref(href: string, allowFile: boolean): string | null {
    const h = href.trim();
    return /^(https?:|mailto:)/i.test(h) || (allowFile && /^file:/i.test(h)) ? h : null;
  }
  function plural(n: number, word: string): string {
    return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  }
  function isTyping(target: EventTarget | null): boolean {
    if (target instanceof HTMLInputElement) return !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
    return target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName));
  }
  function keyList(keys: [string, string][]): HTMLElement {
    const list = el('dl', 'keys');
    for (const [k, what] of keys) {
      const dt = el('dt');
      k.split(' ').forEach((part, i) => {
        if (i) dt.append(' ');
        dt.append(el('kbd', undefined, part));
      });
      list.append(dt, el('dd', undefined, what));
    }
    return list;
  }

  const index = readJson('claimlint-index') as PageIndex;
  const app = document.getElementById('app') as HTMLElement;
  const parsed = new Map<number, PageDraft>();
  function draftData(n: number): PageDraft | null {
    let d = parsed.get(n);
    if (!d) {
      d = (readJson(`claimlint-draft-${n}`) as PageDraft | null) ?? undefined;
      if (!d) return null;
      if (parsed.size >= KEEP_PARSED) parsed.delete(parsed.keys().next().value as number);
      parsed.set(n, d);
    }
    return d;
  }

  let keyHandler: (e: KeyboardEvent) => void = () => undefined;
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    keyHandler(e);
  });

  // ---- The index of drafts ----
  const indexState = { sort: -1, descending: false, filter: '', page: 0, row: -1 };
  const COLUMNS = ['Draft', 'Unattributed', 'Vague', 'Named', 'No source, not flagged', 'Errors', 'Warnings', 'Info', 'Hints'];

  function showIndex(): void {
    document.title = 'Claimlint review';
    const totals = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (const row of index.drafts) for (let c = 1; c < totals.length; c++) totals[c] += row[c] as number;
    const header = el('header', 'top');
    header.append(el('h1', undefined, 'Claimlint review'));
    const summary = el('p', 'summary');
    summary.textContent =
      `${plural(index.drafts.length, 'draft')}: ${totals[1].toLocaleString('en')} unattributed, ${totals[2].toLocaleString('en')} vague, ` +
      `${totals[3].toLocaleString('en')} named-source claims; findings: ${plural(totals[5], 'error')}, ${plural(totals[6], 'warning')}, ` +
      `${totals[7].toLocaleString('en')} info, ${plural(totals[8], 'hint')}.`;
    header.append(summary);

    const controls = el('div', 'controls');
    const label = el('label', undefined, 'Find a draft ');
    const filter = el('input');
    filter.type = 'search';
    filter.id = 'draft-filter';
    filter.placeholder = 'part of its path';
    filter.value = indexState.filter;
    label.append(filter);
    controls.append(label);

    const table = el('table', 'index');
    const thead = el('thead');
    const headRow = el('tr');
    COLUMNS.forEach((name, c) => {
      const th = el('th', c > 0 ? 'num' : undefined);
      th.scope = 'col';
      const button = el('button', 'sort', name);
      button.type = 'button';
      if (indexState.sort === c) th.setAttribute('aria-sort', indexState.descending ? 'descending' : 'ascending');
      button.addEventListener('click', () => {
        if (indexState.sort === c) indexState.descending = !indexState.descending;
        else {
          indexState.sort = c;
          indexState.descending = c > 0;
        }
        indexState.page = 0;
        indexState.row = -1;
        showIndex();
      });
      th.append(button);
      headRow.append(th);
    });
    thead.append(headRow);
    const tbody = el('tbody');
    table.append(thead, tbody);
    const pager = el('nav', 'pager');
    pager.setAttribute('aria-label', 'Pages of drafts');

    let shown: number[] = [];
    const fill = (): void => {
      const needle = indexState.filter.toLowerCase();
      const order = index.drafts.map((_, i) => i).filter((i) => !needle || index.drafts[i][0].toLowerCase().includes(needle));
      const c = indexState.sort;
      if (c >= 0) {
        const sign = indexState.descending ? -1 : 1;
        order.sort((a, b) => {
          const x = index.drafts[a][c];
          const y = index.drafts[b][c];
          const diff = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
          return diff !== 0 ? sign * diff : a - b;
        });
      }
      const pages = Math.max(1, Math.ceil(order.length / PAGE_SIZE));
      indexState.page = Math.min(indexState.page, pages - 1);
      shown = order.slice(indexState.page * PAGE_SIZE, (indexState.page + 1) * PAGE_SIZE);
      tbody.replaceChildren(
        ...shown.map((i) => {
          const row = index.drafts[i];
          const tr = el('tr');
          const name = el('th');
          name.scope = 'row';
          const link = el('a', undefined, row[0]);
          link.href = `#/draft/${i}`;
          name.append(link);
          tr.append(name);
          for (let col = 1; col < row.length; col++) {
            const td = el('td', `num${row[col] && col <= 4 ? ` st-${STATUSES[col - 1]}` : ''}${row[col] && col >= 5 ? ` sev-${SEVERITIES[col - 5]}` : ''}`, (row[col] as number).toLocaleString('en'));
            tr.append(td);
          }
          return tr;
        }),
      );
      const first = order.length ? indexState.page * PAGE_SIZE + 1 : 0;
      const previous = el('button', undefined, '← Previous page');
      previous.type = 'button';
      previous.disabled = indexState.page === 0;
      previous.addEventListener('click', () => turn(-1));
      const next = el('button', undefined, 'Next page →');
      next.type = 'button';
      next.disabled = indexState.page >= pages - 1;
      next.addEventListener('click', () => turn(1));
      pager.replaceChildren(previous, el('span', 'range', `Drafts ${first.toLocaleString('en')}–${(first + shown.length - (shown.length ? 1 : 0)).toLocaleString('en')} of ${order.length.toLocaleString('en')}`), next);
      markRow();
    };
    const turn = (by: number): void => {
      indexState.page = Math.max(0, indexState.page + by);
      indexState.row = -1;
      fill();
    };
    const markRow = (): void => {
      tbody.querySelectorAll('tr.current').forEach((tr) => tr.classList.remove('current'));
      const tr = tbody.children[indexState.row] as HTMLElement | undefined;
      if (!tr) return;
      tr.classList.add('current');
      tr.querySelector('a')?.focus();
    };
    filter.addEventListener('input', () => {
      indexState.filter = filter.value;
      indexState.page = 0;
      indexState.row = -1;
      fill();
    });

    const help = el('details', 'help');
    help.open = true;
    help.append(el('summary', undefined, 'Keyboard'));
    help.append(keyList([['j k', 'next / previous draft in the list'], ['Enter', 'open the draft'], ['[ ]', 'previous / next page'], ['/', 'find a draft by path']]));
    const legend = el('p', 'legend', 'Click a column heading to sort by it; click again to reverse.');

    const parts: HTMLElement[] = [header, controls, legend, table, pager, help];
    if (index.problems.length) {
      const problems = el('section', 'problems');
      problems.append(el('h2', undefined, `Not linted (${index.problems.length})`));
      const list = el('ul');
      for (const [path, message] of index.problems) list.append(el('li', undefined, `${path}: ${message}`));
      problems.append(list);
      parts.push(problems);
    }
    app.replaceChildren(...parts);
    fill();

    keyHandler = (e) => {
      if (isTyping(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      if (e.key === 'j' || e.key === 'k') {
        indexState.row = Math.max(0, Math.min(shown.length - 1, indexState.row + (e.key === 'j' ? 1 : -1)));
        markRow();
      } else if (e.key === ']' || e.key === '[') turn(e.key === ']' ? 1 : -1);
      else if (e.key === '/') filter.focus();
      else return;
      e.preventDefault();
    };
  }

  // ---- One draft ----
  const hidden: Record<string, boolean> = { unattributed: false, vague: false, named: false, unflagged: false, findings: false };

  function showDraft(n: number): void {
    const draft = draftData(n);
    if (!draft) {
      location.hash = '';
      return;
    }
    document.title = `${draft.path} · Claimlint review`;
    const items: Item[] = [];
    const claimItems = draft.claims.map((c, i): Item => ({ kind: 'claim', n: i, at: c[2], line: c[3], column: c[4], status: c[1], severity: null, els: [], entry: null, findings: [] }));
    const sameAt = (a: PageAnchor | null, b: PageAnchor | null): boolean => a !== null && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
    const byPlace = new Map<string, Item>();
    for (const item of claimItems) if (item.at) byPlace.set(item.at.join(','), item);
    const findingItems: Item[] = [];
    draft.findings.forEach((f, i) => {
      const claim = f[5] ? byPlace.get(f[5].join(',')) : undefined;
      // A finding about exactly a claim's words (unattributed-number, say) is told with the claim, not as a second stop.
      if (claim && sameAt(claim.at, f[5]) && /^unattributed-/.test(f[0])) {
        claim.findings.push(f);
        return;
      }
      findingItems.push({ kind: 'finding', n: i, at: f[5], line: f[3], column: f[4], status: null, severity: f[1], els: [], entry: null, findings: [f] });
    });
    items.push(...claimItems, ...findingItems);
    items.sort((a, b) => a.line - b.line || a.column - b.column || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1));

    const claimText = (i: number): string => {
      const c = draft.claims[i];
      return c[2] ? draft.blocks[c[2][0]][5].slice(c[2][1], c[2][2]) : (c[5] ?? '');
    };

    // Header: the way back, the draft's name and counts, the filters.
    const header = el('header', 'top draft-top');
    const nav = el('nav', 'crumbs');
    const back = el('a', undefined, '← All drafts');
    back.href = '#/';
    nav.append(back);
    if (n > 0) {
      const prev = el('a', undefined, '‹ Previous draft');
      prev.href = `#/draft/${n - 1}`;
      nav.append(prev);
    }
    if (n < index.drafts.length - 1) {
      const next = el('a', undefined, 'Next draft ›');
      next.href = `#/draft/${n + 1}`;
      nav.append(next);
    }
    header.append(nav, el('h1', 'path', draft.path));

    const counts: Record<string, number> = { unattributed: 0, vague: 0, named: 0, unflagged: 0, findings: findingItems.length };
    for (const c of draft.claims) counts[c[1]]++;
    const filters = el('fieldset', 'filters');
    filters.append(el('legend', undefined, 'Show'));
    const boxes: Record<string, HTMLInputElement> = {};
    [...STATUSES, 'findings'].forEach((key, i) => {
      const label = el('label', `chip ${key === 'findings' ? 'findings' : `st-${key}`}`);
      const box = el('input');
      box.type = 'checkbox';
      box.checked = !hidden[key];
      box.dataset.filter = key;
      box.addEventListener('change', () => {
        hidden[key] = !box.checked;
        applyFilters();
      });
      boxes[key] = box;
      label.append(box, ` ${key === 'findings' ? 'Other findings' : STATUS_LABEL[key]} `, el('span', 'count', counts[key]), el('kbd', 'hint', String(i + 1)));
      filters.append(label);
    });
    header.append(filters);
    const live = el('p', 'status-line');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.textContent = `${plural(draft.claims.length, 'claim')} and ${plural(draft.findings.length, 'finding')}. Press j for the first.`;
    header.append(live);

    // The prose, with every claim and finding marked.
    const article = el('article', 'prose');
    const marks: { at: PageAnchor; item: Item }[][] = draft.blocks.map(() => []);
    for (const item of items) if (item.at && marks[item.at[0]]) marks[item.at[0]].push({ at: item.at, item });
    let table: HTMLTableElement | null = null;
    let tableNumber = -1;
    let row: HTMLTableRowElement | null = null;
    let rowLine = -1;
    let list: HTMLUListElement | null = null;
    draft.blocks.forEach((b, bi) => {
      const [tag, line, inList, quoteDepth, tableNo, text, links] = b;
      const content = renderProse(text, marks[bi], links);
      if (tag === 'td') {
        list = null;
        if (!table || tableNo !== tableNumber) {
          table = el('table', 'cells');
          tableNumber = tableNo;
          rowLine = -1;
          article.append(table);
        }
        if (!row || line !== rowLine || row.parentElement !== table) {
          row = el('tr');
          row.dataset.line = String(line);
          rowLine = line;
          table.append(row);
        }
        const td = el('td');
        td.append(content);
        row.append(td);
        return;
      }
      table = null;
      const block = el(/^h[1-6]$/.test(tag) ? (`h${Math.min(6, Number(tag[1]) + 1)}` as 'h2') : inList ? 'li' : 'p', quoteDepth ? `quoted depth-${Math.min(quoteDepth, 3)}` : '');
      block.dataset.line = String(line);
      block.append(content);
      if (inList && block.tagName === 'LI') {
        if (!list) {
          list = el('ul');
          article.append(list);
        }
        list.append(block);
      } else {
        list = null;
        article.append(block);
      }
    });
    if (draft.blocks.length === 0) article.append(el('p', 'empty', 'This draft has no prose to show.'));

    function renderProse(text: string, blockMarks: { at: PageAnchor; item: Item }[], links: [number, number, string][]): DocumentFragment {
      const out = document.createDocumentFragment();
      const cuts = new Set<number>([0, text.length]);
      const clamp = (x: number): number => Math.max(0, Math.min(text.length, x));
      for (const m of blockMarks) cuts.add(clamp(m.at[1])).add(clamp(m.at[2]));
      for (const l of links) cuts.add(clamp(l[0])).add(clamp(l[1]));
      const sorted = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k + 1 < sorted.length; k++) {
        const a = sorted[k];
        const b = sorted[k + 1];
        const covering = blockMarks.filter((m) => m.at[1] <= a && m.at[2] >= b);
        const link = links.find((l) => l[0] <= a && l[1] >= b);
        if (covering.length === 0 && !link) {
          out.append(text.slice(a, b));
          continue;
        }
        const href = link ? safeHref(link[2], false) : null;
        const node: HTMLElement = href ? el('a') : el('span');
        node.textContent = text.slice(a, b);
        const classes: string[] = [];
        if (link) {
          classes.push('link');
          node.title = link[2];
          if (node instanceof HTMLAnchorElement && href) {
            node.href = href;
            node.rel = 'noopener noreferrer';
            node.target = '_blank';
          }
        }
        const claims = covering.filter((m) => m.item.kind === 'claim').sort((x, y) => x.at[2] - x.at[1] - (y.at[2] - y.at[1]));
        if (claims.length) {
          const inner = claims[0].item;
          classes.push('claim', `k-${draft!.claims[inner.n][0]}`, `st-${inner.status}`);
          if (claims.length > 1) classes.push(`in-${claims[claims.length - 1].item.status}`);
        }
        const findings = covering.filter((m) => m.item.kind === 'finding');
        if (findings.length) {
          const worst = Math.min(...findings.map((m) => SEVERITIES.indexOf(m.item.severity ?? 'hint')));
          classes.push('finding', `sev-${SEVERITIES[worst]}`);
        }
        node.className = classes.join(' ');
        for (const m of covering) m.item.els.push(node);
        node.addEventListener('click', (e) => {
          if (node instanceof HTMLAnchorElement) return;
          e.preventDefault();
          const target = claims[0]?.item ?? findings[0]?.item;
          if (target) goTo(target);
        });
        out.append(node);
      }
      return out;
    }

    // The side panel: sources with their claims, then the findings.
    const aside = el('aside', 'panel');
    aside.setAttribute('aria-label', 'Sources and findings');
    aside.append(el('h2', undefined, 'Sources'));
    type Group = { key: string; label: string; status: PageStatus; kinds: Set<string>; claims: number[] };
    const groups = new Map<string, Group>();
    draft.claims.forEach((c, i) => {
      const status = c[1];
      const key = status === 'unattributed' || status === 'unflagged' ? `:${status}` : `${status}:${c[6]}`;
      let g = groups.get(key);
      if (!g) {
        const label = status === 'unattributed' ? 'No source (unattributed)' : status === 'unflagged' ? 'No source, not flagged' : (c[6] ?? '');
        groups.set(key, (g = { key, label, status, kinds: new Set(), claims: [] }));
      }
      if (c[7]) g.kinds.add(c[7]);
      g.claims.push(i);
    });
    const ordered = [...groups.values()].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || b.claims.length - a.claims.length || a.label.localeCompare(b.label));
    const sourceList = el('ul', 'sources');
    let picked: { group: Group; button: HTMLButtonElement; list: HTMLElement } | null = null;
    for (const g of ordered) {
      const li = el('li', `source st-${g.status}`);
      const button = el('button', 'source-name');
      button.type = 'button';
      button.setAttribute('aria-expanded', 'false');
      button.append(el('span', 'name', g.label), el('span', 'count', g.claims.length));
      if (g.kinds.size) button.title = `${STATUS_LABEL[g.status]}: ${[...g.kinds].join(', ')}`;
      const claimList = el('ol', 'source-claims');
      claimList.hidden = true;
      for (const i of g.claims) {
        const c = draft.claims[i];
        const entry = el('li');
        const jump = el('button', 'jump');
        jump.type = 'button';
        jump.append(el('span', 'where', `${c[3]}:${c[4]}`), ` ${c[0]} `, el('span', 'claim-text', shorten(claimText(i), 90)));
        if (c[8]) jump.title = `cue: ${c[8]}`;
        jump.addEventListener('click', () => goTo(claimItems[i]));
        entry.append(jump);
        claimList.append(entry);
        claimItems[i].entry = claimItems[i].entry ?? jump;
      }
      button.addEventListener('click', () => pick(g, button, claimList));
      li.append(button, claimList);
      sourceList.append(li);
    }
    if (ordered.length === 0) aside.append(el('p', 'empty', 'No numeric claims or direct quotes.'));
    aside.append(sourceList);

    aside.append(el('h2', undefined, `Findings (${draft.findings.length})`));
    const findingList = el('ol', 'findings');
    const findingEntries: HTMLElement[] = [];
    draft.findings.forEach((f, i) => {
      const li = el('li', `finding-entry sev-${f[1]}`);
      const jump = el('button', 'jump');
      jump.type = 'button';
      jump.append(el('span', 'where', `${f[3]}:${f[4]}`), ' ', el('span', `severity sev-${f[1]}`, f[1]), ' ', el('span', 'message', f[2]));
      jump.addEventListener('click', () => {
        const item = items.find((it) => it.kind === 'finding' && it.n === i) ?? claimItems.find((c) => c.findings.includes(f));
        if (item) goTo(item);
      });
      const href = index.rules[f[0]] ? safeHref(index.rules[f[0]], true) : null;
      const rule: HTMLElement = href ? el('a', 'rule', f[0]) : el('span', 'rule', f[0]);
      if (rule instanceof HTMLAnchorElement && href) {
        rule.href = href;
        rule.rel = 'noopener noreferrer';
        rule.target = '_blank';
        rule.title = `About ${f[0]}`;
      }
      li.append(jump, ' ', rule);
      findingList.append(li);
      findingEntries.push(li);
    });
    for (const item of findingItems) item.entry = findingEntries[item.n];
    aside.append(findingList);

    const help = el('details', 'help');
    help.open = true;
    help.append(el('summary', undefined, 'Keyboard'));
    help.append(
      keyList([
        ['j n', 'next claim or finding'],
        ['k p', 'previous claim or finding'],
        ['u', 'next unattributed claim'],
        ['1 2 3 4 5', 'show / hide unattributed, vague, named, not flagged, other findings'],
        ['Esc', 'clear the chosen source'],
        ['[ ]', 'previous / next draft'],
        ['i', 'back to all drafts'],
      ]),
    );
    const legend = el('div', 'legend');
    for (const s of STATUSES) legend.append(el('span', `claim st-${s}`, STATUS_LABEL[s]), ' ');
    legend.append(el('span', 'finding sev-warning', 'other finding'));
    aside.append(legend, help);

    const main = el('div', 'layout');
    main.append(article, aside);
    app.replaceChildren(header, main);
    window.scrollTo(0, 0);

    let current: Item | null = null;
    function visible(item: Item): boolean {
      return item.kind === 'claim' ? !hidden[item.status as string] : !hidden.findings;
    }
    function applyFilters(): void {
      for (const key of [...STATUSES, 'findings']) {
        article.classList.toggle(`hide-${key}`, hidden[key]);
        boxes[key].checked = !hidden[key];
      }
      if (current && !visible(current)) clearCurrent();
    }
    function clearCurrent(): void {
      current?.els.forEach((e) => e.classList.remove('current'));
      current?.entry?.classList.remove('current');
      current = null;
    }
    function goTo(item: Item): void {
      clearCurrent();
      current = item;
      item.els.forEach((e) => e.classList.add('current'));
      item.entry?.classList.add('current');
      const target = item.els[0] ?? item.entry;
      if (target) {
        target.tabIndex = -1;
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'center' });
      }
      const position = items.filter(visible).indexOf(item) + 1;
      const count = items.filter(visible).length;
      let text: string;
      if (item.kind === 'claim') {
        const c = draft!.claims[item.n];
        const who = c[6] ? `${c[6]} (${c[7]}${c[8] ? `, “${c[8]}”` : ''})` : 'no source';
        text = `${c[0] === 'quote' ? 'Quote' : 'Number'} “${shorten(claimText(item.n), 120)}” at ${c[3]}:${c[4]} · ${STATUS_LABEL[c[1]]} · ${who}`;
        for (const f of item.findings) text += ` · ${f[2]} (${f[0]})`;
      } else {
        const f = draft!.findings[item.n];
        text = `${f[1]} at ${f[3]}:${f[4]}: ${f[2]} (${f[0]})`;
      }
      live.textContent = `${position > 0 ? `${position} of ${count}` : 'hidden by the filters'} · ${text}`;
    }
    function step(by: number, only?: (item: Item) => boolean): void {
      const list = items.filter((it) => visible(it) && (!only || only(it)));
      if (!list.length) return;
      let at = current ? list.indexOf(current) : -1;
      if (at === -1 && current) {
        // The current item is filtered out: continue from where it stands.
        const here = current;
        at = list.findIndex((it) => it.line > here.line || (it.line === here.line && it.column >= here.column)) - (by > 0 ? 1 : 0);
      }
      const next = at === -1 && by < 0 ? list.length - 1 : (at + by + list.length) % list.length;
      goTo(list[next]);
    }
    function pick(group: Group, button: HTMLButtonElement, claimList: HTMLElement): void {
      const again = picked?.group === group;
      if (picked) {
        picked.button.setAttribute('aria-expanded', 'false');
        picked.button.parentElement?.classList.remove('picked');
        picked.list.hidden = true;
        for (const i of picked.group.claims) claimItems[i].els.forEach((e) => e.classList.remove('picked'));
        picked = null;
      }
      if (again) return;
      picked = { group, button, list: claimList };
      button.setAttribute('aria-expanded', 'true');
      button.parentElement?.classList.add('picked');
      claimList.hidden = false;
      for (const i of group.claims) claimItems[i].els.forEach((e) => e.classList.add('picked'));
      live.textContent = `${group.label}: ${plural(group.claims.length, 'claim')}, highlighted in the draft.`;
    }
    applyFilters();

    keyHandler = (e) => {
      if (isTyping(e.target)) return;
      const k = e.key;
      if (k === 'j' || k === 'n') step(1);
      else if (k === 'k' || k === 'p') step(-1);
      else if (k === 'u') step(1, (it) => it.status === 'unattributed');
      else if (/^[1-5]$/.test(k)) {
        const key = [...STATUSES, 'findings'][Number(k) - 1];
        hidden[key] = !hidden[key];
        applyFilters();
      } else if (k === 'Escape') {
        if (picked) pick(picked.group, picked.button, picked.list);
        clearCurrent();
      } else if (k === '[' && n > 0) location.hash = `#/draft/${n - 1}`;
      else if (k === ']' && n < index.drafts.length - 1) location.hash = `#/draft/${n + 1}`;
      else if (k === 'i') location.hash = '#/';
      else return;
      e.preventDefault();
    };
  }

  function shorten(s: string, max: number): string {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
  }

  function route(): void {
    const m = /^#\/draft\/(\d+)$/.exec(location.hash);
    if (m && Number(m[1]) < index.drafts.length) showDraft(Number(m[1]));
    else if (!location.hash && index.drafts.length === 1) showDraft(0);
    else showIndex();
  }
  window.addEventListener('hashchange', route);
  route();
}
