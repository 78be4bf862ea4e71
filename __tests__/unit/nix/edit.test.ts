import { describe, expect, test } from '@jest/globals';
import {
  applyEdits,
  attrName,
  insertIntoSet,
  insertLineAfter,
  locAt,
  readAttrPath,
  removeBinding,
} from '../../../src/nix/edit.js';

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return [i, i + needle.length] as const;
};

describe('minimal Nix text edits', () => {
  test('locAt gives 1-based line and column', () => {
    expect(locAt('ab\ncd\n', 4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(locAt('ab', 0)).toEqual({ offset: 0, line: 1, column: 1 });
  });

  test('attribute names are quoted only when needed', () => {
    expect(attrName('home-manager')).toBe('home-manager');
    expect(attrName("nix'")).toBe("nix'");
    expect(attrName('1password')).toBe('"1password"');
    expect(attrName('with')).toBe('"with"');
    expect(attrName('a.b')).toBe('"a.b"');
  });

  test('readAttrPath reads plain and quoted segments up to =', () => {
    const text = 'inputs . "home-manager".url = "x";';
    const r = readAttrPath(text, 0);
    expect(r.segments).toEqual(['inputs', 'home-manager', 'url']);
    expect(text[r.eq]).toBe('=');
    expect(readAttrPath('a == b', 0).eq).toBe(-1);
  });

  test('a line after a dotted binding keeps its indentation', () => {
    const text = '{\n  inputs.hm.url = "github:nix-community/home-manager"; # hm\n  outputs = _: { };\n}\n';
    const [s, e] = at(text, 'inputs.hm.url = "github:nix-community/home-manager";');
    const out = applyEdits(text, [insertLineAfter(text, s, e, 'inputs.hm.inputs.nixpkgs.follows = "nixpkgs";')]);
    expect(out).toBe(
      '{\n  inputs.hm.url = "github:nix-community/home-manager"; # hm\n  inputs.hm.inputs.nixpkgs.follows = "nixpkgs";\n  outputs = _: { };\n}\n',
    );
  });

  test('when code follows on the same line the binding goes right after, still inside the set', () => {
    const text = '{ inputs = { hm.url = "x"; }; }';
    const [s, e] = at(text, 'hm.url = "x";');
    expect(applyEdits(text, [insertLineAfter(text, s, e, 'hm.inputs.n.follows = "n";')])).toBe(
      '{ inputs = { hm.url = "x"; hm.inputs.n.follows = "n"; }; }',
    );
  });

  test('CRLF files get CRLF lines', () => {
    const text = '{\r\n  inputs.a.url = "x";\r\n}\r\n';
    const [s, e] = at(text, 'inputs.a.url = "x";');
    expect(applyEdits(text, [insertLineAfter(text, s, e, 'inputs.a.inputs.b.follows = "b";')])).toBe(
      '{\r\n  inputs.a.url = "x";\r\n  inputs.a.inputs.b.follows = "b";\r\n}\r\n',
    );
  });

  test('insertion into a block set goes before its closing brace, indented like its bindings', () => {
    const text = '  inputs = {\n    hm = {\n      url = "x";\n      # comment\n    };\n  };\n';
    const [s, e] = at(text, 'hm = {\n      url = "x";\n      # comment\n    };');
    const edit = insertIntoSet(text, s, e, 'inputs.nixpkgs.follows = "nixpkgs";')!;
    expect(applyEdits(text, [edit])).toBe(
      '  inputs = {\n    hm = {\n      url = "x";\n      # comment\n      inputs.nixpkgs.follows = "nixpkgs";\n    };\n  };\n',
    );
  });

  test('insertion into a one-line set stays on its line', () => {
    const text = '{ hm = { url = "x"; }; }';
    const [s, e] = at(text, 'hm = { url = "x"; };');
    expect(applyEdits(text, [insertIntoSet(text, s, e, 'inputs.n.follows = "n";')!])).toBe(
      '{ hm = { url = "x"; inputs.n.follows = "n"; }; }',
    );
    expect(insertIntoSet('{ hm = "x"; }', 2, 11, 'z')).toBeUndefined();
  });

  test('removing a binding that is alone on its line removes the line', () => {
    const text = '{\n  a.url = "x";\n  a.inputs.b.follows = "c"; # old\n  d = 1;\n}\n';
    const [s, e] = at(text, 'a.inputs.b.follows = "c"');
    expect(applyEdits(text, [removeBinding(text, s, e)])).toBe('{\n  a.url = "x";\n  d = 1;\n}\n');
  });

  test('removing a binding that shares its line removes only the binding', () => {
    const text = '{ a = { url = "x"; inputs.b.follows = "c"; flake = true; }; }';
    const [s, e] = at(text, 'inputs.b.follows = "c";');
    expect(applyEdits(text, [removeBinding(text, s, e)])).toBe('{ a = { url = "x"; flake = true; }; }');
  });

  test('overlapping edits are refused', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 3, newText: '' },
        { start: 2, end: 4, newText: '' },
      ]),
    ).toThrow(/overlapping/);
    expect(
      applyEdits('abc', [
        { start: 1, end: 1, newText: 'X' },
        { start: 1, end: 1, newText: 'Y' },
      ]),
    ).toBe('aXYbc');
  });
});
