/**
 * Mutated flake.nix texts: a real seed broken in one to four steps (bytes inserted, slices deleted or duplicated,
 * tokens of the Nix grammar dropped in, deep nesting, control characters, huge strings, inputs with hostile names).
 * Each case remembers its seed and steps, which is what a failing property prints (not megabytes of text).
 */
import fc from 'fast-check';
import { anyText, ESCAPES, INJECTIONS, ODD_CHARS, controlChar, hostileName, nixStringBody } from './hostile.js';
import type { NixSeed } from './seeds.js';

export interface MutationSizes {
  /** Largest nesting depth a step may write (deeper than the parser's 512-level limit either way). */
  readonly maxDepth: number;
  /** Largest string a step may insert, in characters. */
  readonly maxString: number;
}

/** CI-sized: every shape, at sizes that keep a property run to a second or two. */
export const SMALL: MutationSizes = { maxDepth: 20_000, maxString: 200_000 };
/** `npm run fuzz`: the sizes of the issue's report. */
export const LARGE: MutationSizes = { maxDepth: 100_000, maxString: 1_000_000 };

export class NixCase {
  constructor(
    readonly seed: string,
    readonly steps: readonly string[],
    readonly text: string,
    readonly lock: string | undefined,
  ) {}

  [fc.toStringMethod](): string {
    const text = this.text.length <= 400 ? JSON.stringify(this.text) : `${this.text.length} characters`;
    return `NixCase(${this.seed}; ${this.steps.join('; ')}; ${text})`;
  }
}

interface Step {
  readonly what: string;
  readonly apply: (text: string) => string;
}

const at = (n: number, text: string): number => n % (text.length + 1);

/** Tokens of Nix's grammar, and things that look like them. */
const TOKENS: readonly string[] = [
  ...'if then else assert with let in rec inherit or'.split(' '),
  ...'{ } ( ) [ ] ; : , . .. ... @ ? = + - * / < > ! " \' \\ $ # ~ & | %'.split(' '),
  ..."== != <= >= && || -> // ++ |> <| ${ '' ''' ''$ ''\\ /* */ # //* */".split(' '),
  ...'inputs outputs url follows flake type owner repo ref rev dir narHash self nixpkgs description'.split(' '),
  ...['"github:NixOS/nixpkgs"', '"git+file:///x?ref=main"', '"path:./sub"', '"nixpkgs/nixos-24.05"', '""'],
  ...['<nixpkgs>', './a', '~/x', '/abs/p', 'https://example.org/x', 'x:y', 'a/b/', './${x}', '~'],
  ...['0', '007', '1.5', '.5', '1e5', '9223372036854775808', '1.0e400', '__curPos', 'builtins', 'true', 'null'],
  ...['inputs.x.url = "github:a/b";', 'inputs.x.follows = "";', 'inputs = { };', 'outputs = _: { };'],
];

/** Openings and closings of every construct that nests. */
const NESTS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['{a=', ';}'],
  ['{ inputs.a.inputs.b = ', '; }'],
  ['rec {a=', ';}'],
  ['-', ''],
  ['!', ''],
  ['"${', '}"'],
  ["''${", "}''"],
  ['let a = ', '; in a'],
  ['x: ', ''],
  ['{ a ? ', ' }: a'],
  ['if true then ', ' else 1'],
  ['with {}; ', ''],
  ['{}.a or ', ''],
  ['a.', ''],
  ['inputs.', ''],
  ['/* ', ''],
];

const DEPTHS = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom(...[255, 256, 511, 512, 513, 1_000, 2_500, 5_000, 10_000, 20_000, 100_000].filter((d) => d <= max)),
  );

function steps(sizes: MutationSizes): fc.Arbitrary<Step> {
  const pos = fc.nat();
  return fc.oneof(
    fc.tuple(pos, anyText(1, 8)).map(([p, s]) => ({
      what: `insert ${JSON.stringify(s)} at ${p}`,
      apply: (t: string) => t.slice(0, at(p, t)) + s + t.slice(at(p, t)),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 200 })).map(([p, n]) => ({
      what: `delete ${n} at ${p}`,
      apply: (t: string) => t.slice(0, at(p, t)) + t.slice(at(p, t) + n),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 300 }), pos, fc.integer({ min: 1, max: 50 })).map(([p, n, q, r]) => ({
      what: `copy ${n} from ${p} to ${q} ×${r}`,
      apply: (t: string) => {
        const slice = t.slice(at(p, t), at(p, t) + n);
        return t.slice(0, at(q, t)) + slice.repeat(r) + t.slice(at(q, t));
      },
    })),
    fc.tuple(pos, fc.constantFrom(...TOKENS), fc.constantFrom('', ' ')).map(([p, tok, sp]) => ({
      what: `token ${JSON.stringify(tok)} at ${p}`,
      apply: (t: string) => t.slice(0, at(p, t)) + sp + tok + sp + t.slice(at(p, t)),
    })),
    fc.tuple(pos, fc.nat(), fc.constantFrom(...NESTS), DEPTHS(sizes.maxDepth)).map(([p, q, [open, close], d]) => ({
      what: `nest ${JSON.stringify(open)} ×${d} at ${p}`,
      apply: (t: string) => {
        const a = at(p, t);
        const b = a + (q % (t.length - a + 1));
        return t.slice(0, a) + open.repeat(d) + t.slice(a, b) + close.repeat(d) + t.slice(b);
      },
    })),
    fc
      .tuple(pos, fc.oneof(fc.constantFrom(...INJECTIONS, ...ESCAPES, ...ODD_CHARS), controlChar), fc.boolean())
      .map(([p, s, inString]) => ({
        what: `control ${JSON.stringify(s)} at ${p}${inString ? ' in a string' : ''}`,
        apply: (t: string) => {
          // In a string: right after the next `"` from the position (inside a string literal more often than not).
          let a = at(p, t);
          if (inString) {
            const q = t.indexOf('"', a);
            if (q >= 0) a = q + 1;
          }
          return t.slice(0, a) + s + t.slice(a);
        },
      })),
    fc
      .tuple(pos, fc.integer({ min: 1_000, max: sizes.maxString }), fc.constantFrom('x', 'é', '\\n', '${', "'", ' '))
      .map(([p, n, unit]) => ({
        what: `string of ${n} ${JSON.stringify(unit)} at ${p}`,
        apply: (t: string) => {
          const q = t.indexOf('"', at(p, t));
          const a = q >= 0 ? q + 1 : at(p, t);
          return t.slice(0, a) + unit.repeat(Math.ceil(n / unit.length)) + t.slice(a);
        },
      })),
    fc
      .tuple(hostileName, fc.constantFrom('url', 'follows', 'override', 'block'), hostileName)
      .map(([name, form, other]) => ({
        what: `input ${JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name)} (${form})`,
        apply: (t: string) => {
          const n = nixStringBody(name);
          const o = nixStringBody(other);
          const binding =
            form === 'url'
              ? `inputs."${n}".url = "github:fork/${o}";`
              : form === 'follows'
                ? `inputs."${n}".follows = "${o}";`
                : form === 'override'
                  ? `inputs.nixpkgs.inputs."${n}".follows = "${o}";`
                  : `inputs = { "${n}" = { url = "github:a/b"; inputs."${o}".follows = "${n}"; }; };`;
          // Into the top-level set when there is one (after its `{`), else at the start.
          const brace = t.indexOf('{');
          const a = brace >= 0 ? brace + 1 : 0;
          return `${t.slice(0, a)} ${binding} ${t.slice(a)}`;
        },
      })),
    pos.map((p) => ({ what: `truncate at ${p}`, apply: (t: string) => t.slice(0, at(p, t)) })),
  );
}

/** A mutated flake.nix (and its seed's lock, when it has one). */
export function mutatedNix(seeds: readonly NixSeed[], sizes: MutationSizes = SMALL): fc.Arbitrary<NixCase> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(steps(sizes), { minLength: 1, maxLength: 4 }))
    .map(([seed, ss]) => {
      let text = seed.text;
      for (const s of ss) text = s.apply(text);
      return new NixCase(
        seed.name,
        ss.map((s) => s.what),
        text,
        seed.lock,
      );
    });
}
