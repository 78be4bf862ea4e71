import { describe, expect, test } from '@jest/globals';
import {
  isSupported,
  lastSupportedDay,
  latestRelease,
  releaseOfBranch,
  supportEnds,
} from '../../../src/lint/calendar.js';

const d = (s: string) => new Date(`${s}T12:00:00Z`);

describe('NixOS release calendar', () => {
  test.each([
    ['nixos-24.05', '24.05'],
    ['nixos-24.05-small', '24.05'],
    ['nixpkgs-24.05-darwin', '24.05'],
    ['release-24.11', '24.11'],
    ['nixos-20.03-small', '20.03'],
    ['refs/heads/nixos-25.05', '25.05'],
    ['nixos-unstable', undefined],
    ['nixpkgs-unstable', undefined],
    ['master', undefined],
    ['nixos-24.13', undefined],
    ['my-nixos-24.05', undefined],
  ])('branch %s tracks release %s', (branch, name) => {
    expect(releaseOfBranch(branch)?.name).toBe(name);
  });

  test('YY.05 is supported through 31 December, YY.11 through 30 June of the next year', () => {
    expect(lastSupportedDay(releaseOfBranch('nixos-24.05')!)).toBe('2024-12-31');
    expect(lastSupportedDay(releaseOfBranch('nixos-24.11')!)).toBe('2025-06-30');
    expect(supportEnds(releaseOfBranch('nixos-24.11')!).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  test.each([
    ['nixos-24.05', '2024-12-31', true],
    ['nixos-24.05', '2025-01-01', false],
    ['nixos-24.11', '2025-06-30', true],
    ['nixos-24.11', '2025-07-01', false],
    ['nixos-26.05', '2026-11-21', true],
    ['nixos-25.11', '2026-11-21', false],
    ['nixos-27.05', '2026-11-21', true], // not out yet: not unsupported
    ['nixos-20.03', '2026-11-21', false],
  ])('%s on %s supported: %s', (branch, day, supported) => {
    expect(isSupported(releaseOfBranch(branch)!, d(day))).toBe(supported);
  });

  test('the latest release is the last May or November whose month has ended', () => {
    expect(latestRelease(d('2026-11-21')).name).toBe('26.05');
    expect(latestRelease(d('2026-12-01')).name).toBe('26.11');
    expect(latestRelease(d('2027-05-31')).name).toBe('26.11');
    expect(latestRelease(d('2027-06-01')).name).toBe('27.05');
    expect(latestRelease(d('2027-01-15')).name).toBe('26.11');
  });
});
