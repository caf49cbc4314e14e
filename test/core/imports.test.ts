import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = join(__dirname, '..', '..', 'server', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : f.endsWith('.ts') ? [path] : [];
  });
}

/** Each engine module and the engine modules it imports (types included: a circle of types is still a circle). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(core)) {
    const targets = [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => `${resolve(dirname(file), m[1])}.ts`);
    graph.set(file, targets);
  }
  return graph;
}

describe('the engine is a one-way pipeline', () => {
  it('has no import circle', () => {
    const graph = importGraph();
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(core, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('never imports the editor or the language server', () => {
    for (const file of sources(core)) expect(readFileSync(file, 'utf8')).not.toMatch(/from 'vscode/);
  });
});
