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
