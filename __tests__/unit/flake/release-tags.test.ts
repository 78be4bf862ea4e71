import { describe, expect, test } from '@jest/globals';
import { readFlakeNix } from '../../../src/flake/declared-inputs.js';
import { applyEdits } from '../../../src/nix/edit.js';
import {
  declaredTagPins,
  flakeNixWithTagBumps,
  newestTag,
  retaggedReference,
  tagBumpEdit,
  tagPinOf,
  tagVersion,
  TagBumpMismatch,
  type TagBump,
} from '../../../src/flake/release-tags.js';

describe('tagPinOf: which references are pinned to a release tag', () => {
  test.each([
    ['github:NixOS/nixos-hardware/v1.2.3', 'v1.2.3', 'https://github.com/NixOS/nixos-hardware.git'],
    ['github:owner/repo?ref=v1.2.3', 'v1.2.3', 'https://github.com/owner/repo.git'],
    ['github:owner/repo/refs/tags/v1.2.3', 'v1.2.3', 'https://github.com/owner/repo.git'],
    ['github:owner/repo/1.2.3?host=ghe.example.com', '1.2.3', 'https://ghe.example.com/owner/repo.git'],
    ['gitlab:owner/repo/v0.4.0', 'v0.4.0', 'https://gitlab.com/owner/repo.git'],
    ['sourcehut:~sircmpwn/hare/0.24.0', '0.24.0', 'https://git.sr.ht/~sircmpwn/hare'],
    ['git+https://git.example.org/x/y?ref=1.2.3', '1.2.3', 'https://git.example.org/x/y'],
    ['git+https://git.example.org/x/y?dir=sub&ref=refs/tags/v2.0.0-rc1', 'v2.0.0-rc1', 'https://git.example.org/x/y'],
    ['git+file:///srv/repo?ref=v1.0.0', 'v1.0.0', 'file:///srv/repo'],
    ['git+ssh://git@example.org/x/y?ref=v3.1.4', 'v3.1.4', 'ssh://git@example.org/x/y'],
  ])('%s is pinned to %s (tags from %s)', (reference, tag, remote) => {
    const pin = tagPinOf(reference);
    expect(pin).toMatchObject({ tag, remote });
    expect(reference.slice(pin!.start, pin!.end)).toBe(tag);
  });

  test.each([
    ['a branch', 'github:NixOS/nixpkgs/nixos-24.05'],
    ['no ref', 'github:owner/repo'],
    ['a revision', 'github:owner/repo/0123456789abcdef0123456789abcdef01234567'],
    ['two components', 'github:owner/repo/v1.2'],
    ['another prefix', 'github:owner/repo/release-1.2.3'],
    ['a branch named like a version', 'git+https://example.org/x?ref=refs/heads/v1.2.3'],
    ['a percent-encoded tag', 'git+https://example.org/x?ref=v1.2.3%2Bb'],
    ['a tarball', 'https://example.org/x-1.2.3.tar.gz'],
    ['a path', 'path:/srv/x'],
    ['an indirect reference', 'nixpkgs/v1.2.3'],
    ['a transport git must not run', 'git+ext::sh?ref=v1.2.3'],
    ['a broken reference', 'github:owner'],
  ])('%s is not a tag pin: %s', (_why, reference) => {
    expect(tagPinOf(reference)).toBeUndefined();
  });
});

describe('tagVersion', () => {
  test.each([
    ['v1.2.3', { v: true, version: '1.2.3' }],
    ['1.2.3', { v: false, version: '1.2.3' }],
    ['v2.0.0-rc.1', { v: true, version: '2.0.0-rc.1' }],
    ['v1.2.3+build.5', { v: true, version: '1.2.3+build.5' }],
    ['V1.2.3', undefined],
    ['v01.2.3', undefined],
    ['1.2', undefined],
    ['latest', undefined],
    ['vv1.2.3', undefined],
  ])('%s', (tag, expected) => {
    expect(tagVersion(tag)).toEqual(expected);
  });
});

describe('newestTag: the highest semver above the pin', () => {
  const TAGS = ['v1.0.0', 'v1.1.0', 'v1.2.0-rc1', 'v1.2.0', 'latest', 'nightly-2024', 'v1.10.0-beta', 'v0.9.9'];
  test.each([
    ['a release pin skips pre-releases', 'v1.0.0', TAGS, 'v1.2.0'],
    ['ordered by semver, not by text (1.10 > 1.9)', 'v1.0.0', ['v1.9.0', 'v1.10.0', 'v1.2.0'], 'v1.10.0'],
    ['already the newest', 'v1.2.0', TAGS, undefined],
    ['never a lower version', 'v2.0.0', TAGS, undefined],
    ['a pre-release pin may move to a later pre-release', 'v2.0.0-rc1', ['v2.0.0-rc1', 'v2.0.0-rc2', 'v1.9.0'], 'v2.0.0-rc2'],
    ['a pre-release pin moves to its release', 'v2.0.0-rc1', ['v2.0.0-rc2', 'v2.0.0'], 'v2.0.0'],
    ['the pin spelled without v keeps it', '1.0.0', ['v1.1.0', '1.1.0'], '1.1.0'],
    ['the pin spelled with v keeps it', 'v1.0.0', ['1.1.0', 'v1.1.0'], 'v1.1.0'],
    ['a newer version in the other spelling is taken', 'v1.0.0', ['1.1.0', 'v1.0.1'], '1.1.0'],
    ['no tags', 'v1.0.0', [], undefined],
    ['nothing but noise', 'v1.0.0', ['latest', 'v9', 'refs/heads/v2.0.0'], undefined],
  ])('%s', (_why, pin, tags, expected) => {
    expect(newestTag({ tag: pin, version: tagVersion(pin)!.version }, tags)).toBe(expected);
  });
});

describe('retagging a reference and flake.nix', () => {
  test('only the tag changes in the reference', () => {
    const ref = 'git+https://git.example.org/x/y?dir=sub&ref=refs/tags/v1.0.0';
    expect(retaggedReference(ref, tagPinOf(ref)!, 'v1.2.0')).toBe('git+https://git.example.org/x/y?dir=sub&ref=refs/tags/v1.2.0');
    const gh = 'github:o/r/v1.0.0?dir=x';
    expect(retaggedReference(gh, tagPinOf(gh)!, 'v1.2.0')).toBe('github:o/r/v1.2.0?dir=x');
  });

  test('flake.nix: every syntax, the tag edited in place and the rest byte-identical', () => {
    const text = `{
  # pinned to v1.0.0 on purpose
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    hw = { url = "github:NixOS/nixos-hardware/v1.0.0"; flake = false; };
    tool.url = ''git+https://example.org/tool?ref=1.0.0'';
    attrs = { type = "github"; owner = "o"; repo = "r"; ref = "v1.0.0"; };
  };
  inputs.dotted.url = "gitlab:o/r/v0.1.0";
  outputs = { self, ... }: { };
}
`;
    const flake = readFlakeNix(text, 'flake.nix');
    const pins = declaredTagPins(flake);
    expect(pins.map((p) => [p.input, p.pin.tag])).toEqual([
      ['hw', 'v1.0.0'],
      ['tool', '1.0.0'],
      ['dotted', 'v0.1.0'],
    ]);
    const out = applyEdits(text, [tagBumpEdit(pins[0]!, 'v1.2.0'), tagBumpEdit(pins[1]!, '1.1.0')]);
    expect(out).toBe(
      text
        .replace('nixos-hardware/v1.0.0', 'nixos-hardware/v1.2.0')
        .replace('tool?ref=1.0.0', 'tool?ref=1.1.0'),
    );
    expect(declaredTagPins(flake, new Set(['dotted'])).map((p) => p.input)).toEqual(['dotted']);
  });

  test('a string with an escape is left alone', () => {
    const text = '{ inputs.x.url = "github:o/r/v1.0.0\\u"; outputs = _: { }; }';
    // "\u" is just "u" in Nix: the source no longer holds the value verbatim
    expect(declaredTagPins(readFlakeNix(text, 'flake.nix'))).toEqual([]);
  });
});

describe('flakeNixWithTagBumps: the flake.nix of a trial, with only some inputs’ tag bumps', () => {
  // odd spacing, comments naming the tags, a non-pinned input and one written as attributes: none of it may move
  const text = `{
  # tool stays at v1.0.0 unless bumped; hw too   (v1.0.0)
  inputs = {
    hw   = { url = "github:NixOS/nixos-hardware/v1.0.0";  flake = false; };
    tool.url = ''git+https://example.org/tool?ref=1.0.0'';
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    attrs = { type = "github"; owner = "o"; repo = "r"; ref = "v1.0.0"; };
  };
  inputs.dotted.url = "gitlab:o/r/refs/tags/v0.1.0";
  outputs = { self, ... }: { };
}
`;
  const bumps: TagBump[] = [
    { input: 'hw', from: 'v1.0.0', to: 'v1.2.0' },
    { input: 'tool', from: '1.0.0', to: '1.10.0' },
    { input: 'dotted', from: 'v0.1.0', to: 'v0.2.0-rc.1' },
  ];
  const full = text
    .replace('nixos-hardware/v1.0.0', 'nixos-hardware/v1.2.0')
    .replace('tool?ref=1.0.0', 'tool?ref=1.10.0')
    .replace('refs/tags/v0.1.0', 'refs/tags/v0.2.0-rc.1');

  test('every bump: the text tagBumpEdit gives (the update’s flake.nix)', () => {
    const flake = readFlakeNix(text, 'flake.nix');
    const pins = declaredTagPins(flake);
    const edits = bumps.map((b) => tagBumpEdit(pins.find((p) => p.input === b.input)!, b.to));
    expect(flakeNixWithTagBumps(text, 'flake.nix', bumps)).toBe(applyEdits(text, edits));
    expect(flakeNixWithTagBumps(text, 'flake.nix', bumps)).toBe(full);
  });

  test.each([
    [[], text],
    [['hw'], text.replace('nixos-hardware/v1.0.0', 'nixos-hardware/v1.2.0')],
    [['tool', 'nixpkgs'], text.replace('tool?ref=1.0.0', 'tool?ref=1.10.0')],
    [['hw', 'dotted'], text.replace('nixos-hardware/v1.0.0', 'nixos-hardware/v1.2.0').replace('refs/tags/v0.1.0', 'refs/tags/v0.2.0-rc.1')],
    [['hw', 'tool', 'dotted', 'attrs'], full],
  ])('moved %j: only their tags change, every other byte as written', (moved, expected) => {
    const out = flakeNixWithTagBumps(text, 'flake.nix', bumps, new Set(moved));
    expect(out).toBe(expected);
    // outside the references, byte-identical: the same length once each moved tag is put back
    let back = out;
    for (const b of bumps) if (moved.includes(b.input)) back = back.replace(`${b.to}"`, `${b.from}"`).replace(`${b.to}''`, `${b.from}''`);
    expect(back).toBe(text);
  });

  test('every subset of three bumps is the full text with the others’ tags put back', () => {
    const inputs = bumps.map((b) => b.input);
    for (let mask = 0; mask < 8; mask++) {
      const moved = new Set(inputs.filter((_, i) => mask & (1 << i)));
      const a = flakeNixWithTagBumps(text, 'flake.nix', bumps, moved);
      const kept = bumps.filter((b) => moved.has(b.input));
      expect(a).toBe(flakeNixWithTagBumps(text, 'flake.nix', kept));
      // applying the rest on top gives the full update's text
      expect(flakeNixWithTagBumps(a, 'flake.nix', bumps.filter((b) => !moved.has(b.input)))).toBe(full);
    }
  });

  test.each([
    ['a bump whose from is not the pin', [{ input: 'hw', from: 'v0.9.0', to: 'v1.2.0' }]],
    ['an input not pinned to a tag', [{ input: 'nixpkgs', from: 'v1.0.0', to: 'v1.2.0' }]],
    ['an input written as attributes', [{ input: 'attrs', from: 'v1.0.0', to: 'v1.2.0' }]],
    ['an input the file does not have', [{ input: 'nope', from: 'v1.0.0', to: 'v1.2.0' }]],
    ['one input bumped twice', [bumps[0]!, { ...bumps[0]!, to: 'v1.3.0' }]],
  ])('%s: refused (TagBumpMismatch), never a guess', (_what, given) => {
    expect(() => flakeNixWithTagBumps(text, 'flake.nix', given)).toThrow(TagBumpMismatch);
  });

  test('a flake.nix that does not parse: refused, not thrown as a user error of the run', () => {
    expect(() => flakeNixWithTagBumps('{ inputs = ', 'flake.nix', bumps)).toThrow(TagBumpMismatch);
    // nothing to apply: the text as it is, even unreadable
    expect(flakeNixWithTagBumps('{ inputs = ', 'flake.nix', bumps, new Set())).toBe('{ inputs = ');
  });
});
