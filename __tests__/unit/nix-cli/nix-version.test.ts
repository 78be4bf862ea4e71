import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../../src/core/errors.js';
import { atLeast, nixFeatures, parseNixVersion } from '../../../src/nix-cli/nix-version.js';

const fixture = (f: string): string => readFileSync(path.join('__tests__/fixtures/nix-cli/version', f), 'utf8');

describe('parseNixVersion', () => {
  test.each([
    // recorded (fixtures/nix-cli/PROVENANCE.md)
    [fixture('nix-2.8.0.txt'), 'nix', '2.8.0', '2.8.0', false],
    [fixture('nix-2.26.3.txt'), 'nix', '2.26.3', '2.26.3', false],
    // Nix development builds print e.g. `nix (Nix) 2.25.0pre20241101_5e04364`
    ['nix (Nix) 2.25.0pre20241101_5e04364\n', 'nix', '2.25.0pre20241101_5e04364', '2.25.0pre20241101_5e04364', true],
    // Determinate Nix 3.x: `nix (Determinate Nix 3.6.2) 2.29.0` (its own version, then the Nix it is based on)
    ['nix (Determinate Nix 3.6.2) 2.29.0', 'determinate', '3.6.2', '2.29.0', false],
    ['nix (Determinate Nix 3.15.1) 2.33.1', 'determinate', '3.15.1', '2.33.1', false],
    // Lix: `nix (Lix, like Nix) 2.91.1`; features of the Nix 2.18 it forked from
    ['nix (Lix, like Nix) 2.91.1', 'lix', '2.91.1', '2.18.3', false],
    ['nix (Lix, like Nix) 2.93.0-dev-pre20250301-abcdef0', 'lix', '2.93.0-dev-pre20250301-abcdef0', '2.18.3', true],
  ])('%j', (out, flavour, version, nixBase, prerelease) => {
    expect(parseNixVersion(out)).toMatchObject({ flavour, version, nixBase, prerelease });
  });

  test.each(['', 'bash: nix: command not found', 'Nix 2.8.0', 'nix (Nix) unknown'])(
    'rejects %j with a UserError',
    (out) => {
      expect(() => parseNixVersion(out)).toThrow(UserError);
    },
  );
});

describe('atLeast', () => {
  test.each([
    ['2.19.0', '2.19.0', true],
    ['2.19.2', '2.19.0', true],
    ['2.18.9', '2.19.0', false],
    ['2.19.0pre20231010_abc', '2.19.0', false],
    ['2.19.1pre20231110', '2.19.0', true],
    ['2.100.0', '2.19.0', true],
    ['3.0', '2.35', true],
    ['2.19', '2.19.0', true],
    ['2.19.0rc1', '2.19.0', false],
    ['2.19.0-rc1', '2.19.0', false],
    ['2.18.99pre', '2.19.0', false],
    ['2.93.0-dev-pre20250301-abcdef0', '2.90', true],
    ['2.90.0-dev-pre20240601-abcdef0', '2.90', false],
    ['02.019.00', '2.19.0', true],
    ['2.19.0+git', '2.19.0', true],
    ['', '2.4', false],
  ])('%s >= %s is %s', (v, min, want) => expect(atLeast(v, min)).toBe(want));

  // The order the gates rely on, over the whole domain: numbers compared in turn, a pre-release (Nix's
  // `pre20231010_abcd`, Lix's `-dev-pre…`, an `rc1`) below its release and above everything before it.
  test('orders every version against every release as major.minor.patch numbers (fast-check)', () => {
    const part = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 }));
    const triple = fc.tuple(part, part, part);
    const tail = fc.constantFrom('', 'pre20231010_abcd', '-dev-pre20250301-abcdef0', 'rc1', '+git');
    // the release compared against: often the version's own numbers, where only the tail decides
    const versionAndMin = triple.chain((v) => fc.tuple(fc.constant(v), fc.oneof(fc.constant(v), triple)));
    fc.assert(
      fc.property(versionAndMin, tail, ([v, m], t) => {
        const pre = t !== '' && t !== '+git';
        let want = !pre;
        for (let i = 0; i < 3; i++)
          if (v[i] !== m[i]) {
            want = v[i]! > m[i]!;
            break;
          }
        expect(atLeast(`${v.join('.')}${t}`, m.join('.'))).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('nixFeatures: one row per gate', () => {
  const f = (line: string) => nixFeatures(parseNixVersion(line));
  test.each([
    // version line, updateForm, printOutPaths, pathInfoShape, jsonFormat, nulls, diff-closures size, drv outputs
    ['nix (Nix) 2.4', 'lock-update-input', false, 'array', undefined, false, 'kib', 'drv'],
    ['nix (Nix) 2.8.0', 'lock-update-input', false, 'array', undefined, false, 'kib', 'drv'],
    ['nix (Nix) 2.9.0', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv'],
    ['nix (Nix) 2.12.1', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv'],
    ['nix (Nix) 2.13.0pre20221223_14a6a49', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv'],
    ['nix (Nix) 2.13.0', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.15.0', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.18.9', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.19.0pre20231010_abc', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.19.0', 'flake-update', true, 'object', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.19.1', 'flake-update', true, 'object', undefined, false, 'kib', 'drv^*'],
    ['nix (Nix) 2.23.0', 'flake-update', true, 'object', undefined, true, 'kib', 'drv^*'],
    ['nix (Nix) 2.26.3', 'flake-update', true, 'object', undefined, true, 'kib', 'drv^*'],
    ['nix (Nix) 2.32.4', 'flake-update', true, 'object', undefined, true, 'kib', 'drv^*'],
    ['nix (Nix) 2.33.0', 'flake-update', true, 'wrapped', 2, true, 'dynamic', 'drv^*'],
    ['nix (Nix) 2.34.1', 'flake-update', true, 'wrapped', 2, true, 'dynamic', 'drv^*'],
    ['nix (Nix) 2.35.0', 'flake-update', true, 'wrapped', 3, true, 'dynamic', 'drv^*'],
    ['nix (Determinate Nix 3.6.2) 2.29.0', 'flake-update', true, 'object', undefined, true, 'kib', 'drv^*'],
    ['nix (Determinate Nix 3.15.1) 2.33.1', 'flake-update', true, 'wrapped', 2, true, 'dynamic', 'drv^*'],
    [
      'nix (Determinate Nix 3.0.0) 2.26.0pre20250101_abcd',
      'flake-update',
      true,
      'object',
      undefined,
      true,
      'kib',
      'drv^*',
    ],
    [
      'nix (Determinate Nix 3.16.0) 2.33.0pre20251201_abcd',
      'flake-update',
      true,
      'object',
      undefined,
      true,
      'kib',
      'drv^*',
    ],
    ['nix (Lix, like Nix) 2.90.0-rc1', 'lock-update-input', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Lix, like Nix) 2.90.0', 'flake-update', true, 'array', undefined, false, 'kib', 'drv^*'],
    ['nix (Lix, like Nix) 2.93.3', 'flake-update', true, 'array', undefined, false, 'kib', 'drv^*'],
  ])(
    '%s',
    (
      line,
      updateForm,
      printOutPaths,
      pathInfoShape,
      pathInfoJsonFormat,
      pathInfoNulls,
      diffClosuresSize,
      drvOutputs,
    ) => {
      expect(f(line)).toEqual({
        updateForm,
        nestedInputUpdate: true,
        printOutPaths,
        pathInfoShape,
        pathInfoJsonFormat,
        pathInfoNulls,
        diffClosuresSize,
        drvOutputs,
      });
    },
  );

  test('Nix without flakes is refused with what to do', () => {
    expect(() => f('nix (Nix) 2.3.16')).toThrow(/too old: flake-steward needs Nix 2.4 or newer/);
  });
});
