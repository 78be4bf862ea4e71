/**
 * Generators of the hostile flake.lock shapes from issue 9 (small to commit, large when generated): follows chains,
 * node chains, shared nodes that explode into 2^depth input paths, deep JSON, many copies of one source. Tests and
 * bench/hostile.bench.ts build their inputs here; nothing large is committed.
 */

const NAR = 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

type Edge = string | string[];
interface JsonNode {
  inputs?: Record<string, Edge>;
  locked?: Record<string, string | number | boolean>;
  original?: Record<string, string | number | boolean>;
  flake?: boolean;
}

/** A lock text with one node per line (compact, so tens of thousands of nodes stay a few MB). */
export function lockJson(nodes: Record<string, JsonNode>, root = 'root'): string {
  const lines = Object.entries(nodes).map(([k, n]) => `    ${JSON.stringify(k)}: ${JSON.stringify(n)}`);
  return `{\n  "nodes": {\n${lines.join(',\n')}\n  },\n  "root": ${JSON.stringify(root)},\n  "version": 7\n}\n`;
}

/** A plain source node (`path:` with a narHash: locked, fetches nothing). */
export function pathNode(name: string, inputs?: Record<string, Edge>): JsonNode {
  return {
    ...(inputs ? { inputs } : {}),
    locked: { type: 'path', path: `/src/${name}`, narHash: NAR, lastModified: 1_700_000_000 },
    original: { type: 'path', path: `/src/${name}` },
  };
}

/** A github node of `owner/repo` at `ref` (several of them are copies of one source). */
export function githubNode(owner: string, repo: string, ref: string, i: number): JsonNode {
  return {
    locked: {
      type: 'github',
      owner,
      repo,
      rev: i.toString(16).padStart(40, '0'),
      narHash: NAR,
      lastModified: 1_700_000_000 + i,
    },
    original: { type: 'github', owner, repo, ref },
  };
}

/** Root inputs `a1 → a2 → … → aN`, each a follows of the next; `aN` is the node `leaf`. */
export function followsChainLock(n: number): string {
  const inputs: Record<string, Edge> = {};
  for (let i = 1; i < n; i++) inputs[`a${i}`] = [`a${i + 1}`];
  inputs[`a${n}`] = 'leaf';
  return lockJson({ root: { inputs }, leaf: pathNode('leaf') });
}

/** The flake.nix that declares the chain of followsChainLock (`inputs.a1.follows = "a2";` …). */
export function followsChainFlakeNix(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i < n; i++) lines.push(`  inputs.a${i}.follows = "a${i + 1}";`);
  lines.push(`  inputs.a${n}.url = "path:/src/leaf";`);
  return `{\n${lines.join('\n')}\n  outputs = { self, ... }: { };\n}\n`;
}

/** Nodes `n1 → n2 → … → nN` through an input `next` each: input paths up to N long. */
export function nodeChainLock(n: number): string {
  const nodes: Record<string, JsonNode> = { root: { inputs: { next: 'n1' } } };
  for (let i = 1; i <= n; i++) nodes[`n${i}`] = pathNode(`n${i}`, i < n ? { next: `n${i + 1}` } : undefined);
  return lockJson(nodes);
}

/** Each node has two inputs `a` and `b` that both point at the next node: 2^depth input paths from depth nodes. */
export function sharedNodeLock(depth: number): string {
  const nodes: Record<string, JsonNode> = { root: { inputs: { a: 'n1', b: 'n1' } } };
  for (let i = 1; i <= depth; i++) {
    nodes[`n${i}`] = pathNode(`n${i}`, i < depth ? { a: `n${i + 1}`, b: `n${i + 1}` } : undefined);
  }
  return lockJson(nodes);
}

/** A valid lock with an unknown top-level field holding JSON arrays nested `depth` deep (Nix ignores the field). */
export function deepJsonLock(depth: number): string {
  return `{"version": 7, "root": "root", "nodes": {"root": {}}, "x": ${'['.repeat(depth)}${']'.repeat(depth)}}\n`;
}

/** `n` root inputs `i1 … iN`, each its own node, all copies of github:NixOS/nixpkgs/nixos-unstable. */
export function sameSourceRootsLock(n: number): string {
  const inputs: Record<string, Edge> = {};
  const nodes: Record<string, JsonNode> = { root: { inputs } };
  for (let i = 1; i <= n; i++) {
    inputs[`i${i}`] = `nixpkgs_${i}`;
    nodes[`nixpkgs_${i}`] = githubNode('NixOS', 'nixpkgs', 'nixos-unstable', i);
  }
  return lockJson(nodes);
}

/** `n` root inputs, each a flake with its own copy of nixpkgs (`iK/nixpkgs`): the usual duplicate, N times. */
export function sameSourceNestedLock(n: number): string {
  const inputs: Record<string, Edge> = { nixpkgs: 'nixpkgs' };
  const nodes: Record<string, JsonNode> = {
    root: { inputs },
    nixpkgs: githubNode('NixOS', 'nixpkgs', 'nixos-unstable', 0),
  };
  for (let i = 1; i <= n; i++) {
    inputs[`i${i}`] = `i${i}`;
    nodes[`i${i}`] = { ...pathNode(`i${i}`, { nixpkgs: `nixpkgs_${i}` }) };
    nodes[`nixpkgs_${i}`] = githubNode('NixOS', 'nixpkgs', 'nixos-unstable', i);
  }
  return lockJson(nodes);
}

/** The flake.nix declaring the root inputs of sameSourceRootsLock (`inputs.iK.url = "github:NixOS/nixpkgs/…";`). */
export function sameSourceRootsFlakeNix(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(`  inputs.i${i}.url = "github:NixOS/nixpkgs/nixos-unstable";`);
  return `{\n${lines.join('\n')}\n  outputs = { self, ... }: { };\n}\n`;
}

/** The flake.nix declaring the root inputs of sameSourceNestedLock (`inputs.iK.url = "path:/src/iK";` …). */
export function sameSourceNestedFlakeNix(n: number): string {
  const lines = ['  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'];
  for (let i = 1; i <= n; i++) lines.push(`  inputs.i${i}.url = "path:/src/i${i}";`);
  return `{\n${lines.join('\n')}\n  outputs = { self, ... }: { };\n}\n`;
}

/** Root inputs `a1 → a2 → … → aN → a1`: a follows cycle through every one of them. */
export function followsCycleLock(n: number): string {
  const inputs: Record<string, Edge> = {};
  for (let i = 1; i <= n; i++) inputs[`a${i}`] = [`a${i === n ? 1 : i + 1}`];
  return lockJson({ root: { inputs } });
}

/** The flake.nix of followsCycleLock: `inputs.a1.follows = "a2";` … `inputs.aN.follows = "a1";`. */
export function followsCycleFlakeNix(n: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(`  inputs.a${i}.follows = "a${i === n ? 1 : i + 1}";`);
  return `{\n${lines.join('\n')}\n  outputs = { self, ... }: { };\n}\n`;
}

/**
 * `n` root inputs `iK` (plain path flakes with no inputs) and a flake.nix that overrides an input `nope` of each
 * (`inputs.iK.inputs.nope.follows = "nixpkgs";`): n overrides of inputs that do not exist, each with a fix.
 */
export function missingOverrides(n: number): { lock: string; nix: string } {
  const inputs: Record<string, Edge> = { nixpkgs: 'nixpkgs' };
  const nodes: Record<string, JsonNode> = {
    root: { inputs },
    nixpkgs: githubNode('NixOS', 'nixpkgs', 'nixos-unstable', 0),
  };
  const lines = ['  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'];
  for (let i = 1; i <= n; i++) {
    inputs[`i${i}`] = `i${i}`;
    nodes[`i${i}`] = pathNode(`i${i}`);
    lines.push(`  inputs.i${i}.url = "path:/src/i${i}";`, `  inputs.i${i}.inputs.nope.follows = "nixpkgs";`);
  }
  return { lock: lockJson(nodes), nix: `{\n${lines.join('\n')}\n  outputs = { self, ... }: { };\n}\n` };
}

/** A chain of `depth` nodes whose last node has `fanOut` follows entries (`fK: []`): few paths, long ones. */
export function broomLock(depth: number, fanOut: number): string {
  const nodes: Record<string, JsonNode> = { root: { inputs: { next: 'n1' } } };
  for (let i = 1; i <= depth; i++) {
    const inputs: Record<string, Edge> = {};
    if (i < depth) inputs['next'] = `n${i + 1}`;
    else for (let k = 1; k <= fanOut; k++) inputs[`f${k}`] = [];
    nodes[`n${i}`] = pathNode(`n${i}`, inputs);
  }
  return lockJson(nodes);
}

/**
 * The whole lock on one line (valid JSON, as `JSON.stringify` writes it), `n` root inputs each a nixpkgs copy of its
 * own, 200,000 spaces after the root's name: every finding points into that one huge line, whose region must be
 * found without scanning it once per finding.
 */
export function oneLineLock(n: number): string {
  const inputs: Record<string, Edge> = {};
  const nodes: Record<string, JsonNode> = { root: { inputs } };
  for (let i = 1; i <= n; i++) {
    inputs[`n${i}`] = `n${i}`;
    nodes[`n${i}`] = githubNode('NixOS', 'nixpkgs', 'nixos-unstable', i);
  }
  return `{"nodes":${JSON.stringify(nodes)},"root":${' '.repeat(200_000)}"root","version":7}`;
}
