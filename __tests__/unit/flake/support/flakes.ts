/**
 * Random flakes: a model of declared inputs (names, url/follows/flake, overrides to any depth), written out in a
 * random mix of the syntaxes Nix accepts (an `inputs` block, dotted paths, nested blocks, split definitions that
 * Nix merges), with comments and whitespace between tokens. The model says what must be read back.
 */
import fc from 'fast-check';

export interface ModelInput {
  readonly name: string;
  readonly url?: string;
  readonly flake?: boolean;
  readonly follows?: string;
  readonly inputs: readonly ModelInput[];
}

const NAMES = ['nixpkgs', 'home-manager', 'utils', 'flake-compat', 'a', "b'", 'x_y', 'systems', 'crane', 'n2'];
const URLS = [
  'github:NixOS/nixpkgs/nixos-24.05',
  'git+https://example.org/r.git?ref=main&shallow=1',
  'gitlab:o/r?dir=sub',
  'nixpkgs/nixos-unstable',
  'path:/srv/f',
  'https://example.org/x.tar.gz',
  'sourcehut:~o/r',
];
const FOLLOWS = ['', 'nixpkgs', 'a/nixpkgs', 'home-manager/utils/systems'];

const uniqueInputs = (depth: number): fc.Arbitrary<ModelInput[]> =>
  fc.uniqueArray(input(depth), {
    minLength: depth === 0 ? 1 : 0,
    maxLength: depth === 0 ? 5 : 2,
    selector: (i) => i.name,
  });

function input(depth: number): fc.Arbitrary<ModelInput> {
  const nested = depth < 3 ? uniqueInputs(depth + 1) : fc.constant([] as ModelInput[]);
  return fc
    .record({
      name: fc.constantFrom(...NAMES),
      url: fc.option(fc.constantFrom(...URLS), { nil: undefined }),
      flake: fc.option(fc.boolean(), { nil: undefined }),
      follows: fc.option(fc.constantFrom(...FOLLOWS), { nil: undefined }),
      inputs: nested,
    })
    .filter((i) => i.url !== undefined || i.follows !== undefined || i.flake !== undefined || i.inputs.length > 0)
    .map((i) => {
      const out: { -readonly [K in keyof ModelInput]: ModelInput[K] } = { name: i.name, inputs: i.inputs };
      if (i.url !== undefined) out.url = i.url;
      if (i.flake !== undefined) out.flake = i.flake;
      if (i.follows !== undefined) out.follows = i.follows;
      return out;
    });
}

const quote = (s: string): string => JSON.stringify(s).replace(/\$\{/g, '\\${');
const key = (name: string): string => (/^[a-zA-Z_][a-zA-Z0-9_'-]*$/.test(name) ? name : quote(name));

/** Writes the model; `choices` is a stream of random bits deciding each syntax choice. */
function render(inputs: readonly ModelInput[], choices: () => number): string {
  const gap = (): string => [' ', '\n  ', ' # c\n ', ' /* c */ '][choices() % 4]!;
  const attrLines = (i: ModelInput, prefix: string): string[] => {
    const lines: string[] = [];
    if (i.url !== undefined) lines.push(`${prefix}url =${gap()}${quote(i.url)};`);
    if (i.flake !== undefined) lines.push(`${prefix}flake = ${i.flake};`);
    if (i.follows !== undefined) lines.push(`${prefix}follows = ${quote(i.follows)};`);
    lines.push(...setLines(i.inputs, `${prefix}inputs.`, `${prefix}inputs`));
    return lines;
  };
  // One input: dotted lines under `prefix`, or `name = { … };`, or split into both.
  const inputLines = (i: ModelInput, prefix: string): string[] => {
    const p = `${prefix}${key(i.name)}`;
    switch (choices() % 3) {
      case 0:
        return attrLines(i, `${p}.`);
      case 1:
        return [`${p} = {${gap()}${attrLines(i, '').join(gap())}${gap()}};`];
      default: {
        // Split between dotted lines and a block, but never one first name on both sides: Nix merges the two
        // sets one level deep only, so `p.inputs.a…` and `p = { inputs.b…; }` would define `inputs` twice.
        const lines = attrLines(i, '');
        const first = (l: string): string => l.split(/[.\s=]/)[0]!;
        const cuts = [
          0,
          ...lines.map((_, k) => k + 1).filter((k) => k === lines.length || first(lines[k - 1]!) !== first(lines[k]!)),
        ];
        const cut = cuts[choices() % cuts.length]!;
        const out = lines.slice(0, cut).map((l) => `${p}.${l}`);
        if (cut < lines.length) out.push(`${p} = { ${lines.slice(cut).join(' ')} };`);
        return out;
      }
    }
  };
  // A set of inputs under `dotted` (`inputs.`) or as a block `block = { … };`.
  function setLines(is: readonly ModelInput[], dotted: string, block: string): string[] {
    if (is.length === 0) return [];
    if (choices() % 2 === 0) return is.flatMap((i) => inputLines(i, dotted));
    return [`${block} = {${gap()}${is.flatMap((i) => inputLines(i, '')).join(gap())}${gap()}};`];
  }
  return `{\n  description = "generated";\n  ${setLines(inputs, 'inputs.', 'inputs').join('\n  ')}\n  outputs = { self, ... }: { };\n}\n`;
}

/** The JSON text Nix prints for the model's `inputs` (keys sorted bytewise). */
export function modelJson(inputs: readonly ModelInput[]): string {
  const sorted = [...inputs].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const items = sorted.map((i) => {
    const fields: [string, string][] = [];
    if (i.flake !== undefined) fields.push(['flake', String(i.flake)]);
    if (i.follows !== undefined) fields.push(['follows', JSON.stringify(i.follows)]);
    if (i.inputs.length > 0) fields.push(['inputs', modelJson(i.inputs)]);
    if (i.url !== undefined) fields.push(['url', JSON.stringify(i.url)]);
    return `${JSON.stringify(i.name)}:{${fields.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
  });
  return `{${items.join(',')}}`;
}

export interface GeneratedFlake {
  readonly model: readonly ModelInput[];
  readonly text: string;
}

export const generatedFlake: fc.Arbitrary<GeneratedFlake> = fc
  .tuple(uniqueInputs(0), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }))
  .map(([model, bits]) => {
    let k = 0;
    return { model, text: render(model, () => bits[k++ % bits.length]! + k) };
  });
