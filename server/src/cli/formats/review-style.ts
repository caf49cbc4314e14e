/** The review page's style sheet: statuses are told by colour and by a mark's border style, so print and colour-blind readers can tell them too. */
export const REVIEW_STYLE = `
:root { --unattributed: #fbd3d0; --unattributed-edge: #b3261e; --vague: #fbe7a6; --vague-edge: #8a6100; --named: #d3efd6;
  --named-edge: #1e6b30; --unflagged-edge: #6b6b6b; --focus: #1a56db; --picked: #6c2bd9; --ink: #1d1d1f; --muted: #5c5c66;
  --rule: #d8d8de; --panel: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
#app { max-width: 88rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.5rem; margin: .25rem 0 .5rem; }
h1.path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1.15rem; word-break: break-all; }
a { color: #1746a2; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
kbd { font: .8em ui-monospace, Menlo, Consolas, monospace; border: 1px solid var(--rule); border-bottom-width: 2px;
  border-radius: 3px; padding: 0 .3em; background: #fff; }
.summary, .legend, .range, .status-line { color: var(--muted); }
.controls { margin: .75rem 0; }
.controls input { font: inherit; padding: .2rem .4rem; width: 22rem; max-width: 100%; }
table.index { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.index th, table.index td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; }
table.index td.num, table.index th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.index th.num button.sort { text-align: right; }
table.index th[scope=row] { font-weight: normal; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; word-break: break-all; }
table.index thead th { position: sticky; top: 0; background: #fff; }
table.index tr.current { background: #e8eefc; }
button.sort { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: left; }
th[aria-sort=ascending] button.sort::after { content: " ▲"; }
th[aria-sort=descending] button.sort::after { content: " ▼"; }
td.st-unattributed { color: var(--unattributed-edge); font-weight: 600; }
td.sev-error { color: var(--unattributed-edge); font-weight: 600; }
.pager { display: flex; gap: 1rem; align-items: center; margin: .75rem 0; }
.pager button, .jump, .source-name { font: inherit; cursor: pointer; }
.help { margin: 1rem 0; }
dl.keys { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: .5rem 0; font-size: .9rem; }
dl.keys dd { margin: 0; }
.crumbs { display: flex; gap: 1.25rem; font-size: .95rem; }
.filters { border: 0; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.filters legend { float: left; margin-right: .5rem; color: var(--muted); }
.chip { border: 1px solid var(--rule); border-radius: 1rem; padding: .1rem .6rem; cursor: pointer; }
.chip .count { font-weight: 600; }
.chip .hint { margin-left: .35rem; }
.chip.st-unattributed { background: var(--unattributed); }
.chip.st-vague { background: var(--vague); }
.chip.st-named { background: var(--named); }
.status-line { min-height: 1.5em; margin: .25rem 0 .75rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 2rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
.prose { font: 1.1rem/1.65 Georgia, "Times New Roman", serif; max-width: 44rem; }
.prose [data-line] { position: relative; }
.prose p[data-line]::before, .prose li[data-line]::before, .prose h2[data-line]::before, .prose h3[data-line]::before,
.prose h4[data-line]::before, .prose h5[data-line]::before, .prose h6[data-line]::before {
  content: attr(data-line); position: absolute; left: -3.25rem; width: 2.75rem; text-align: right;
  font: .75rem/2.2 ui-monospace, Menlo, Consolas, monospace; color: #9a9aa3; }
.prose .quoted { border-left: 3px solid var(--rule); padding-left: 1rem; }
.prose .quoted.depth-2 { margin-left: 1rem; }
.prose .quoted.depth-3 { margin-left: 2rem; }
.prose table.cells { border-collapse: collapse; margin: 1rem 0; font-size: .95rem; }
.prose table.cells td { border: 1px solid var(--rule); padding: .25rem .5rem; vertical-align: top; }
.prose .link { text-decoration: underline dotted; }
.claim { border-radius: 2px; cursor: pointer; padding: 0 1px; border-bottom: 2px solid transparent; }
.claim.st-unattributed { background: var(--unattributed); border-bottom: 2px solid var(--unattributed-edge); }
.claim.st-vague { background: var(--vague); border-bottom: 2px dashed var(--vague-edge); }
.claim.st-named { background: var(--named); border-bottom: 2px solid var(--named-edge); }
.claim.st-unflagged { border-bottom: 2px dotted var(--unflagged-edge); }
.claim.k-number { font-weight: 600; }
.finding { cursor: pointer; text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 4px; }
.finding.sev-error { text-decoration-color: #b3261e; }
.finding.sev-warning { text-decoration-color: #c77700; }
.finding.sev-information { text-decoration-color: #1a56db; }
.finding.sev-hint { text-decoration-color: #8a8a94; }
.hide-unattributed .claim.st-unattributed, .hide-vague .claim.st-vague, .hide-named .claim.st-named,
.hide-unflagged .claim.st-unflagged { background: none; border-bottom-color: transparent; font-weight: inherit; cursor: auto; }
.hide-findings .finding { text-decoration: none; cursor: auto; }
.current { outline: 3px solid var(--focus); outline-offset: 1px; }
.picked { box-shadow: 0 0 0 2px var(--picked); }
.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; background: var(--panel);
  border: 1px solid var(--rule); border-radius: 6px; padding: .5rem 1rem 1rem; font-size: .92rem; }
.panel h2 { font-size: 1rem; margin: .75rem 0 .4rem; }
.panel ul, .panel ol { list-style: none; margin: 0; padding: 0; }
.sources > li { margin: .15rem 0; }
.source-name { display: flex; width: 100%; justify-content: space-between; gap: .5rem; text-align: left;
  background: #fff; border: 1px solid var(--rule); border-left: 5px solid var(--named-edge); border-radius: 4px; padding: .2rem .5rem; }
.source.st-unattributed .source-name { border-left-color: var(--unattributed-edge); }
.source.st-vague .source-name { border-left-color: var(--vague-edge); border-left-style: dashed; }
.source.st-unflagged .source-name { border-left-color: var(--unflagged-edge); border-left-style: dotted; }
.source.picked > .source-name { box-shadow: 0 0 0 2px var(--picked); }
.source-claims { margin: .2rem 0 .5rem .75rem !important; }
.jump { display: block; width: 100%; text-align: left; background: none; border: 0; padding: .15rem .25rem; color: inherit; }
.jump:hover { background: #ebebf0; }
.jump.current, .finding-entry.current { outline: 2px solid var(--focus); }
.claim-text { font-style: italic; }
.where { font: .8rem ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
.findings li { display: flex; align-items: baseline; gap: .25rem; border-bottom: 1px solid var(--rule); padding: .2rem 0; }
.findings .jump { flex: 1; }
.severity { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; font-weight: 700; }
.severity.sev-error { color: #b3261e; } .severity.sev-warning { color: #a35f00; }
.severity.sev-information { color: #1a56db; } .severity.sev-hint { color: #6b6b6b; }
.rule { font: .8rem ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: 1rem; font-size: .85rem; }
.problems li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; }
.empty { color: var(--muted); font-style: italic; }
@media print { .panel, .filters, .crumbs, .help { display: none; } .layout { display: block; } }
`;
