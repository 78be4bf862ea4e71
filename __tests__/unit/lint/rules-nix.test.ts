/** Rules that read flake.nix, and their fixes, on small hand-built flake models (spans from the text). */
import { describe, expect, test } from '@jest/globals';
import { parseFile } from '../../../src/nix/index.js';
import { applyEdits } from '../../../src/nix/edit.js';
import { runRules } from '../../../src/lint/rule-engine.js';
import { RULES_BY_ID } from '../../../src/lint/rules/index.js';
import type { Finding, LintContext } from '../../../src/lint/lint-types.js';
import { flakeNix, gh, lockContext, withFlake, type DeclSpec, type NodeSpec } from './helpers.js';

function run(id: string, ctx: LintContext): readonly Finding[] {
  return runRules(ctx, [RULES_BY_ID.get(id)!]).findings;
}

function applyFix(ctx: LintContext, f: Finding): string {
  const text = ctx.flake!.text;
  const out = applyEdits(
    text,
    f.fix!.edits.map((e) => ({ start: e.span.start.offset, end: e.span.end.offset, newText: e.newText })),
  );
  parseFile(out, { file: 'flake.nix' }); // still Nix
  return out;
}

const dupLock: Record<string, NodeSpec> = {
  root: { inputs: { 'home-manager': 'home-manager', nixpkgs: 'nixpkgs_2' } },
  'home-manager': { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: 'nixpkgs' } },
  nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', rev: 'a'.repeat(40) }),
  nixpkgs_2: gh('NixOS', 'nixpkgs', { ref: 'nixos-unstable', rev: 'b'.repeat(40) }),
};

function ctxWith(text: string, decls: DeclSpec[], nodes: Record<string, NodeSpec> = dupLock, formals?: string[]) {
  return withFlake(lockContext(nodes), flakeNix(text, decls, formals));
}

describe("duplicates/duplicate-input fixes, in the file's own style", () => {
  test('dotted: the follows line goes after the declaration, same indentation', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager.url = "github:nix-community/home-manager"; # user env

  outputs = { self, nixpkgs, home-manager }: { };
}
`;
    const ctx = ctxWith(text, [
      {
        path: ['nixpkgs'],
        bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'],
        url: 'github:NixOS/nixpkgs/nixos-unstable',
      },
      {
        path: ['home-manager'],
        bindings: ['inputs.home-manager.url = "github:nix-community/home-manager";'],
        url: 'github:nix-community/home-manager',
      },
    ]);
    const [f] = run('duplicates/duplicate-input', ctx);
    expect(f).toMatchObject({ file: 'flake.nix', line: 3, column: 3, input: 'home-manager/nixpkgs' });
    expect(f!.fix!.text).toBe('inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";');
    expect(applyFix(ctx, f!)).toBe(`{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager.url = "github:nix-community/home-manager"; # user env
  inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";

  outputs = { self, nixpkgs, home-manager }: { };
}
`);
  });

  test("block: the follows goes inside the input's set, indented like its bindings", () => {
    const text = `{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager = {
      url = "github:nix-community/home-manager";
    };
  };
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(text, [
      {
        path: ['nixpkgs'],
        bindings: ['nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'],
        url: 'github:NixOS/nixpkgs/nixos-unstable',
        style: 'block',
      },
      {
        path: ['home-manager'],
        bindings: ['home-manager = {\n      url = "github:nix-community/home-manager";\n    };'],
        url: 'github:nix-community/home-manager',
        style: 'block',
      },
    ]);
    const [f] = run('duplicates/duplicate-input', ctx);
    expect(f).toMatchObject({ line: 4, column: 5 });
    expect(f!.fix!.text).toBe('inputs.nixpkgs.follows = "nixpkgs";');
    expect(applyFix(ctx, f!)).toBe(`{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager = {
      url = "github:nix-community/home-manager";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };
  outputs = { self, ... }: { };
}
`);
  });

  test('inside an inputs block with dotted names: name.inputs.x.follows after the last binding', () => {
    const text = `{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager.url = "github:nix-community/home-manager";
    home-manager.flake = true;
  };
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(text, [
      {
        path: ['nixpkgs'],
        bindings: ['nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'],
        url: 'github:NixOS/nixpkgs/nixos-unstable',
        style: 'block',
      },
      {
        path: ['home-manager'],
        bindings: ['home-manager.url = "github:nix-community/home-manager";', 'home-manager.flake = true;'],
        url: 'github:nix-community/home-manager',
        style: 'block',
      },
    ]);
    const [f] = run('duplicates/duplicate-input', ctx);
    expect(f!.fix!.text).toBe('home-manager.inputs.nixpkgs.follows = "nixpkgs";');
    expect(applyFix(ctx, f!)).toContain(
      '    home-manager.flake = true;\n    home-manager.inputs.nixpkgs.follows = "nixpkgs";\n  };',
    );
  });

  test('a string shorthand cannot take a nested follows: the fix is described, not applied', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager = "github:nix-community/home-manager";
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(text, [
      {
        path: ['nixpkgs'],
        bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";'],
        url: 'github:NixOS/nixpkgs/nixos-unstable',
      },
      {
        path: ['home-manager'],
        bindings: ['inputs.home-manager = "github:nix-community/home-manager";'],
        url: 'github:nix-community/home-manager',
      },
    ]);
    const [f] = run('duplicates/duplicate-input', ctx);
    expect(f!.fix!.edits).toEqual([]);
    expect(f!.fix!.description).toMatch(/inputs\.home-manager\.url/);
  });
});

describe('follows/override-of-missing-input', () => {
  const nodes: Record<string, NodeSpec> = {
    root: { inputs: { nixpkgs: 'nixpkgs', utils: 'utils', src: 'src' } },
    nixpkgs: gh('NixOS', 'nixpkgs'),
    utils: { ...gh('numtide', 'flake-utils'), inputs: { systems: 'systems' } },
    systems: gh('nix-systems', 'default'),
    src: gh('o', 'src', { flake: false }),
  };
  const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs";
  inputs.utils.url = "github:numtide/flake-utils";
  inputs.utils.inputs.nixpkgs.follows = "nixpkgs"; # dead
  inputs.utils.inputs.systems.follows = "nixpkgs";
  inputs.src = { url = "github:o/src"; flake = false; inputs.x.follows = "nixpkgs"; };
  outputs = { self, ... }: { };
}
`;
  const decls: DeclSpec[] = [
    { path: ['nixpkgs'], bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs";'], url: 'github:NixOS/nixpkgs' },
    {
      path: ['utils'],
      bindings: ['inputs.utils.url = "github:numtide/flake-utils";'],
      url: 'github:numtide/flake-utils',
      inputs: [
        {
          path: ['utils', 'nixpkgs'],
          bindings: ['inputs.utils.inputs.nixpkgs.follows = "nixpkgs";'],
          follows: 'nixpkgs',
        },
        {
          path: ['utils', 'systems'],
          bindings: ['inputs.utils.inputs.systems.follows = "nixpkgs";'],
          follows: 'nixpkgs',
        },
      ],
    },
    {
      path: ['src'],
      bindings: ['inputs.src = { url = "github:o/src"; flake = false; inputs.x.follows = "nixpkgs"; };'],
      url: 'github:o/src',
      flake: false,
      inputs: [{ path: ['src', 'x'], bindings: ['inputs.x.follows = "nixpkgs";'], follows: 'nixpkgs' }],
    },
  ];

  test('reports overrides of inputs the locked dependency lacks, with their removal', () => {
    const ctx = ctxWith(text, decls, nodes);
    const f = run('follows/override-of-missing-input', ctx);
    expect(f.map((x) => x.input)).toEqual(['utils/nixpkgs', 'src/x']);
    expect(f[0]!.message).toMatch(/the locked utils has no input 'nixpkgs' \(its inputs: systems\)/);
    expect(f[1]!.message).toMatch(/src is not a flake \(flake = false\)/);
    expect(f[0]!.fix!.text).toBe('');
    const once = applyFix(ctx, f[0]!);
    expect(once).not.toContain('# dead');
    expect(once).toContain('inputs.utils.inputs.systems.follows');
    expect(applyFix(ctx, f[1]!)).toContain('inputs.src = { url = "github:o/src"; flake = false; };');
  });
});

describe('follows rules on declarations', () => {
  const nodes: Record<string, NodeSpec> = {
    root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm' } },
    nixpkgs: gh('NixOS', 'nixpkgs'),
    hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: ['nixpkgs'] } },
  };

  test('non-existent target, but not a new root input that is simply not locked yet', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs";
  inputs.hm.url = "github:nix-community/home-manager";
  inputs.hm.inputs.nixpkgs.follows = "nixpkgz";
  inputs.hm.inputs.utils.follows = "fresh";
  inputs.fresh.url = "github:o/fresh";
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(
      text,
      [
        { path: ['nixpkgs'], bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs";'], url: 'github:NixOS/nixpkgs' },
        {
          path: ['hm'],
          bindings: ['inputs.hm.url = "github:nix-community/home-manager";'],
          url: 'github:nix-community/home-manager',
          inputs: [
            {
              path: ['hm', 'nixpkgs'],
              bindings: ['inputs.hm.inputs.nixpkgs.follows = "nixpkgz";'],
              follows: 'nixpkgz',
            },
            { path: ['hm', 'utils'], bindings: ['inputs.hm.inputs.utils.follows = "fresh";'], follows: 'fresh' },
          ],
        },
        { path: ['fresh'], bindings: ['inputs.fresh.url = "github:o/fresh";'], url: 'github:o/fresh' },
      ],
      nodes,
    );
    const f = run('follows/non-existent-target', ctx);
    expect(f.map((x) => [x.input, x.line, x.column])).toEqual([['hm/nixpkgs', 4, 38]]);
    // the lock still follows nixpkgs: flake.nix and flake.lock disagree
    expect(run('sync/follows-not-locked', ctx).map((x) => x.input)).toEqual(['hm/nixpkgs']);
    expect(run('sync/missing-from-lock', ctx).map((x) => x.input)).toEqual(['fresh']);
  });

  test('url and follows together; self; declared cycles', () => {
    const text = `{
  inputs.a = { url = "github:o/a"; follows = "b"; };
  inputs.b.follows = "c";
  inputs.c.follows = "b";
  inputs.d.follows = "d";
  outputs = { self, ... }: { };
}
`;
    const ctx = withFlake(
      lockContext({ root: {} }),
      flakeNix(text, [
        {
          path: ['a'],
          bindings: ['inputs.a = { url = "github:o/a"; follows = "b"; };'],
          url: 'github:o/a',
          follows: 'b',
        },
        { path: ['b'], bindings: ['inputs.b.follows = "c";'], follows: 'c' },
        { path: ['c'], bindings: ['inputs.c.follows = "b";'], follows: 'b' },
        { path: ['d'], bindings: ['inputs.d.follows = "d";'], follows: 'd' },
      ]),
    );
    expect(run('follows/url-and-follows', ctx).map((x) => x.input)).toEqual(['a']);
    expect(run('follows/self', ctx).map((x) => x.input)).toEqual(['d']);
    const cycles = run('follows/cycle', ctx);
    expect(cycles.map((x) => x.input)).toEqual(['a', 'b', 'c']);
    expect(cycles[1]!.message).toContain('b -> c -> b');
  });

  test('follows = "" is the flake itself, never a missing target', () => {
    const text = `{
  inputs.hm.url = "github:nix-community/home-manager";
  inputs.hm.inputs.nixpkgs.follows = "";
  outputs = { self, ... }: { };
}
`;
    const ctx = withFlake(
      lockContext({
        root: { inputs: { hm: 'hm' } },
        hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: [] } },
      }),
      flakeNix(text, [
        {
          path: ['hm'],
          bindings: ['inputs.hm.url = "github:nix-community/home-manager";'],
          url: 'github:nix-community/home-manager',
          inputs: [{ path: ['hm', 'nixpkgs'], bindings: ['inputs.hm.inputs.nixpkgs.follows = "";'], follows: '' }],
        },
      ]),
    );
    for (const id of ['follows/non-existent-target', 'follows/cycle', 'follows/self', 'sync/follows-not-locked'])
      expect(run(id, ctx)).toEqual([]);
  });
});

describe('sync rules', () => {
  test('undeclared root inputs in the lock, except outputs formals', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs";
  outputs = { self, nixpkgs, systems }: { };
}
`;
    const ctx = ctxWith(
      text,
      [{ path: ['nixpkgs'], bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs";'], url: 'github:NixOS/nixpkgs' }],
      {
        root: { inputs: { nixpkgs: 'nixpkgs', systems: 'systems', agenix: 'agenix' } },
        nixpkgs: gh('NixOS', 'nixpkgs'),
        systems: { ...gh('nix-systems', 'default'), original: { id: 'systems', type: 'indirect' } },
        agenix: gh('ryantm', 'agenix'),
      },
      ['self', 'nixpkgs', 'systems'],
    );
    const f = run('sync/undeclared-in-lock', ctx);
    expect(f.map((x) => [x.input, x.file])).toEqual([['agenix', 'flake.lock']]);
    // the formal without a declaration is a registry lookup
    const ind = run('hygiene/indirect-input', ctx);
    expect(ind.map((x) => [x.input, x.file])).toEqual([['systems', 'flake.nix']]);
    expect(ind[0]!.message).toContain('github:nix-systems/default');
  });

  test('reference changed: declared url differs from the lock original; equal spellings do not', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  inputs.hm.url = "github:nix-community/home-manager";
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(
      text,
      [
        {
          path: ['nixpkgs'],
          bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";'],
          url: 'github:NixOS/nixpkgs/nixos-24.11',
        },
        {
          path: ['hm'],
          bindings: ['inputs.hm.url = "github:nix-community/home-manager";'],
          url: 'github:nix-community/home-manager',
        },
      ],
      {
        root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm' } },
        nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-24.05' }),
        hm: gh('nix-community', 'home-manager'),
      },
    );
    const f = run('sync/reference-changed', ctx);
    expect(f.map((x) => x.input)).toEqual(['nixpkgs']);
    expect(f[0]!.message).toContain("flake.lock was locked from 'github:NixOS/nixpkgs/nixos-24.05'");
    expect(f[0]).toMatchObject({ line: 2, column: 24 });
  });

  test('no flake.lock at all: one finding saying to run nix flake lock', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs";
  outputs = { self, nixpkgs }: { };
}
`;
    const ctx: LintContext = {
      ...lockContext({ root: {} }),
      lock: undefined,
      hasLock: false,
      resolved: new Map(),
      flake: flakeNix(text, [
        { path: ['nixpkgs'], bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs";'], url: 'github:NixOS/nixpkgs' },
      ]),
      hasNix: true,
    };
    const f = run('sync/missing-from-lock', ctx);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/no flake\.lock: run `nix flake lock`/);
  });
});

describe('anchoring', () => {
  test('unsupported branch is put on the url of the declaration', () => {
    const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
  outputs = { self, ... }: { };
}
`;
    const ctx = ctxWith(
      text,
      [
        {
          path: ['nixpkgs'],
          bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";'],
          url: 'github:NixOS/nixpkgs/nixos-24.05',
        },
      ],
      { root: { inputs: { nixpkgs: 'nixpkgs' } }, nixpkgs: gh('NixOS', 'nixpkgs', { ref: 'nixos-24.05' }) },
    );
    const [f] = run('freshness/unsupported-branch', ctx);
    expect(f).toMatchObject({ file: 'flake.nix', line: 2, column: 24, endColumn: 58 });
  });
});

describe('sync/follows-not-locked, the other way round', () => {
  const text = `{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs";
  inputs.hm.url = "github:nix-community/home-manager";
  inputs.a.url = "github:o/a";
  outputs = { self, ... }: { };
}
`;
  const decls: DeclSpec[] = [
    { path: ['nixpkgs'], bindings: ['inputs.nixpkgs.url = "github:NixOS/nixpkgs";'], url: 'github:NixOS/nixpkgs' },
    {
      path: ['hm'],
      bindings: ['inputs.hm.url = "github:nix-community/home-manager";'],
      url: 'github:nix-community/home-manager',
    },
    { path: ['a'], bindings: ['inputs.a.url = "github:o/a";'], url: 'github:o/a' },
  ];

  test('a follows in the lock that only the root flake can have written, and flake.nix no longer declares', () => {
    const ctx = ctxWith(text, decls, {
      root: { inputs: { nixpkgs: 'nixpkgs', hm: 'hm', a: 'a' } },
      nixpkgs: gh('NixOS', 'nixpkgs'),
      hm: { ...gh('nix-community', 'home-manager'), inputs: { nixpkgs: ['nixpkgs'] } },
      // a's own flake.nix makes its x follow its y: absolute ["a", "y"], inside a's subtree
      a: { ...gh('o', 'a'), inputs: { x: ['a', 'y'], y: 'y' } },
      y: gh('o', 'y'),
    });
    const f = run('sync/follows-not-locked', ctx);
    expect(f.map((x) => [x.input, x.file])).toEqual([['hm/nixpkgs', 'flake.lock']]);
    expect(f[0]!.message).toMatch(/which flake.nix does not declare/);
  });
});

describe('hygiene rules on declarations', () => {
  test('a registry reference in flake.nix, and a url over plain http', () => {
    const text = `{
  inputs.nixpkgs.url = "nixpkgs/nixos-unstable";
  inputs.lib.url = "git+http://git.example.org/lib";
  inputs.ok.url = "github:o/ok";
  outputs = { self, ... }: { };
}
`;
    const ctx = withFlake(
      lockContext({ root: {} }),
      flakeNix(text, [
        {
          path: ['nixpkgs'],
          bindings: ['inputs.nixpkgs.url = "nixpkgs/nixos-unstable";'],
          url: 'nixpkgs/nixos-unstable',
        },
        {
          path: ['lib'],
          bindings: ['inputs.lib.url = "git+http://git.example.org/lib";'],
          url: 'git+http://git.example.org/lib',
        },
        { path: ['ok'], bindings: ['inputs.ok.url = "github:o/ok";'], url: 'github:o/ok' },
      ]),
    );
    expect(run('hygiene/indirect-input', ctx).map((x) => [x.input, x.line, x.column])).toEqual([['nixpkgs', 2, 24]]);
    expect(run('hygiene/insecure-url', ctx).map((x) => [x.input, x.line])).toEqual([['lib', 3]]);
  });
});
