import { expect, test } from '@jest/globals';
import { renderJson } from '../../../src/render/update-json.js';
import { hasUpdates, updatedInputsOutput, type ConfigurationReport } from '../../../src/update/update-result.js';
import {
  failingConfiguration,
  flake,
  hmChange,
  hostConfiguration,
  nixpkgsChange,
  report,
  REV,
} from '../../fixtures/render/reports.js';

test('JSON for tools: schema version, totals, updated inputs, failures first-class, no lock texts', () => {
  const json = JSON.parse(renderJson(report())) as Record<string, unknown>;
  expect(json['version']).toBe(1);
  expect(json['hasUpdates']).toBe(true);
  expect(json['totals']).toEqual({
    inputsUpdated: 2,
    configurationsBuilt: 2,
    configurationsFailed: 1,
    configurationsUnchanged: 0,
    packageChanges: 5,
  });
  expect(json['updatedInputs']).toEqual([
    {
      flake: '.',
      input: 'nixpkgs',
      kind: 'updated',
      from: REV.nixpkgsOld,
      to: REV.nixpkgsNew,
      fromDate: '2025-11-18',
      toDate: '2025-11-28',
      compareUrl: `https://github.com/NixOS/nixpkgs/compare/${REV.nixpkgsOld}...${REV.nixpkgsNew}`,
    },
    expect.objectContaining({ input: 'home-manager', from: REV.hmOld, to: REV.hmNew }),
  ]);
  const failures = json['failures'] as Record<string, unknown>[];
  expect(failures.map((f) => [f['flake'], f['attr'], f['side']])).toEqual([
    ['.', 'nixosConfigurations.web.config.system.build.toplevel', 'after'],
  ]);
  expect(JSON.stringify(json)).not.toContain('"lock"');
});

test('has-updates follows the lock text, not the presence of diffs', () => {
  expect(hasUpdates(report({ flakes: [flake({ lock: { before: 'x', after: 'x' } })] }))).toBe(false);
  expect(updatedInputsOutput(report({ flakes: [flake({ inputs: [] })] }))).toEqual([]);
});

test('outputs whose derivation did not change: status unchanged on both sides, listed per flake, counted', () => {
  const same = (attr: string, name: string, kind: ConfigurationReport['kind']): ConfigurationReport => {
    const side = { status: 'unchanged' as const, drvPath: `/nix/store/${'0'.repeat(32)}-${name}.drv` };
    return { attr, kind, name, before: side, after: side };
  };
  const configurations = [
    same('nixosConfigurations.host2.config.system.build.toplevel', 'host2', 'nixos'),
    same('packages.x86_64-linux.default', 'default', 'package'),
  ];
  const json = JSON.parse(renderJson(report({ flakes: [flake({ configurations })] }))) as {
    totals: Record<string, number>;
    flakes: { unchanged: string[]; configurations: ConfigurationReport[] }[];
  };
  expect(json.totals).toMatchObject({ configurationsBuilt: 0, configurationsUnchanged: 2 });
  expect(json.flakes[0]!.unchanged).toEqual([
    'nixosConfigurations.host2.config.system.build.toplevel',
    'packages.x86_64-linux.default',
  ]);
  expect(json.flakes[0]!.configurations[1]!.after).toEqual({
    status: 'unchanged',
    drvPath: `/nix/store/${'0'.repeat(32)}-default.drv`,
  });
});

test('grouped pull requests: per flake each group with its inputs and its report as a flake is rendered, the refused with why', () => {
  const nix = flake({ inputs: [nixpkgsChange], configurations: [hostConfiguration()], tagBumps: [] });
  const home = flake({ inputs: [hmChange], configurations: [failingConfiguration()] });
  const flakes = [flake()];
  const grouped = report({
    flakes,
    groups: [
      {
        dir: '.',
        groups: [
          { name: 'nix', inputs: ['nixpkgs'], flake: nix },
          { name: 'home', inputs: ['home-manager'], flake: home },
        ],
        refused: [{ name: 'rest', why: 'a follows would dangle\u001b[31m' }],
      },
    ],
  });
  const plain = JSON.parse(renderJson(report({ flakes }))) as Record<string, unknown>;
  const json = JSON.parse(renderJson(grouped)) as Record<string, unknown>;
  // the fields tools read already are unchanged; groups come beside them
  expect(Object.keys(json)).toEqual([...Object.keys(plain), 'groups']);
  const { groups, ...rest } = json;
  expect(rest).toEqual(plain);
  const asFlake = (f: typeof nix) =>
    (JSON.parse(renderJson(report({ flakes: [f] }))) as { flakes: unknown[] }).flakes[0];
  expect(groups).toEqual([
    {
      dir: '.',
      groups: [
        { name: 'nix', inputs: ['nixpkgs'], flake: asFlake(nix) },
        { name: 'home', inputs: ['home-manager'], flake: asFlake(home) },
      ],
      // the data exact, nothing raw in the text
      refused: [{ name: 'rest', why: 'a follows would dangle\u001b[31m' }],
    },
  ]);
  expect(renderJson(grouped)).not.toContain('\u001b');
  expect((groups as { groups: { flake: { inputs: { name: string }[] } }[] }[])[0]!.groups[0]!.flake.inputs).toEqual([
    expect.objectContaining({ name: 'nixpkgs' }),
  ]);
});

test('group: all: no groups field', () => {
  expect(JSON.parse(renderJson(report()))).not.toHaveProperty('groups');
});
