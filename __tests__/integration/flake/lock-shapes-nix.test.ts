/**
 * Real Nix's verdict on the lock shapes of issue 9, item 7, and ours: for each shape, `nix flake metadata --json
 * --no-update-lock-file path:DIR` reads DIR/flake.lock with Nix's own reader (offline: a flake.nix declaring the
 * same input is written beside it, so Nix keeps the entry and fetches nothing), and parseLock must accept what Nix
 * accepts, with the same attribute values Nix prints back, and refuse what Nix refuses.
 *
 * Nix prints a number above 2^53 exactly; it is read here from Nix's output text, not through JSON.parse (which
 * would round it).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../../src/core/errors.js';
import { parseLock } from '../../../src/flake/lock.js';
import { World } from '../../support/world.js';

let world: World;
let counter = 0;
beforeAll(async () => {
  world = await World.create({ name: 'fs-lock-shapes' });
});
afterAll(async () => world?.cleanup());

const NAR = 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const PATH_ORIGINAL = '{"type": "path", "path": "/nonexistent"}';
const GITHUB_ORIGINAL = '{"type": "github", "owner": "o", "repo": "r"}';

interface Shape {
  readonly name: string;
  /** `locked` of input `a`, as JSON text (so any number can be written). */
  readonly locked: string;
  readonly original?: string;
  /** For accepted shapes: the attribute whose value Nix prints back, and ours. */
  readonly attr?: string;
}

const path_ = (extra: string) => `{"type": "path", "path": "/nonexistent", "narHash": "${NAR}"${extra}}`;
const github = (extra: string) =>
  `{"type": "github", "owner": "o", "repo": "r", "rev": "${'0'.repeat(40)}", "narHash": "${NAR}"${extra}}`;

const SHAPES: readonly Shape[] = [
  { name: 'a plain path input (control)', locked: path_(''), attr: 'narHash' },
  { name: 'lastModified as a string', locked: path_(', "lastModified": "1680777600"') },
  {
    name: 'lastModified as a string (github)',
    locked: github(', "lastModified": "1680777600"'),
    original: GITHUB_ORIGINAL,
  },
  { name: 'lastModified -1', locked: path_(', "lastModified": -1'), attr: 'lastModified' },
  { name: 'revCount 9007199254740993', locked: path_(', "revCount": 9007199254740993'), attr: 'revCount' },
  { name: 'revCount 2^64 - 1', locked: path_(', "revCount": 18446744073709551615'), attr: 'revCount' },
  { name: 'lastModified 1.5', locked: path_(', "lastModified": 1.5'), attr: 'lastModified' },
  { name: 'revCount as a string', locked: path_(', "revCount": "5"') },
  { name: 'narHash as a number', locked: `{"type": "path", "path": "/nonexistent", "narHash": 5}` },
  { name: 'an attribute that is null', locked: path_(', "revCount": null') },
  { name: 'an attribute that is an object', locked: path_(', "extra": {}') },
  { name: 'locked.__proto__ (path)', locked: path_(', "__proto__": "x"') },
  { name: 'locked.__proto__ (github)', locked: github(', "__proto__": 1'), original: GITHUB_ORIGINAL },
  { name: 'locked.foo (github)', locked: github(', "foo": "x"'), original: GITHUB_ORIGINAL },
  { name: 'locked.dir (every type has it)', locked: path_(', "dir": "sub"'), attr: 'dir' },
  {
    name: 'original.__proto__',
    locked: path_(''),
    original: '{"type": "path", "path": "/nonexistent", "__proto__": "x"}',
  },
  {
    name: 'a type Nix does not know keeps __proto__',
    locked: `{"type": "weird", "__proto__": "x", "narHash": "${NAR}"}`,
    original: GITHUB_ORIGINAL,
    attr: '__proto__',
  },
];

function lockText(s: Shape): string {
  return `{"version": 7, "root": "root", "nodes": {"root": {"inputs": {"a": "a"}}, "a": {"flake": false, "locked": ${s.locked}, "original": ${s.original ?? PATH_ORIGINAL}}}}\n`;
}

/** A flake.nix declaring input `a` as the lock's `original`, so Nix keeps the lock entry and fetches nothing. */
function flakeNix(s: Shape): string {
  const url = (s.original ?? PATH_ORIGINAL) === GITHUB_ORIGINAL ? 'github:o/r' : 'path:/nonexistent';
  return `{ inputs.a = { url = "${url}"; flake = false; }; outputs = _: { }; }\n`;
}

type Verdict = { accepted: true; value?: string } | { accepted: false; why: string };

/** The value of `key` in the `locked` of node `a`, as the text Nix printed (exact for any integer). */
function printedValue(stdout: string, key: string): string | undefined {
  const at = stdout.indexOf('"a":{');
  const locked = stdout.indexOf('"locked":{', at);
  const end = stdout.indexOf('}', locked);
  const m = new RegExp(`"${key}":("(?:[^"\\\\]|\\\\.)*"|[^,}]+)`).exec(stdout.slice(locked, end));
  if (!m) return undefined;
  return m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
}

async function nixVerdict(s: Shape): Promise<Verdict> {
  const dir = world.path(`shape-${counter++}`);
  await mkdir(dir);
  await writeFile(path.join(dir, 'flake.nix'), flakeNix(s));
  await writeFile(path.join(dir, 'flake.lock'), lockText(s));
  const r = await world.nix(['flake', 'metadata', '--json', '--no-update-lock-file', `path:${dir}`], {
    check: false,
  });
  if (r.code !== 0) return { accepted: false, why: r.stderr.trim().split('\n')[0]! };
  return { accepted: true, ...(s.attr ? { value: printedValue(r.stdout, s.attr) } : {}) };
}

function ourVerdict(s: Shape): Verdict {
  try {
    const lock = parseLock(lockText(s), 'flake.lock');
    if (!s.attr) return { accepted: true };
    const locked = lock.nodes.get('a')!.locked!;
    return { accepted: true, value: Object.hasOwn(locked, s.attr) ? String(locked[s.attr]) : undefined };
  } catch (e) {
    if (e instanceof UserError) return { accepted: false, why: e.message };
    throw e;
  }
}

describe('parseLock agrees with Nix on every lock shape of issue 9', () => {
  test.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, s) => {
      const nix = await nixVerdict(s);
      const ours = ourVerdict(s);
      expect({ accepted: ours.accepted }).toEqual({ accepted: nix.accepted });
      if (nix.accepted && ours.accepted) expect(ours.value).toBe(nix.value);
      if (!nix.accepted && !ours.accepted) {
        // our message quotes Nix's own words for the attribute shapes
        const nixWords = (/error: (.*)$/.exec(nix.why)?.[1] ?? nix.why)
          .replace(/ \{.*\}$/, '') // 2.8 appends the attributes to some messages
          .replace(/^unsupported path input/, 'unsupported input'); // and names the type in others
        expect(ours.why).toContain(nixWords);
      }
    },
    60_000,
  );
});
