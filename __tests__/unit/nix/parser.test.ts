/**
 * The Nix parser, table-driven. Expected trees, values and error messages below were taken from Nix 2.8
 * (`nix-instantiate --parse` / `--eval`); the integration tests check the same against the real binary.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { check, parse, parseFile, NixSyntaxError, staticString, literalString } from '../../../src/nix/index.js';
import type { Expr, Str } from '../../../src/nix/ast.js';
import { UserError } from '../../../src/core/errors.js';
import { show } from './support/show.js';
import { mutated, program } from './support/grammar.js';

/** Parses `text` inside a `with` (so any name is bound) and renders it. */
const tree = (text: string, pipeOperators = false): string => {
  const e = parse(`with {}; ${text}`, { pipeOperators });
  if (e.kind !== 'With') throw new Error('expected with');
  return show(e.body);
};

/** The outcome of parse() (`OK` or `LINE:COL: message`); check() (no tree, used by the CLI) must give the same. */
const failure = (text: string, options: { pipeOperators?: boolean } = {}): string => {
  const outcome = (run: () => unknown): string => {
    try {
      run();
    } catch (e) {
      if (e instanceof NixSyntaxError) return `${e.loc.line}:${e.loc.column}: ${e.message}`;
      throw e;
    }
    return 'OK';
  };
  const parsed = outcome(() => parse(text, { file: 'f.nix', ...options }));
  expect(outcome(() => check(text, { file: 'f.nix', ...options }))).toBe(parsed);
  return parsed;
};

describe('operators: precedence and associativity as in Nix', () => {
  test.each([
    ['a + b * x', '(+ a (* b x))'],
    ['a * b + x', '(+ (* a b) x)'],
    ['a - b - x', '(- (- a b) x)'],
    ['a ++ b ++ x', '(++ a (++ b x))'],
    ['a // b // x', '(// a (// b x))'],
    ['a -> b -> x', '(-> a (-> b x))'],
    ['a || b && x', '(|| a (&& b x))'],
    ['a * b ++ x', '(* a (++ b x))'],
    ['!a + b', '(! (+ a b))'],
    ['!a == b', '(== (! a) b)'],
    ['!a // b', '(// (! a) b)'],
    ['a + !b + x', '(+ a (! (+ b x)))'],
    ['-a * b', '(* (neg a) b)'],
    ['-f x', '(neg (app f x))'],
    ['- !a + b', '(neg (! (+ a b)))'],
    ['-a ? b', '(? (neg a) b)'],
    ['a ? b ? x', '(? (? a b) x)'],
    ['a ? b + 1', '(+ (? a b) 1)'],
    ['1 + a ? b', '(+ 1 (? a b))'],
    ['a ? b.x', '(? a b.x)'],
    ['a < b == x', '(== (< a b) x)'],
    ['a == b < x', '(== a (< b x))'],
    ['f a b', '(app (app f a) b)'],
    ['f -1', '(- f 1)'],
    ['a.b.x or f a', '(app (select a b.x or f) a)'],
    ['a.b or x.y or f', '(select a b or (select x y or f))'],
    ['f a or', '(app f (app a or))'],
    ['a.or', '(select a or)'],
    ['a.${"b"}."x"', '(select a "b"."x")'],
    ['[ a.b or x f (-1) ]', '[(select a b or x) f (paren (neg 1))]'],
  ])('%s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });

  test('pipe operators behind the option: |> left, <| right, lowest precedence, never mixed', () => {
    expect(tree('a |> f |> x', true)).toBe('(|> (|> a f) x)');
    expect(tree('f <| x <| a', true)).toBe('(<| f (<| x a))');
    expect(tree('a -> b |> f', true)).toBe('(|> (-> a b) f)');
    expect(failure('x: x |> x <| x', { pipeOperators: true })).toBe('1:11: syntax error, unexpected PIPE_FROM');
    expect(failure('x: x <| x |> x', { pipeOperators: true })).toBe('1:11: syntax error, unexpected PIPE_INTO');
    expect(failure('x: x |> x')).toBe('1:6: syntax error, unexpected invalid token, expecting end of file');
  });
});

describe('lexing as Nix does (longest match)', () => {
  test.each([
    ['x:x', '(uri x:x)'],
    ['x: x', '(lambda x x)'],
    ['a/b', '(path relative "a/b")'],
    ['a / b', '(/ a b)'],
    ['a//b', '(// a b)'],
    ['1.', '1.'],
    ['.5', '.5'],
    ['1.e5', '1.e5'],
    ['01.5', '(app 01 .5)'],
    ['a.5', '(app a .5)'],
    ['f 1e5', '(app (app f 1) e5)'],
    ['a-b', 'a-b'],
    ["a'", "a'"],
    ['<nixpkgs/lib>', '<nixpkgs/lib>'],
    ['a <b> x', '(app (app a <b>) x)'],
    ['https://example.org/a?b=c&d', '(uri https://example.org/a?b=c&d)'],
    ['github:NixOS/nixpkgs/nixos-unstable', '(uri github:NixOS/nixpkgs/nixos-unstable)'],
    ['./a/${x}.nix', '(path relative "./a/" ${x} ".nix")'],
    ['./a${x}/b//c', '(path relative "./a" ${x} "/b/" "/c")'],
    ['~/a', '(path home "~/a")'],
    ['~/${x}', '(path home "~/" ${x})'],
    ['/${x}', '(path absolute "/" ${x})'],
    ['-/a', '(path relative "-/a")'],
    ['__curPos', '__curPos'],
    ['let { body = 1; }.body', '(select (let {body=1;}) body)'],
  ])('%s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });
});

describe('string values', () => {
  const value = (text: string): string | undefined => {
    const e = parse(text);
    if (e.kind !== 'String') throw new Error(`not a string: ${e.kind}`);
    return literalString(e);
  };
  test.each([
    [String.raw`"a\nb\tc\rd\qe"`, 'a\nb\tc\rdqe'],
    ['"a$${b}"', 'a$${b}'],
    ['"$"', '$'],
    ['"a$"', 'a$'],
    [String.raw`"\${x}"`, '${x}'],
    ['"line1\r\nline2\rline3"', 'line1\nline2\nline3'],
    ["''\n  a\n    b\n  ''", 'a\n  b\n'],
    ["''  a\n  b''", 'a\nb'],
    ["''\n  a\n\n  b\n''", 'a\n\nb\n'],
    ["''a'''b''", "a''b"],
    ["''a''$b''", 'a$b'],
    ["''a''\\nb''", 'a\nb'],
    ["''$${x}''", '$${x}'],
    ["''\n    x\n  y\n''", '  x\ny\n'],
    ["''\n\t a\n''", '\t a\n'],
    ["''''", ''],
    ["''\n  ''", ''],
    ["''  \n  a''", 'a'],
    ["''a '$ b''", "a '$ b"],
    ["''\n  ''\\ b\n  c\n''", ' b\nc\n'],
    ["''\n  a\n  ''", 'a\n'],
    ["''\n  a\n  b''", 'a\nb'],
  ])('%j', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test('a string is a constant for Nix only as a single piece', () => {
    const s = (text: string): Str => parse(text) as Str;
    expect(staticString(s('"a\\n"'))).toBe('a\n');
    expect(staticString(s('""'))).toBe('');
    expect(staticString(s("''''"))).toBe('');
    expect(staticString(s("''a''$b''"))).toBeUndefined();
    expect(literalString(s("''a''$b''"))).toBe('a$b');
    expect(staticString(s('"${"a"}"'))).toBeUndefined();
    expect(literalString(s('"a${"b"}"'))).toBeUndefined();
  });
});

describe('functions, sets and bindings', () => {
  test.each([
    ['{ a, b ? 1, ... }: a', '(lambda {a,b?1,...} a)'],
    ['{ a, }: a', '(lambda {a} a)'],
    ['{}: 1', '(lambda {} 1)'],
    ['{ ... }@args: args', '(lambda {...}@args args)'],
    ['args@{ a ? args }: a', '(lambda args@{a?args} a)'],
    ['x @ { } : x', '(lambda x@{} x)'],
    ['x: y: x', '(lambda x (lambda y x))'],
    ['{ a = 1; "b" = 2; ${"c"} = 3; a2.b.c = 4; }', '{a=1; "b"=2; "c"=3; a2.b.c=4;}'],
    ['rec { a = b; b = 1; }', 'rec{a=b; b=1;}'],
    ['{ inherit a; inherit (b) c d; }', '{inherit a; inherit (b) c d;}'],
    ['let a = 1; inherit (b) c; in a', '(let {a=1; inherit (b) c;} a)'],
    ['let in 1', '(let {} 1)'],
    ['with a; b', '(with a b)'],
    ['assert a; b', '(assert a b)'],
    ['if a then b else x: x', '(if a b (lambda x x))'],
    ['{ a = 1; } { }', '(app {a=1;} {})'],
    ['(x: x) 1', '(app (paren (lambda x x)) 1)'],
  ])('%s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });

  test('attribute names know when Nix sees them as constants', () => {
    const e = parse('{ a = 1; "b c" = 2; ${"d"} = 3; ${("e")} = 4; "f${"g"}" = 5; ${toString 1} = 6; }');
    if (e.kind !== 'AttrSet') throw new Error('expected a set');
    const names = e.bindings.map((b) => (b.kind === 'AttrBinding' ? (b.path[0]!.name ?? '<dynamic>') : ''));
    expect(names).toEqual(['a', 'b c', 'd', 'e', '<dynamic>', '<dynamic>']);
  });
});

describe('syntax errors: position and message as Nix 2.8 prints them', () => {
  test.each([
    ['', '1:1: syntax error, unexpected end of file'],
    ['(1 ', "1:3: syntax error, unexpected end of file, expecting ')'"],
    ['(1 # c', "1:4: syntax error, unexpected end of file, expecting ')'"],
    ['(1\n\n', "1:3: syntax error, unexpected end of file, expecting ')'"],
    ['"abc', `1:2: syntax error, unexpected end of file, expecting '"'`],
    ['"a\\', `1:3: syntax error, unexpected STR, expecting '"'`],
    ["''a", '1:3: syntax error, unexpected end of file, expecting IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE'],
    ["''a''\\", '1:6: syntax error, unexpected invalid token, expecting end of file'],
    ['[ -1 ]', "1:3: syntax error, unexpected '-'"],
    ['1 + if true then 1 else 2', '1:5: syntax error, unexpected IF'],
    ['1 < 2 < 3', "1:7: syntax error, unexpected '<'"],
    ['x: x == x == x', '1:11: syntax error, unexpected EQ'],
    ['{ a = 1 }', "1:9: syntax error, unexpected '}', expecting ';'"],
    ['{ a = 1; b }', "1:12: syntax error, unexpected '}', expecting '.' or '='"],
    ['{ a 1 }', "1:5: syntax error, unexpected INT, expecting '.' or '='"],
    ['{ a }', "1:5: syntax error, unexpected end of file, expecting ':' or '@'"],
    ['{ } )', "1:5: syntax error, unexpected ')', expecting ':' or '@'"],
    ['{ a = 1; } @ x', "1:12: syntax error, unexpected '@', expecting end of file"],
    ['{ ..., a }: a', "1:6: syntax error, unexpected ',', expecting '}'"],
    ['{ , a }: a', "1:3: syntax error, unexpected ','"],
    ['{ a }@{ b }: 1', "1:7: syntax error, unexpected '{', expecting ID"],
    ['x@{ a }@y: 1', "1:8: syntax error, unexpected '@', expecting ':'"],
    ['a@b: 1', "1:3: syntax error, unexpected ID, expecting '{'"],
    ['let a = 1 in a', "1:11: syntax error, unexpected IN, expecting ';'"],
    ['let a = 1; 2', '1:12: syntax error, unexpected INT'],
    ['if 1 then 2 ;', "1:13: syntax error, unexpected ';', expecting ELSE"],
    ['if 1 ;', "1:6: syntax error, unexpected ';', expecting THEN"],
    ['rec x', "1:5: syntax error, unexpected ID, expecting '{'"],
    ['x: x.', `1:5: syntax error, unexpected end of file, expecting ID or OR_KW or DOLLAR_CURLY or '"'`],
    ['x: x.a or;', "1:10: syntax error, unexpected ';'"],
    ['[ x: x ]', "1:4: syntax error, unexpected ':'"],
    ['{ inherit a.b; }', "1:12: syntax error, unexpected '.'"],
    ['/*x', "1:1: syntax error, unexpected '/'"],
    ['é', '1:1: syntax error, unexpected invalid token'],
    ['a/b//c', '1:1: syntax error, unexpected PATH_END, expecting DOLLAR_CURLY'],
    ['a/b//c )', '1:5: syntax error, unexpected PATH_END, expecting DOLLAR_CURLY'],
    ['(./a', "1:1: syntax error, unexpected end of file, expecting ')'"],
    ['[ ./a', '1:2: syntax error, unexpected end of file'],
    ['./a\n\n)', "3:1: syntax error, unexpected ')', expecting end of file"],
    ['./a/', '1:1: path has a trailing slash'],
    ['./a/ x', '1:5: path has a trailing slash'],
    ['./a${"b"}/', '1:10: path has a trailing slash'],
    ['9223372036854775808', "1:1: invalid integer '9223372036854775808'"],
    ['x: x 1.0e400', "1:6: invalid float '1.0e400'"],
  ])('%j', (text, expected) => {
    expect(failure(text)).toBe(expected);
  });

  test('the error is a UserError formatted FILE:LINE:COL: error: MESSAGE', () => {
    try {
      parse('{\n  a = 1\n}', { file: 'flake.nix' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).format()).toBe("flake.nix:3:1: error: syntax error, unexpected '}', expecting ';'");
    }
  });
});

describe('checks Nix makes while parsing', () => {
  test.each([
    ['{ a = 1; a = 2; }', "1:10: attribute 'a' already defined at f.nix:1:3"],
    ['{ a.b = 1; a.b = 2; }', "1:12: attribute 'a.b' already defined at f.nix:1:3"],
    ['{ a.b.c = 1; a.b = 2; }', "1:14: attribute 'a.b' already defined at f.nix:1:3"],
    ['{ "a" = 1; a = 2; }', "1:12: attribute 'a' already defined at f.nix:1:3"],
    ['{ ${"a"} = 1; a = 2; }', "1:15: attribute 'a' already defined at f.nix:1:3"],
    ['{ a = let {}; a.c = 2; }', "1:15: attribute 'a.c' already defined at f.nix:1:3"],
    ['{ a = { b.c = 1; }; a = { b.d = 1; }; }', "1:27: attribute 'b' already defined at f.nix:1:9"],
    ['{ a = { b.c = 1; }; a.b.c = 1; }', "1:21: attribute 'a.b.c' already defined at f.nix:1:9"],
    ['a: { inherit a; a.b = 1; }', "1:17: attribute 'a.b' already defined at f.nix:1:14"],
    ['a: { inherit a a; }', "1:16: attribute 'a' already defined at f.nix:1:14"],
    ['let a = 1; a = 2; in a', "1:12: attribute 'a' already defined at f.nix:1:5"],
    ['{ a, a }: a', "1:6: duplicate formal function argument 'a'"],
    ['a@{ a }: a', "1:1: duplicate formal function argument 'a'"],
    ['let ${toString 1} = 1; in 1', '1:1: dynamic attributes not allowed in let'],
    ['let ${"a${"b"}"} = 1; in 1', '1:1: dynamic attributes not allowed in let'],
    ["let ${''a''$b''} = 1; in 1", '1:1: dynamic attributes not allowed in let'],
    ['a: { inherit "${a}"; }', '1:14: dynamic attributes not allowed in inherit'],
    ['y', "1:1: undefined variable 'y'"],
    ['__fromTOML', "1:1: undefined variable '__fromTOML'"],
    ['with x; 1', "1:6: undefined variable 'x'"],
    ['let inherit a; in 1', "1:13: undefined variable 'a'"],
    ['{ a = x; b = [ y ]; c = z; }', "1:7: undefined variable 'x'"],
    ['f x y', "1:1: undefined variable 'f'"],
    ['{ inherit (a) b; a = {}; }', "1:12: undefined variable 'a'"],
    ['{ a.x = 1; a = rec { b = x; }; }', "1:26: undefined variable 'x'"],
    ['{ a, a }: )', "1:11: syntax error, unexpected ')'"],
    ['{ a = 1; a = 2; } )', "1:10: attribute 'a' already defined at f.nix:1:3"],
    ['let ${x} = 1; in )', "1:18: syntax error, unexpected ')'"],
  ])('%j', (text, expected) => {
    expect(failure(text)).toBe(expected);
  });

  test.each([
    '{ a.b = 1; a.c = 2; }',
    '{ a = {}; a.c = 2; }',
    '{ a = rec { b = x; }; a.x = 1; }',
    '{ a.c = 2; a = rec { b = 1; }; }',
    '{ a = { b = 1; }; a = { c = 1; }; }',
    '{ a = { b.c = 1; }; a.b.d = 1; }',
    '{ a = {}; a = { ${x} = 1; }; }',
    'rec { inherit (a) b; a = {}; }',
    'let inherit (a) b; a = {}; in b',
    'let a.${toString 1} = 1; in a',
    'let ${"a"} = 1; "b" = a; ${("c")} = b; in c',
    'with {}; with {}; anything',
    'x: with x; y',
    '{ a ? b, b ? a }: a',
    'let __curPos = 1; in __curPos',
    'builtins.foo (toString (import ./x.nix)) derivation fetchTarball placeholder scopedImport __getFlake',
    '{ or = 1; }.or',
  ])('accepted: %s', (text) => {
    expect(failure(text)).toBe('OK');
  });
});

describe('spans', () => {
  test('offsets, lines and columns (CR LF and lone CR break lines, as in Nix)', () => {
    const text = 'let\r\n  a = 1;\r  b = "x";\nin a';
    const e = parse(text);
    if (e.kind !== 'Let') throw new Error('expected let');
    const [a, b] = e.bindings;
    expect(a!.span).toEqual({ start: { offset: 7, line: 2, column: 3 }, end: { offset: 13, line: 2, column: 9 } });
    expect(b!.span.start).toEqual({ offset: 16, line: 3, column: 3 });
    expect(text.slice(b!.span.start.offset, b!.span.end.offset)).toBe('b = "x";');
    expect(e.body.span.start).toEqual({ offset: 28, line: 4, column: 4 });
    expect(e.span.end.offset).toBe(text.length);
  });

  test('comments are kept beside the tree, with spans', () => {
    const { comments } = parseFile('# one\n{ /* two */ a = 1; } # three');
    expect(comments.map((c) => [c.kind, c.text, c.span.start.line, c.span.start.column])).toEqual([
      ['line', '# one', 1, 1],
      ['block', '/* two */', 2, 3],
      ['line', '# three', 2, 22],
    ]);
  });

  test('every node span covers its children and re-parses to the same tree (generated programs)', () => {
    fc.assert(
      fc.property(program, (text) => {
        let root: Expr;
        try {
          root = parse(text);
        } catch (e) {
          if (e instanceof NixSyntaxError) return;
          throw e;
        }
        const visit = (e: Expr, parent?: Expr): void => {
          expect(e.span.start.offset).toBeLessThanOrEqual(e.span.end.offset);
          if (parent) {
            expect(e.span.start.offset).toBeGreaterThanOrEqual(parent.span.start.offset);
            expect(e.span.end.offset).toBeLessThanOrEqual(parent.span.end.offset);
          }
          const before = text.slice(0, e.span.start.offset).split(/\r\n|\r|\n/);
          expect(e.span.start.line).toBe(before.length);
          expect(e.span.start.column).toBe(before[before.length - 1]!.length + 1);
          if (e.kind === 'Paren' || e.kind === 'Apply' || e.kind === 'Select' || e.kind === 'Binary') {
            const own = text.slice(e.span.start.offset, e.span.end.offset);
            try {
              expect(show(parse(`with {}; (${own})`) as Expr)).toBe(`(with {} (paren ${show(e)}))`);
            } catch (err) {
              if (!(err instanceof NixSyntaxError)) throw err;
            }
          }
          for (const child of children(e)) visit(child, e);
        };
        visit(root);
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness', () => {
  test('any input either parses or fails with a NixSyntaxError, never another exception', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, program, fc.string({ maxLength: 40 })), (text) => {
        const outcome = (run: () => unknown): string => {
          try {
            run();
          } catch (e) {
            expect(e).toBeInstanceOf(NixSyntaxError);
            expect((e as NixSyntaxError).format()).toMatch(/^g\.nix:\d+:\d+: error: \S/);
            return (e as NixSyntaxError).format();
          }
          return 'OK';
        };
        // check() (no tree; what `flake-steward parse` runs) agrees with parse() on every input.
        expect(outcome(() => check(text, { file: 'g.nix' }))).toBe(outcome(() => parse(text, { file: 'g.nix' })));
      }),
      { numRuns: 1000 },
    );
  });

  test('deep nesting within reason parses; beyond it, a clear error instead of a crash', () => {
    const depth = 500;
    expect(tree('('.repeat(depth) + '1' + ')'.repeat(depth)).startsWith('(paren (paren')).toBe(true);
    expect(failure('('.repeat(50000) + '1' + ')'.repeat(50000))).toBe(
      '1:513: expression nested too deeply to parse (more than 512 levels)',
    );
  });

  test('long operator chains (left- and right-associative) parse without nesting calls', () => {
    const n = 30000;
    const sum = parse(Array.from({ length: n }, () => '1').join(' + '));
    const concat = parse(Array.from({ length: n }, () => '[ 1 ]').join(' ++ '), { file: 'c.nix' });
    expect(sum.kind === 'Binary' && sum.op === '+' && sum.right.kind === 'Int').toBe(true);
    expect(concat.kind === 'Binary' && concat.op === '++' && concat.left.kind === 'List').toBe(true);
  });
});

function children(e: Expr): Expr[] {
  const out: Expr[] = [];
  const parts = (ps: readonly { kind: string; expr?: Expr }[]): void => {
    for (const p of ps) if (p.kind === 'Interpolation' && p.expr) out.push(p.expr);
  };
  switch (e.kind) {
    case 'String':
    case 'Path':
      parts(e.parts);
      break;
    case 'Paren':
    case 'Unary':
      out.push(e.expr);
      break;
    case 'AttrSet':
    case 'LegacyLet':
    case 'Let':
      for (const b of e.bindings) {
        if (b.kind === 'AttrBinding') out.push(b.value);
        else if (b.from) out.push(b.from);
      }
      if (e.kind === 'Let') out.push(e.body);
      break;
    case 'List':
      out.push(...e.elements);
      break;
    case 'Lambda':
      for (const f of e.formals?.entries ?? []) if (f.default) out.push(f.default);
      out.push(e.body);
      break;
    case 'Apply':
      out.push(e.fn, e.arg);
      break;
    case 'Select':
      out.push(e.expr);
      if (e.default) out.push(e.default);
      break;
    case 'HasAttr':
      out.push(e.expr);
      break;
    case 'Binary':
      out.push(e.left, e.right);
      break;
    case 'If':
      out.push(e.cond, e.then, e.else);
      break;
    case 'Assert':
      out.push(e.cond, e.body);
      break;
    case 'With':
      out.push(e.env, e.body);
      break;
    default:
      break;
  }
  return out;
}
