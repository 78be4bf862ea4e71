/**
 * Declared inputs read from flake.nix syntax. Fixtures are in __tests__/fixtures/inputs (see its README); the
 * integration tests compare the JSON with Nix's own evaluation and the refusals with Nix's.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { inputsValue, readFlakeNix } from '../../../src/flake/declared-inputs.js';
import type { DeclaredInput, FlakeNix } from '../../../src/flake/flake-types.js';
import type { Span } from '../../../src/nix/location.js';
import { parse, NixSyntaxError } from '../../../src/nix/index.js';
import { generatedFlake, modelJson, type ModelInput } from './support/flakes.js';

const FIXTURES = path.resolve('__tests__', 'fixtures', 'inputs');
const fixture = (name: string): { text: string; file: string } => {
  const file = path.join(FIXTURES, name, 'flake.nix');
  return { text: readFileSync(file, 'utf8'), file };
};
const read = (name: string): FlakeNix => {
  const { text, file } = fixture(name);
  return readFlakeNix(text, file);
};
const json = (name: string): string => {
  const { text, file } = fixture(name);
  return inputsValue(parse(text, { file }), file, text);
};

/** One line per input: `path style url|attrs|follows|flake @line:col`. */
function summary(inputs: readonly DeclaredInput[]): string[] {
  return inputs.flatMap((i) => {
    const parts = [i.path.join('/'), i.style];
    if (i.url) parts.push(`url=${i.url.value}`);
    if (i.attrs) parts.push(`attrs=${JSON.stringify(i.attrs.value)}`);
    if (i.follows) parts.push(`follows=${JSON.stringify(i.follows.value)}`);
    if (i.flake) parts.push(`flake=${i.flake.value}`);
    parts.push(`@${i.span.start.line}:${i.span.start.column}`);
    return [parts.join(' '), ...summary(i.inputs)];
  });
}

const textOf = (text: string, s: Span): string => text.slice(s.start.offset, s.end.offset);

describe('every syntax of declared inputs (fixtures)', () => {
  test.each([
    [
      'valid/block',
      'block',
      [
        'nixpkgs block url=github:NixOS/nixpkgs/nixos-unstable @6:5',
        'home-manager block url=github:nix-community/home-manager @7:5',
        'home-manager/nixpkgs dotted follows="nixpkgs" @9:7',
        'theme block url=github:example/theme-files flake=false @11:5',
      ],
    ],
    [
      'valid/dotted',
      'dotted',
      [
        'nixpkgs dotted url=github:NixOS/nixpkgs/nixos-24.05 @3:3',
        'flake-utils dotted url=github:numtide/flake-utils @4:3',
        'flake-compat dotted url=github:edolstra/flake-compat flake=false @5:3',
        'utils dotted follows="flake-utils" @7:3',
      ],
    ],
    [
      'valid/mixed',
      'block',
      [
        'nixpkgs block url=github:NixOS/nixpkgs @4:5',
        'agenix block url=github:ryantm/agenix @5:5',
        'agenix/nixpkgs dotted follows="nixpkgs" @7:3',
        'darwin dotted url=github:LnL7/nix-darwin @8:3',
        'darwin/nixpkgs dotted follows="nixpkgs" @11:3',
      ],
    ],
    ['valid/no-inputs', 'none', []],
    ['valid/empty-inputs', 'block', []],
    [
      'valid/follows-empty',
      'dotted',
      [
        'nixpkgs dotted url=github:NixOS/nixpkgs @3:3',
        'git-hooks-nix dotted url=github:cachix/git-hooks.nix @4:3',
        'git-hooks-nix/nixpkgs dotted follows="nixpkgs" @5:3',
        'git-hooks-nix/flake-compat dotted follows="" @6:3',
        'git-hooks-nix/gitignore dotted follows="" @7:3',
      ],
    ],
    [
      'valid/follows-paths',
      'block',
      [
        'nixpkgs-unstable block url=github:NixOS/nixpkgs/nixpkgs-unstable @5:5',
        'nixpkgs block follows="nixpkgs-unstable" @6:5',
        'hyprland block url=github:hyprwm/Hyprland @7:5',
        'hyprland-plugins block url=github:hyprwm/hyprland-plugins @8:5',
        'hyprland-plugins/hyprland dotted follows="hyprland" @10:7',
        'hyprland-plugins/nixpkgs dotted follows="hyprland/nixpkgs" @11:7',
      ],
    ],
    [
      'valid/deep-override',
      'block',
      [
        'nixpkgs block url=github:NixOS/nixpkgs @4:5',
        'determinate block url=https://flakehub.com/f/DeterminateSystems/determinate/* @5:5',
        'mac-app-util block url=github:hraban/mac-app-util @6:5',
        'mac-app-util/cl-nix-lite dotted @7:5',
        'mac-app-util/cl-nix-lite/nixpkgs dotted follows="nixpkgs" @7:5',
        'mac-app-util/cl-nix-lite/systems dotted follows="determinate/nix/git-hooks-nix/flake-compat" @8:5',
        'agent block url=github:/kolide/nix-agent/main @11:5',
      ],
    ],
    [
      'valid/attrset-ref',
      'block',
      [
        'nixpkgs block attrs={"type":"github","owner":"NixOS","repo":"nixpkgs","ref":"nixos-24.05"} @4:5',
        'tools block attrs={"url":"https://example.org/tools.git","type":"git","ref":"main","dir":"nix","submodules":true} @10:5',
        'old block attrs={"type":"indirect","id":"nixpkgs"} @17:5',
        'counted block attrs={"url":"https://example.org/a.tar.gz","type":"tarball","revCount":12} flake=false @19:5',
      ],
    ],
    ['valid/path-literal', 'dotted', ['parent dotted url=../.. @3:3', 'sibling dotted url=./sub flake=false @4:3']],
    ['valid/self-attrs', 'dotted', ['nixpkgs dotted url=github:NixOS/nixpkgs @5:3']],
    [
      'valid/strings-and-names',
      'block',
      [
        'nix-darwin block url=github:LnL7/nix-darwin @5:5',
        'quoted block url=github:example/quoted @6:5',
        'escaped block url=github:example/esc"aped @7:5',
        'with space block url=path:/tmp/with space flake=false @8:5',
        'ordered-z block url=github:example/z @9:5',
        'ordered-a block url=github:example/a @10:5',
      ],
    ],
  ])('%s', (name, style, expected) => {
    const flake = read(name);
    expect(flake.inputsStyle).toBe(style);
    expect(summary(flake.inputs)).toEqual(expected);
  });

  test('a follows written only in comments declares nothing (the nixvim / logfetcher trap)', () => {
    const flake = read('valid/comment-trap');
    expect(summary(flake.inputs)).toEqual([
      'nixpkgs block url=github:NixOS/nixpkgs/nixos-unstable @5:5',
      'crane block url=github:ipetkov/crane @11:5',
      'rust-overlay block url=github:oxalica/rust-overlay @13:5',
      'text block url=github:example/text @14:5',
      'description-like block url=github:example/hash#notacomment @14:39',
    ]);
    const { text } = fixture('valid/comment-trap');
    expect(text).toContain('follows = "";');
  });

  test('outputs formals, including names Nix takes from the registry', () => {
    expect(read('valid/implicit-outputs-arg').outputsFormals.map((f) => f.value)).toEqual([
      'self',
      'nixpkgs',
      'flake-utils',
      'systems',
    ]);
    expect(read('valid/seed-home-manager').outputsFormals.map((f) => f.value)).toEqual([
      'self',
      'nixpkgs',
      'home-manager',
    ]);
    expect(read('valid/tarballs-and-files').outputsFormals).toEqual([]);
    const { text } = fixture('valid/dotted');
    const f = read('valid/dotted').outputsFormals;
    expect(f.map((x) => textOf(text, x.span))).toEqual(['self', 'nixpkgs']);
  });

  test('spans point at the text: values, bindings, the inputs attribute', () => {
    const { text } = fixture('valid/mixed');
    const flake = read('valid/mixed');
    const [nixpkgs, agenix, darwin] = flake.inputs;
    expect(textOf(text, nixpkgs!.url!.span)).toBe('"github:NixOS/nixpkgs"');
    expect(textOf(text, nixpkgs!.span)).toBe('nixpkgs.url = "github:NixOS/nixpkgs";');
    expect(agenix!.bindings.map((s) => textOf(text, s))).toEqual([
      'agenix.url = "github:ryantm/agenix";',
      'inputs.agenix.inputs.nixpkgs.follows = "nixpkgs";',
    ]);
    expect(textOf(text, agenix!.inputs[0]!.follows!.span)).toBe('"nixpkgs"');
    expect(darwin!.bindings.map((s) => s.start.line)).toEqual([8, 11]);
    expect(textOf(text, flake.inputsSpan!).startsWith('inputs = {')).toBe(true);
    expect(read('valid/dotted').inputsSpan!.start.line).toBe(3);
    expect(read('valid/no-inputs').inputsSpan).toBeUndefined();
  });
});

describe('inputs Nix refuses are errors at their position', () => {
  test.each([
    ['rejected/shorthand-string', 3, 20, /input 'nixpkgs' must be an attribute set, not a string/],
    ['rejected/computed-url', 3, 24, /inputs\.nixpkgs\.url is computed/],
    ['rejected/interpolated-url', 2, 24, /inputs\.nixpkgs\.url is computed/],
    ['rejected/imported-inputs', 2, 12, /^inputs is computed/],
    ['rejected/let-around', 2, 1, /flake\.nix must be an attribute set/],
    ['rejected/update-at-top', 2, 1, /flake\.nix must be an attribute set/],
    ['rejected/flake-not-bool', 3, 24, /inputs\.theme\.flake must be true or false, not a string/],
    ['rejected/legacy-uri', 4, 18, /unexpected flake input attribute 'uri'/],
    ['rejected/unknown-attribute', 4, 5, /unexpected flake input attribute 'branch'/],
    ['rejected/computed-name', 2, 10, /attribute names must be written literally/],
    ['rejected/follows-not-string', 3, 37, /follows must be a string, not a list/],
    ['rejected/self-unknown', 2, 15, /flake 'self' input attribute 'url' is not supported/],
    ['rejected/updated-input', 2, 20, /input 'nixpkgs' is computed/],
  ])('%s', (name, line, column, message) => {
    const { text, file } = fixture(name);
    let error: unknown;
    try {
      readFlakeNix(text, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const u = error as UserError;
    expect(u.message).toMatch(message);
    expect(u.file).toBe(file);
    expect(u.position).toEqual({ line, column });
    expect(u.hint).toBeTruthy();
  });

  test('a flake.nix that is not valid Nix is a NixSyntaxError (the seed guide broken example)', () => {
    const { text, file } = fixture('invalid/seed-broken-example');
    expect(() => readFlakeNix(text, file)).toThrow(NixSyntaxError);
    try {
      readFlakeNix(text, file);
    } catch (e) {
      expect((e as NixSyntaxError).format()).toBe(`${file}:6:10: error: syntax error, unexpected '=', expecting ';'`);
    }
  });
});

describe('inputsValue: the JSON Nix prints for (import ./flake.nix).inputs', () => {
  test.each([
    [
      'valid/block',
      '{"home-manager":{"inputs":{"nixpkgs":{"follows":"nixpkgs"}},"url":"github:nix-community/home-manager"},"nixpkgs":{"url":"github:NixOS/nixpkgs/nixos-unstable"},"theme":{"flake":false,"url":"github:example/theme-files"}}',
    ],
    ['valid/no-inputs', '{}'],
    ['valid/empty-inputs', '{}'],
    ['valid/path-literal', '{"parent":{"url":"../.."},"sibling":{"flake":false,"url":"./sub"}}'],
    ['valid/self-attrs', '{"nixpkgs":{"url":"github:NixOS/nixpkgs"},"self":{"lfs":true,"submodules":true}}'],
    [
      'valid/strings-and-names',
      '{"escaped":{"url":"github:example/esc\\"aped"},"nix-darwin":{"url":"github:LnL7/nix-darwin"},"ordered-a":{"url":"github:example/a"},"ordered-z":{"url":"github:example/z"},"quoted":{"url":"github:example/quoted"},"with space":{"flake":false,"url":"path:/tmp/with space"}}',
    ],
  ])('%s', (name, expected) => {
    expect(json(name)).toBe(expected);
  });

  test('escapes control characters as Nix does, keeps other text as is', () => {
    const text = '{ inputs.a.url = "x\\ty\\u\\n\u0001é"; inputs.a.n = 3; outputs = _: { }; }';
    expect(inputsValue(parse(text), 'f.nix', text)).toBe('{"a":{"n":3,"url":"x\\tyu\\n\\u0001é"}}');
  });

  test('a computed value has no JSON: error at its position', () => {
    const text = '{\n  inputs.a.url = "x" + "y";\n}';
    expect(() => inputsValue(parse(text), 'f.nix', text)).toThrow(/inputs\.a\.url is computed/);
  });
});

describe('generated flakes: every syntax mix reads back as the model', () => {
  const flat = (is: readonly ModelInput[], parent: string[] = []): string[] =>
    is.flatMap((i) => {
      const p = [...parent, i.name];
      const fields = [
        p.join('/'),
        i.url !== undefined ? `url=${i.url}` : '',
        i.flake !== undefined ? `flake=${i.flake}` : '',
        i.follows !== undefined ? `follows=${JSON.stringify(i.follows)}` : '',
      ];
      return [fields.join(' '), ...flat(i.inputs, p)];
    });
  const flatDeclared = (is: readonly DeclaredInput[]): string[] =>
    is.flatMap((i) => [
      [
        i.path.join('/'),
        i.url ? `url=${i.url.value}` : '',
        i.flake ? `flake=${i.flake.value}` : '',
        i.follows ? `follows=${JSON.stringify(i.follows.value)}` : '',
      ].join(' '),
      ...flatDeclared(i.inputs),
    ]);

  test('inputs, values and order', () => {
    fc.assert(
      fc.property(generatedFlake, ({ model, text }) => {
        const flake = readFlakeNix(text, 'gen.nix');
        expect(flatDeclared(flake.inputs)).toEqual(flat(model));
        expect(inputsValue(parse(text), 'gen.nix', text)).toBe(modelJson(model));
        for (const i of flake.inputs) {
          if (i.url) expect(JSON.parse(textOf(text, i.url.span))).toBe(i.url.value);
          for (const b of i.bindings) expect(textOf(text, b)).toMatch(/;$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
