import { expect, test } from '@jest/globals';
import { commitMessage, commitSubject } from '../../../src/render/commit-message.js';
import { channelChange, flake, hmChange, nixpkgsChange, report } from '../../fixtures/render/reports.js';
import { normalise } from './normalise.js';

test('commit message: subject names the inputs, then the inputs table as text (snapshot)', () => {
  const msg = commitMessage(report({ flakes: [flake({ inputs: [nixpkgsChange, hmChange, channelChange] })] }));
  expect(msg.split('\n')[0]).toBe('flake.lock: update nixpkgs, home-manager, nixpkgs-channel');
  expect(msg).toContain(
    '  nixpkgs          NixOS/nixpkgs               0b1c2d3 (2025-11-18) -> 7d8e9f0 (2025-11-28), +10 days',
  );
  expect(normalise(msg)).toMatchSnapshot();
});

test('subject stays within 72 characters by naming the rest as a count', () => {
  const names = ['nixpkgs', 'home-manager', 'sops-nix', 'disko', 'nixos-hardware', 'flake-parts', 'treefmt-nix'];
  const r = report({ flakes: [flake({ inputs: names.map((name) => ({ ...hmChange, name, path: [name] })) })] });
  const subject = commitSubject(r);
  expect(subject).toBe('flake.lock: update nixpkgs, home-manager, sops-nix, disko and 3 more');
  expect(subject.length).toBeLessThanOrEqual(72);
  expect(commitSubject(report({ flakes: [flake({ inputs: [] })] }))).toBe('flake.lock: update');
  expect(commitSubject(report(), 'chore(deps): update')).toBe('chore(deps): update nixpkgs, home-manager');
});

test('several flakes: inputs grouped by lock file, names listed once', () => {
  const msg = commitMessage(
    report({ flakes: [flake(), flake({ dir: 'sub', lockFile: 'sub/flake.lock', inputs: [nixpkgsChange] })] }),
  );
  expect(msg.split('\n')[0]).toBe('flake.lock: update nixpkgs, home-manager');
  expect(msg).toContain('flake.lock:\n  nixpkgs');
  expect(msg).toContain('sub/flake.lock:\n  nixpkgs');
});

test('release tags moved in flake.nix: named beside the lock changes, per flake.nix, and in the subject', () => {
  const tool = { ...hmChange, name: 'tool', path: ['tool'] };
  const msg = commitMessage(
    report({
      flakes: [
        flake({ inputs: [nixpkgsChange, tool], tagBumps: [{ input: 'tool', from: 'v1.0.0', to: 'v1.2.0' }] }),
        flake({
          dir: 'sub',
          lockFile: 'sub/flake.lock',
          inputs: [],
          tagBumps: [{ input: 'hw', from: '1.2.3', to: '1.3.0\u001b[2J' }],
        }),
      ],
    }),
  );
  const parts = msg.split('\n\n');
  expect(parts[0]).toBe('flake.lock: update nixpkgs, tool, hw');
  expect(parts[1]).toBe('Flake lock file updates:');
  expect(parts[2]).toMatch(/^flake\.lock:\n {2}nixpkgs .*\n {2}tool /);
  expect(parts.slice(3)).toEqual([
    'Release tags moved in flake.nix:\n  tool: v1.0.0 → v1.2.0 (release tag)',
    expect.stringMatching(/^Release tags moved in sub\/flake\.nix:\n {2}hw: 1\.2\.3 → 1\.3\.0.*\(release tag\)\n$/),
  ]);
  expect(msg).not.toContain('\u001b');
  // none moved: as before
  expect(commitMessage(report({ flakes: [flake({ tagBumps: [] })] }))).not.toContain('Release tags');
});
