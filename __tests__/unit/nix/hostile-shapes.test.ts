/**
 * Hostile shapes (issue 9, item 4): runs of characters the lexer used to rescan from every token (quadratic: 100,000
 * `-` took 28 s to be refused, `a.b.c…` 100,000 names long over two minutes to parse), and deep nesting, which
 * must end in one NixSyntaxError line naming the file and position, the same at every call (a fixed limit, not
 * wherever the call stack happens to run out). Verdicts below are Nix 2.8's (`nix-instantiate --parse`) where Nix
 * answers the same; Nix's own limit is 10,000 entries of its parser stack, 2,496 to 9,995 levels depending on the
 * construct, and ours is 512 levels (see MAX_DEPTH in src/nix/parser.ts). No timings are asserted here: the sizes
 * are ones the old code took seconds to minutes on (`npm run bench -- hostile` measures them).
 */
import { describe, expect, test } from '@jest/globals';
import { check, parse, NixSyntaxError } from '../../../src/nix/index.js';

/** The one-line error of parse() for `text`, or `OK`; check() (what the CLI runs) must say the same. */
function outcome(text: string): string {
  const run = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof NixSyntaxError)) throw e;
      return e.format();
    }
    return 'OK';
  };
  const parsed = run(() => parse(text, { file: 'f.nix' }));
  expect(run(() => check(text, { file: 'f.nix' }))).toBe(parsed);
  expect(parsed).not.toContain('\n');
  return parsed;
}

const TOO_DEEP = 'expression nested too deeply to parse (more than 512 levels)';

describe('long runs of path characters are lexed in linear time', () => {
  test("100,000 unary minuses: refused at the 513th level, at its position (Nix: 'memory exhausted')", () => {
    expect(outcome('-'.repeat(100_000) + '1')).toBe(`f.nix:1:513: error: ${TOO_DEEP}`);
  });

  test('an attribute path 100,000 names long parses (Nix 2.8 takes ten minutes on it)', () => {
    const e = parse('x: x' + '.a'.repeat(100_000), { file: 'f.nix' });
    expect(e.kind === 'Lambda' && e.body.kind === 'Select' && e.body.path.length).toBe(100_000);
  });

  test('runs that end in `:` or `/` without forming a URI or a path', () => {
    // Every identifier in the run looks ahead for a URI scheme or a path; Nix: the same errors at the same column.
    expect(outcome('a+'.repeat(50_000) + ': ')).toBe("f.nix:1:100001: error: syntax error, unexpected ':'");
    expect(outcome('a+'.repeat(50_000) + '/ ')).toBe("f.nix:1:100001: error: syntax error, unexpected '/'");
  });

  test('unclosed block comments are searched for their end once', () => {
    expect(outcome('/* '.repeat(50_000))).toBe("f.nix:1:1: error: syntax error, unexpected '/'");
  });

  test('an 8-million-digit integer is refused without converting it; leading zeros still count for nothing', () => {
    const big = outcome('9'.repeat(8_000_000));
    expect(big.startsWith("f.nix:1:1: error: invalid integer '9999")).toBe(true);
    expect(outcome('9223372036854775808')).toBe("f.nix:1:1: error: invalid integer '9223372036854775808'");
    const e = parse('0'.repeat(1_000_000) + '9223372036854775807');
    expect(e.kind === 'Int' && e.value).toBe(9223372036854775807n);
  });
});

describe('nesting: a fixed limit, one line at the expression one level too deep', () => {
  // [shape, text nested n levels, levels the limit counts per nesting of the shape]
  const shapes: [string, (n: number) => string, number][] = [
    ['unary minus', (n) => '-'.repeat(n) + '1', 1],
    ['negation', (n) => '!'.repeat(n) + 'true', 1],
    ['parentheses', (n) => '('.repeat(n) + '1' + ')'.repeat(n), 1],
    ['lists', (n) => '['.repeat(n) + ']'.repeat(n), 1],
    ['attribute sets', (n) => '{a='.repeat(n) + '1' + ';}'.repeat(n), 2],
    ['lambdas', (n) => 'x: '.repeat(n) + 'x', 1],
    ['let … in', (n) => 'let a = '.repeat(n) + '1' + '; in a'.repeat(n), 2],
    ['legacy let', (n) => 'let { body = '.repeat(n) + '1' + '; }'.repeat(n), 2],
    ['interpolations', (n) => '"${'.repeat(n) + '1' + '}"'.repeat(n), 2],
    ['indented-string interpolations', (n) => "''${".repeat(n) + '1' + "}''".repeat(n), 2],
    ['interpolated attribute names', (n) => '{ "${'.repeat(n) + '"x"' + '}" = 1; }'.repeat(n), 3],
    ['path interpolations', (n) => './a/${'.repeat(n) + '"b"' + '}'.repeat(n), 2],
    ['if … then', (n) => 'if true then '.repeat(n) + '1' + ' else 2'.repeat(n), 1],
    ['else if', (n) => 'if true then 1 else '.repeat(n) + '2', 1],
    ['with', (n) => 'with builtins; '.repeat(n) + '1', 1],
    ['assert', (n) => 'assert true; '.repeat(n) + '1', 1],
    ['`or` defaults', (n) => '{}.a or '.repeat(n) + '1', 1],
    ['formal defaults', (n) => '{ a ? '.repeat(n) + '1' + ' }: a'.repeat(n), 1],
    ['inherit (…)', (n) => '{ inherit ('.repeat(n) + 'builtins' + ') a; }'.repeat(n), 2],
  ];

  test.each(shapes)('%s: parses up to the limit, is refused past it, and 100,000 deep is one line', (_, text, per) => {
    // The whole file is one level; each nesting adds `per`.
    const fits = Math.floor((512 - 1) / per);
    expect(outcome(text(fits))).toBe('OK');
    expect(outcome(text(fits + 1))).toMatch(/^f\.nix:1:\d+: error: expression nested too deeply to parse \(more/);
    expect(outcome(text(100_000))).toBe(outcome(text(fits + 1)));
  });

  test('operator chains, applications and attribute paths are no nesting', () => {
    const n = 100_000;
    expect(outcome(Array.from({ length: n }, () => '1').join(' - '))).toBe('OK');
    expect(outcome(Array.from({ length: n }, () => '[ ]').join(' ++ '))).toBe('OK');
    expect(outcome('(x: x)' + ' 1'.repeat(n))).toBe('OK');
    // The variable check walks these deep trees too (with an explicit stack past a depth).
    expect(outcome('1' + ' + 1'.repeat(n) + ' + y')).toBe(`f.nix:1:${4 * n + 5}: error: undefined variable 'y'`);
    expect(outcome('f' + ' 1'.repeat(n))).toBe("f.nix:1:1: error: undefined variable 'f'");
  });

  test('a binding path 100,000 names long is no nesting either (its nested sets are walked without recursion)', () => {
    const path = 'a' + '.a'.repeat(100_000);
    expect(outcome(`{ ${path} = 1; }`)).toBe('OK');
    // Nix 2.8: "undefined variable 'x'" at the same column (it takes 34 s for a fifth of this length).
    expect(outcome(`{ ${path} = x; }`)).toBe(`f.nix:1:${path.length + 6}: error: undefined variable 'x'`);
  });
});

describe('variables inside 500 nested scopes are looked up once per name (main: 2-4 s for these)', () => {
  const uses = 'y '.repeat(100_000);
  test.each([
    ['lambdas', 'x: '.repeat(500)],
    ['lets', 'let a = 1; in '.repeat(500)],
  ])('%s around 100,000 uses of an undefined variable', (_, scopes) => {
    expect(outcome(scopes + uses)).toBe(`f.nix:1:${scopes.length + 1}: error: undefined variable 'y'`);
  });

  test('100,000 uses of names bound far out, then one undefined', () => {
    const lambdas = Array.from({ length: 500 }, (_, i) => `x${i}: `).join('');
    const body = Array.from({ length: 100_000 }, (_, i) => `x${i % 500}`).join(' ');
    expect(outcome(`${lambdas}${body} z`)).toBe(
      `f.nix:1:${lambdas.length + body.length + 2}: error: undefined variable 'z'`,
    );
    expect(outcome(`${lambdas}${body}`)).toBe('OK');
  });
});

describe('a duplicate attribute is named as Nix names it, so a name never breaks the message line', () => {
  // Nix 2.8's messages for these files, verbatim (apart from the file name).
  test.each([
    ['{ "a\nb" = 1; "a\nb" = 2; }', `f.nix:2:9: error: attribute '"a\\nb"' already defined at f.nix:1:3`],
    ['{ "a\\nb" = 1; "a\\nb" = 2; }', `f.nix:1:15: error: attribute '"a\\nb"' already defined at f.nix:1:3`],
    [
      '{ "a\\tb\\rc" = 1; "a\\tb\\rc" = 2; }',
      `f.nix:1:18: error: attribute '"a\\tb\\rc"' already defined at f.nix:1:3`,
    ],
    ['{ "a b" = 1; "a b" = 2; }', `f.nix:1:14: error: attribute '"a b"' already defined at f.nix:1:3`],
    ['{ "if" = 1; "if" = 2; }', `f.nix:1:13: error: attribute '"if"' already defined at f.nix:1:3`],
    ['{ "then" = 1; "then" = 2; }', `f.nix:1:15: error: attribute 'then' already defined at f.nix:1:3`],
    ['{ "a\\"b" = 1; "a\\"b" = 2; }', `f.nix:1:15: error: attribute '"a\\"b"' already defined at f.nix:1:3`],
    ['{ "a\\\\b" = 1; "a\\\\b" = 2; }', `f.nix:1:15: error: attribute '"a\\\\b"' already defined at f.nix:1:3`],
    ['{ "a$b" = 1; "a$b" = 2; }', `f.nix:1:14: error: attribute '"a\\$b"' already defined at f.nix:1:3`],
    ['{ "é" = 1; "é" = 2; }', `f.nix:1:12: error: attribute '"é"' already defined at f.nix:1:3`],
    ['{ "A-1\'" = 1; "A-1\'" = 2; }', `f.nix:1:15: error: attribute 'A-1'' already defined at f.nix:1:3`],
    ['{ "" = 1; "" = 2; }', `f.nix:1:11: error: attribute '""' already defined at f.nix:1:3`],
    ['{ a."x y" = 1; a."x y" = 2; }', `f.nix:1:16: error: attribute 'a."x y"' already defined at f.nix:1:3`],
    [
      '{ a = { "b c" = 1; }; a = { "b c" = 2; }; }',
      `f.nix:1:29: error: attribute '"b c"' already defined at f.nix:1:9`,
    ],
  ])('%j', (text, message) => {
    expect(outcome(text)).toBe(message);
  });
});
