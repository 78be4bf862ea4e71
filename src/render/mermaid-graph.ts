/**
 * The input graph of a flake as a Mermaid `flowchart`: the root, its inputs and their inputs (node edges solid,
 * labelled with the input name when it differs from the node's), `follows` edges dashed, dangling follows to a
 * red "missing" node, the copies to remove highlighted (the caller says which: the copy a follows line removes, never
 * the one it keeps). Large graphs are cut to the root inputs plus the copies, and the diagram says what it left out
 * (inputDiagram's `hidden`): a reader must not take a cut graph for the whole.
 */
import { neutralise } from './neutralise.js';
import { showPath, type InputPath, type LockFile } from '../flake/flake-types.js';
import { findInput } from '../lint/resolve.js';
import { sourceOf } from '../lint/source.js';
import type { LintContext } from '../lint/lint-types.js';
import { comparePaths, pathsByNode } from '../lint/where.js';

const MAX_NODES = 80;

/**
 * Text safe inside a quoted Mermaid label: neutralised (one line, no control character, at most NAME_MAX
 * characters), then what Mermaid reads as syntax as entity codes (a backtick right after the quote would start a
 * Markdown string).
 */
export function mermaidLabel(s: string): string {
  return neutralise(s).replace(/[&"<>#|`]/g, (ch) => `#${ch.charCodeAt(0)};`);
}

function nodeLabel(lock: LockFile, key: string, path: InputPath | undefined): string {
  if (key === lock.root) return 'flake';
  // (each part escaped; the line break between them is markup)
  const node = lock.nodes.get(key)!;
  const name = path ? path[path.length - 1]! : key;
  const s = sourceOf(node);
  const src = s ? `${s.label}${s.ref ? ` ${s.ref}` : ''}` : '';
  return src ? `${mermaidLabel(name)}<br/>${mermaidLabel(src)}` : mermaidLabel(name);
}

/** A diagram, and what it shows of the lock. */
export interface InputDiagram {
  /** The Mermaid text. */
  readonly mermaid: string;
  /** Lock nodes reached from the root (the root itself not counted). */
  readonly total: number;
  /** Of those, how many the diagram shows. */
  readonly shown: number;
  /** The nodes left out, each by its shortest input path (shortest first). */
  readonly hidden: readonly InputPath[];
  /** The depth the diagram shows in full (1: root inputs, 2: and their inputs). */
  readonly depth: number;
}

/** The Mermaid text of inputDiagram. */
export function inputGraph(ctx: LintContext, highlight: ReadonlySet<string> = new Set()): string | undefined {
  return inputDiagram(ctx, highlight)?.mermaid;
}

export function inputDiagram(ctx: LintContext, highlight: ReadonlySet<string> = new Set()): InputDiagram | undefined {
  const lock = ctx.lock;
  if (!lock) return undefined;
  const byNode = pathsByNode(ctx);
  const depthOf = (key: string) => (key === lock.root ? 0 : (byNode.get(key)?.[0]?.length ?? Infinity));
  let maxDepth = 2;
  const count = (d: number) => [...byNode.keys()].filter((k) => depthOf(k) <= d).length;
  if (count(2) > MAX_NODES) maxDepth = 1;
  const shown = new Set<string>([lock.root]);
  for (const k of byNode.keys()) if (depthOf(k) <= maxDepth || highlight.has(k)) shown.add(k);
  const ids = new Map<string, string>();
  const id = (key: string) => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key, v);
    }
    return v;
  };
  const lines = ['flowchart LR'];
  for (const key of shown) {
    const label = nodeLabel(lock, key, byNode.get(key)?.[0]);
    lines.push(key === lock.root ? `  ${id(key)}(["${label}"])` : `  ${id(key)}["${label}"]`);
  }
  let missing = 0;
  for (const parent of shown) {
    if (depthOf(parent) >= maxDepth && parent !== lock.root && !highlight.has(parent)) continue;
    const node = lock.nodes.get(parent);
    if (!node) continue;
    for (const [name, edge] of node.inputs) {
      if (edge.kind === 'node') {
        if (!shown.has(edge.key)) continue;
        const childName = byNode.get(edge.key)?.[0];
        const same = childName && childName[childName.length - 1] === name;
        lines.push(`  ${id(parent)} -->${same ? '' : `|"${mermaidLabel(name)}"|`} ${id(edge.key)}`);
      } else {
        const r = edge.path.length === 0 ? { kind: 'node' as const, key: lock.root } : findInput(lock, edge.path);
        if (r.kind === 'node' && shown.has(r.key)) {
          lines.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${id(r.key)}`);
        } else if (r.kind !== 'node') {
          const m = `m${missing++}`;
          lines.push(`  ${m}["${mermaidLabel(`missing: ${showPath(edge.path)}`)}"]`);
          lines.push(`  ${id(parent)} -.->|"${mermaidLabel(name)}"| ${m}`);
          lines.push(`  class ${m} missing`);
        }
      }
    }
  }
  lines.push('  classDef dup fill:#ffebe9,stroke:#cf222e,stroke-width:2px');
  lines.push('  classDef missing fill:#fff8c5,stroke:#9a6700,stroke-dasharray:4 2');
  const dups = [...highlight].filter((k) => shown.has(k)).map(id);
  if (dups.length > 0) lines.push(`  class ${dups.join(',')} dup`);
  const hidden = [...byNode.entries()]
    .filter(([k]) => k !== lock.root && !shown.has(k))
    .map(([, paths]) => paths[0]!)
    .sort(comparePaths);
  const total = [...byNode.keys()].filter((k) => k !== lock.root).length;
  return { mermaid: `${lines.join('\n')}\n`, total, shown: total - hidden.length, hidden, depth: maxDepth };
}
