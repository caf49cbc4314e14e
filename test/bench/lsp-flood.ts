/**
 * The server under a flood of edits: 50 drafts open, 5,000 didChange spread evenly over 6 s, and after every edit
 * the code-action request an editor sends for the cursor (a hover after every tenth). Measures how long each reply
 * takes while the edits arrive, how many lints the server published, and how soon after the last edit every draft's
 * diagnostics are those of its final text.
 */
import { performance } from 'node:perf_hooks';
import type { CodeActionParams, HoverParams } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from '../lsp/client';

/** What one flood measured. */
export interface FloodResult {
  edits: number;
  drafts: number;
  seconds: number;
  requests: number;
  /** Reply times of the requests sent while the edits arrived, in milliseconds. */
  replies: number[];
  /** Lints published (claimlint/linted notifications) from the first edit until the drafts settled. */
  published: number;
  /** From the last edit until every draft's diagnostics were published for its final version. */
  settleMs: number;
  /** Drafts whose final diagnostics differ from those of their final text opened afresh in the same server. */
  wrong: number;
}

/** The middle of the list: reply times are skewed, so the median and p95 say more than a mean. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Floods a fresh server (the built one unless `server` names another) with `edits` edits over `seconds` across the drafts. */
export async function flood(drafts: string[], edits: number, seconds: number, debounce: number, server?: string): Promise<FloodResult> {
  const client = new TestClient(undefined, server);
  client.settings = { debounce };
  await client.initialize(ROOT);
  const uris = drafts.map((_, i) => `untitled:flood-${i}.md`);
  for (let i = 0; i < drafts.length; i++) await client.open(uris[i], drafts[i]);
  for (const uri of uris) await client.diagnostics(uri, 1, 60_000);
  const publishedBefore = client.linted.length;

  // Each draft has a cursor that types forward from a spread-out place, as a reporter would.
  const cursors = drafts.map((text, i) => Math.max(0, text.indexOf(' ', Math.floor(((i * 7919) % 97) / 97 * text.length)) + 1));
  const replies: Promise<number>[] = [];
  const ask = <P>(method: string, params: P): void => {
    const sent = performance.now();
    replies.push(client.connection.sendRequest(method, params).then(() => performance.now() - sent));
  };
  const start = performance.now();
  let sentEdits = 0;
  while (sentEdits < edits) {
    const due = Math.min(edits, Math.ceil(((performance.now() - start) / (seconds * 1000)) * edits));
    for (; sentEdits < due; sentEdits++) {
      const d = (sentEdits * 31) % drafts.length;
      const uri = uris[d];
      const doc = client.docs.get(uri)!;
      const pos = doc.positionAt(cursors[d]);
      await client.change(uri, [{ range: { start: pos, end: pos }, newText: 'abcdefghij'[sentEdits % 10] }]);
      cursors[d]++;
      const at = client.docs.get(uri)!.positionAt(cursors[d]);
      ask<CodeActionParams>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
      if (sentEdits % 10 === 0) ask<HoverParams>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(Math.floor(cursors[d] / 2)) });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const last = performance.now();
  const times = await Promise.all(replies);
  const finals = uris.map((uri) => client.docs.get(uri)!);
  for (const doc of finals) await client.diagnostics(doc.uri, doc.version, 60_000);
  const settleMs = performance.now() - last;
  // Each final text opened afresh in the same server is the reference (the same build judges both).
  const published = client.linted.length - publishedBefore;
  let wrong = 0;
  for (const doc of finals) {
    const last = client.published.filter((p) => p.uri === doc.uri).at(-1)!;
    const fresh = `${doc.uri}-fresh`;
    await client.open(fresh, doc.getText());
    const expected = await client.diagnostics(fresh, 1, 60_000);
    const key = (d: { code?: string | number; range: { start: object; end: object } }): string => `${d.code}@${JSON.stringify(d.range)}`;
    if (last.version !== doc.version || JSON.stringify(last.diagnostics.map(key)) !== JSON.stringify(expected.map(key))) wrong++;
  }
  await client.stop();
  return { edits, drafts: drafts.length, seconds: (last - start) / 1000, requests: times.length, replies: times, published, settleMs, wrong };
}

/** One line per flood, in the form the benchmark table reads. */
export function describeFlood(label: string, r: FloodResult): string {
  return (
    `flood ${label}: ${r.edits.toLocaleString('en')} edits over ${r.drafts} drafts in ${r.seconds.toFixed(1)} s, ${r.requests.toLocaleString('en')} requests: ` +
    `reply p50 ${percentile(r.replies, 50).toFixed(1)} ms, p95 ${percentile(r.replies, 95).toFixed(1)} ms, worst ${Math.max(...r.replies).toFixed(0)} ms; ` +
    `${r.published.toLocaleString('en')} lints published; final diagnostics ${r.settleMs.toFixed(0)} ms after the last edit, ${r.wrong} of ${r.drafts} wrong (target p50 ≤ 50 ms)`
  );
}
