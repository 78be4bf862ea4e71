/**
 * Random Nix programs shaped by the grammar (fast-check arbitraries producing source text). The pieces are put
 * together without regard to precedence, so most programs are valid but some are not (`1 + x: x`), and
 * `mutated` breaks programs on purpose: the differential tests let real Nix decide which is which.
 */
import fc from 'fast-check';

const idents = ['a', 'b', 'c', 'x', 'y', 'or', 'foo-bar', "p'", '_z', 'true', 'null', 'builtins', 'toString'];
const keywordsAsNames = ['if', 'then', 'in', 'rec', 'let', 'with', 'inherit', 'assert', 'else'];

const ws = fc.constantFrom(' ', ' ', ' ', '\n', '\t', '  ', '\r\n', ' # note\n', ' /* c */ ', '/**/', '\n\n');
const sep = (...parts: string[]): fc.Arbitrary<string> =>
  fc.array(ws, { minLength: parts.length + 1, maxLength: parts.length + 1 }).map((w) => {
    let out = '';
    parts.forEach((p, i) => (out += w[i] + p));
    return out + w[parts.length];
  });

const int = fc.oneof(
  fc.nat({ max: 1000 }).map(String),
  fc.constantFrom('0', '007', '9223372036854775807', '9223372036854775808', '1e5', '00.5'),
);
const float = fc.constantFrom('1.5', '.5', '1.', '0.25', '2.5e3', '1.E-2', '1.0e400', '1.0e-400', '3.14e-7');
const strChunk = fc.constantFrom(
  'abc',
  ' ',
  '\\n',
  '\\t',
  '\\"',
  '\\\\',
  '$',
  '$$',
  '$${x}',
  '\\${a}',
  "'",
  'é',
  'x y',
);
const indChunk = fc.constantFrom('abc', '\n', '\n  ', '  ', "''$", "'''", "''\\n", '$', "'", 'x$y', "'x", '\t', '\r\n');
const pathLit = fc.constantFrom('./a', './a/b.nix', '../x', 'a/b', '/abs/p', '~/h', './.', 'a/b/', './a-b+c_d.e');
const uri = fc.constantFrom('https://example.org/a?b=c', 'github:NixOS/nixpkgs', 'x:y', 'mailto:a@b');
const binop = fc.constantFrom('+', '-', '*', '/', '++', '//', '==', '!=', '<', '<=', '>', '>=', '&&', '||', '->', '?');

export interface GrammarOptions {
  /**
   * Only what Nix can print back and parse again (`nix-instantiate --parse` output): no attribute names that
   * need quotes, no interpolated paths (Nix prints them with a trailing slash it would refuse), no `assert`.
   */
  readonly reparseable?: boolean;
}

interface Tie {
  expr: string;
  simple: string;
  binds: string;
  attrpath: string;
}

const grammar = (options: GrammarOptions) =>
  fc.letrec<Tie>((tie) => {
    const expr = tie('expr') as fc.Arbitrary<string>;
    const simple = tie('simple') as fc.Arbitrary<string>;
    const binds = tie('binds') as fc.Arbitrary<string>;
    const attrpath = tie('attrpath') as fc.Arbitrary<string>;
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...idents) },
      { weight: 1, arbitrary: fc.constantFrom(...keywordsAsNames) },
    );
    const attrName = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'c', 'x', 'or', 'url', 'inputs') },
      {
        weight: 1,
        arbitrary: options.reparseable
          ? fc.constantFrom('"a"', '${"a"}', '${x}', '"${x}"', "${''b''}", '"c${x}"')
          : fc.constantFrom('"a"', '"a b"', '""', '${"a"}', '${x}', '"${x}"', "${''b''}"),
      },
    );
    const str = fc
      .array(fc.oneof({ weight: 4, arbitrary: strChunk }, { weight: 1, arbitrary: expr.map((e) => `\${${e}}`) }), {
        maxLength: 4,
      })
      .map((cs) => `"${cs.join('')}"`);
    const indStr = fc
      .array(fc.oneof({ weight: 4, arbitrary: indChunk }, { weight: 1, arbitrary: expr.map((e) => `\${${e}}`) }), {
        maxLength: 5,
      })
      .map((cs) => `''${cs.join('')}''`);
    const path = options.reparseable
      ? pathLit
      : fc.oneof(
          { weight: 3, arbitrary: pathLit },
          { weight: 1, arbitrary: fc.tuple(pathLit, expr).map(([p, e]) => `${p}\${${e}}`) },
          { weight: 1, arbitrary: expr.map((e) => `./dir/\${${e}}.nix`) },
        );
    const formals = fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'x', 'y', 'z'), fc.option(expr, { nil: undefined })), {
          maxLength: 3,
        }),
        fc.boolean(),
      )
      .map(([fs, dots]) => {
        const items = fs.map(([n, d]) => (d === undefined ? n : `${n} ? ${d}`));
        if (dots) items.push('...');
        return `{ ${items.join(', ')} }`;
      });
    return {
      attrpath: fc.array(attrName, { minLength: 1, maxLength: 3 }).map((p) => p.join('.')),
      binds: fc
        .array(
          fc.oneof(
            { weight: 5, arbitrary: fc.tuple(attrpath, expr).chain(([p, e]) => sep(p, '=', e, ';')) },
            {
              weight: 1,
              arbitrary: fc
                .array(fc.constantFrom('a', 'b', 'x', '"c"', 'or'), { minLength: 1, maxLength: 2 })
                .map((ns) => `inherit ${ns.join(' ')};`),
            },
            { weight: 1, arbitrary: simple.map((s) => `inherit (${s}) q r;`) },
          ),
          { maxLength: 3 },
        )
        .map((bs) => bs.join(' ')),
      simple: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        name,
        int,
        float,
        str,
        indStr,
        path,
        uri,
        fc.constant('<nixpkgs/lib>'),
        fc.constant('__curPos'),
        expr.map((e) => `(${e})`),
        binds.map((b) => `{ ${b} }`),
        binds.map((b) => `rec { ${b} }`),
        binds.map((b) => `let { ${b} body = 1; }`),
        fc.array(simple, { maxLength: 3 }).map((xs) => `[ ${xs.join(' ')} ]`),
        fc.tuple(simple, attrpath).map(([s, p]) => `${s}.${p}`),
        fc.tuple(simple, attrpath, simple).chain(([s, p, d]) => sep(`${s}.${p}`, 'or', d)),
      ),
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        { weight: 6, arbitrary: simple },
        { weight: 2, arbitrary: fc.tuple(simple, simple).map(([f, a]) => `${f} ${a}`) },
        { weight: 3, arbitrary: fc.tuple(expr, binop, expr).chain(([l, o, r]) => sep(l, o, r)) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', '!'), simple).map(([o, s]) => `${o}${s}`) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'y'), expr).chain(([p, b]) => sep(`${p}:`, b)) },
        { weight: 1, arbitrary: fc.tuple(formals, expr).chain(([f, b]) => sep(`${f}:`, b)) },
        { weight: 1, arbitrary: fc.tuple(formals, expr).chain(([f, b]) => sep(`args@${f}:`, b)) },
        { weight: 1, arbitrary: fc.tuple(binds, expr).chain(([bs, b]) => sep('let', bs, 'in', b)) },
        { weight: 1, arbitrary: fc.tuple(expr, expr, expr).chain(([c, t, e]) => sep('if', c, 'then', t, 'else', e)) },
        // Nix prints `assert c; b` without parentheses, so its printout of an assert inside a call does not parse back.
        ...(options.reparseable
          ? []
          : [{ weight: 1, arbitrary: fc.tuple(expr, expr).chain(([c, b]) => sep('assert', c, ';', b)) }]),
        { weight: 1, arbitrary: fc.tuple(expr, expr).chain(([c, b]) => sep('with', c, ';', b)) },
      ),
    };
  });

const wrap = (e: string): string => `let a = 1; b = { c = 2; }; c = [ ]; in ${e}`;

/** A program: bound names `a b c` around a generated expression (other names may be undefined on purpose). */
export const program: fc.Arbitrary<string> = grammar({}).expr.map(wrap);

/** Programs whose `nix-instantiate --parse` output parses again (see GrammarOptions). */
export const reparseableProgram: fc.Arbitrary<string> = grammar({ reparseable: true }).expr.map(wrap);

/** A generated program with one random edit (delete, insert, duplicate or swap characters). */
export const mutated: fc.Arbitrary<string> = fc
  .tuple(
    program,
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'duplicate', 'swap'),
    fc.constantFrom(...'{}()[];:.,=@?"\'$\\/#*-+!<>|&~ \nabc1'.split('')),
  )
  .map(([p, at, op, ch]) => {
    const i = at % (p.length + 1);
    switch (op) {
      case 'delete':
        return p.slice(0, i) + p.slice(i + 1);
      case 'insert':
        return p.slice(0, i) + ch + p.slice(i);
      case 'duplicate':
        return p.slice(0, i) + p.slice(i, i + 3) + p.slice(i);
      default:
        return p.slice(0, i) + p.slice(i + 1, i + 2) + p.slice(i, i + 1) + p.slice(i + 2);
    }
  });

/** A string literal (`"…"` or `''…''`) without interpolation, for comparing values with Nix's. */
export const stringLiteral: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.constantFrom('abc', ' ', '\\n', '\\t', '\\r', '\\"', '\\\\', '$', '$$', '\\${a}', "'", 'é', '\r\n', '\\q'),
      {
        maxLength: 6,
      },
    )
    .map((cs) => `"${cs.join('')}"`),
  fc
    .array(
      fc.oneof(
        indChunk.filter((c) => c !== "'" && c !== "'x"),
        fc.constantFrom('  ', '\n', '    x', ' \n  y', '\t'),
      ),
      { maxLength: 8 },
    )
    .map((cs) => `''${cs.join('')}''`),
);

/** Token soup: short random sequences of Nix's characters and keywords (almost all invalid), for the lexer's corners. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      ...'{}()[];:.,=@?"\'$\\/#*-+!<>|&~ \n\r\tabxy1029.e_'.split(''),
      "''",
      '${',
      '/*',
      '*/',
      'let ',
      ' in ',
      'rec',
      'or',
      'inherit ',
      'if ',
      ' then ',
      ' else ',
      './',
      '~/',
      '<a>',
      'x:',
      'http://a.b/c',
      '"a"',
      '1.5',
      '9223372036854775808',
      '1.0e400',
      '__curPos',
      'with ',
      'assert ',
    ),
    { maxLength: 25 },
  )
  .map((a) => a.join(''));
