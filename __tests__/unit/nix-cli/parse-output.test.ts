import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  NixOutputError,
  parseBuildFailures,
  parseBuildJson,
  parseDiffClosuresText,
  parseFlakeMetadata,
  parseGraphML,
  parsePathInfoJson,
} from '../../../src/nix-cli/parse-output.js';

const fixture = (f: string): string => readFileSync(path.join('__tests__/fixtures/nix-cli', f), 'utf8');

const TOP = '/nix/store/yq1s7wmkkgjj1ixw31paaff7iy1f8j5z-top-1.0';
const DEP = '/nix/store/xvgc1amx92bz3na6hkylvi06xbpkfwcw-dep-2.0';
const MISSING = '/nix/store/00000000000000000000000000000000-missing-1.0';

describe('parsePathInfoJson: every documented shape gives the same closure', () => {
  test.each([
    ['path-info/nix-2.26.3-recursive.json', []],
    ['path-info/nix-2.19-documented.json', [MISSING]],
    ['path-info/nix-2.33-format-1-documented.json', []],
    ['path-info/nix-2.33-format-2-documented.json', [MISSING]],
  ])('%s', (file, invalid) => {
    const r = parsePathInfoJson(fixture(file));
    expect(Object.fromEntries(r.infos)).toEqual({
      [DEP]: { narSize: 120, references: [] },
      [TOP]: { narSize: 168, references: [DEP] },
    });
    expect(r.invalid).toEqual(invalid);
  });

  test('format 3 (2.35): structured signatures, nulls, self-reference joined to storeDir', () => {
    const r = parsePathInfoJson(fixture('path-info/nix-2.35-format-3-documented.json'));
    expect(r.infos.get(TOP)).toEqual({ narSize: 168, references: [DEP, TOP] });
    expect(r.infos.get(DEP)).toEqual({ narSize: 120, references: [] });
  });

  test('2.8 array, recorded', () => {
    const r = parsePathInfoJson(fixture('path-info/nix-2.8.0-recursive.json'));
    expect(r.infos.size).toBe(2);
    const good = '/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-good-2.0';
    expect(r.infos.get(good)).toEqual({
      narSize: 168,
      references: ['/nix/store/y9v4w1kf41c10q7fdxlbz10s0adiximd-dep-1.0'],
    });
  });

  test('invalid paths: valid:false (2.8) and null (2.19+), recorded', () => {
    expect(parsePathInfoJson(fixture('path-info/nix-2.8.0-invalid.json')).invalid).toEqual([MISSING]);
    const r = parsePathInfoJson(fixture('path-info/nix-2.26.3-invalid.json'));
    expect(r.invalid).toEqual([MISSING]);
    expect(r.infos.has(TOP)).toBe(true);
  });

  test.each([
    ['not json', /not JSON/],
    ['42', /expected a JSON array or object/],
    ['[{"narSize": 1}]', /\[0\]: expected an object with a path/],
    ['[{"path": "/nix/store/a", "narSize": -1, "references": []}]', /narSize: expected a non-negative integer/],
    ['{"/nix/store/a": {"narSize": 1, "references": [3]}}', /references: expected an array of store paths/],
    ['{"a": {"narSize": 1, "references": []}}', /key 'a': expected a store path/],
    ['{"version": 2, "info": {}}', /storeDir: expected an absolute path/],
  ])('rejects %s with a clear error', (text, re) => {
    expect(() => parsePathInfoJson(text)).toThrow(NixOutputError);
    expect(() => parsePathInfoJson(text)).toThrow(re);
  });
});

describe('parseBuildJson', () => {
  test('2.8 success and dry-run, recorded', () => {
    expect(parseBuildJson(fixture('build/nix-2.8.0-success.json'))).toEqual([
      {
        drvPath: '/nix/store/h0islpqcsxvljzx2bnqxnp1vj6lrz5vw-good-2.0.drv',
        outputs: { out: '/nix/store/ikv655pc2321myzh6jw1ka8njmgwp5wc-good-2.0' },
      },
    ]);
    expect(parseBuildJson(fixture('build/nix-2.8.0-dry-run.json')).map((b) => b.drvPath)).toEqual([
      '/nix/store/h0islpqcsxvljzx2bnqxnp1vj6lrz5vw-good-2.0.drv',
      '/nix/store/k2fxndibmi6i9v6rxprnx3ay1w3689gr-top-1.0.drv',
    ]);
  });
  test('newer fields are ignored; bad entries rejected', () => {
    expect(
      parseBuildJson('[{"drvPath":"/d.drv","outputs":{"out":"/o","dev":null},"startTime":1,"stopTime":2}]'),
    ).toEqual([{ drvPath: '/d.drv', outputs: { out: '/o', dev: null } }]);
    expect(() => parseBuildJson('[{"outputs":{}}]')).toThrow(/\[0\]: expected \{ drvPath/);
    expect(() => parseBuildJson('{}')).toThrow(/expected a JSON array/);
  });
});

describe('parseBuildFailures', () => {
  const BAD = '/nix/store/isbr5da7jga8c9q0ikky6n0sginrpbsw-bad-1.0.drv';
  const TOPDRV = '/nix/store/k2fxndibmi6i9v6rxprnx3ay1w3689gr-top-1.0.drv';
  test.each(['build/nix-2.8.0-keep-going-failure.stderr', 'build/nix-2.26.3-keep-going-failure.stderr'])(
    '%s (recorded)',
    (file) => {
      expect(parseBuildFailures(fixture(file))).toEqual({ failed: [BAD], dependencyFailed: [TOPDRV] });
    },
  );
  test('the newer "Cannot build" form, with colour', () => {
    const stderr =
      `\x1b[31;1merror:\x1b[0m Cannot build '${BAD}'.\n       Reason: \x1b[31;1mbuilder failed with exit code 1\x1b[0m.\n` +
      `error: Cannot build '${TOPDRV}'.\n       Reason: 1 dependency failed.\n`;
    expect(parseBuildFailures(stderr)).toEqual({ failed: [BAD], dependencyFailed: [TOPDRV] });
  });
  test('fixed-output hash mismatch is a leaf failure', () => {
    expect(parseBuildFailures(`error: hash mismatch in fixed-output derivation '${BAD}':\n`).failed).toEqual([BAD]);
  });
});

describe('parseDiffClosuresText', () => {
  const want = [
    { name: 'bar', before: [], after: [], size: '+19.5 KiB' },
    { name: 'foo', before: [], after: ['1.1'], size: undefined },
    { name: 'gone', before: ['1'], after: [], size: undefined },
    { name: 'new', before: [], after: ['3'], size: undefined },
    { name: 'noversion', before: [''], after: [], size: undefined },
  ];
  test.each(['diff-closures/nix-2.8.0.txt', 'diff-closures/nix-2.26.3.txt'])('%s (recorded)', (file) => {
    expect(parseDiffClosuresText(fixture(file))).toMatchObject(want);
  });
  test('2.33 dynamic units', () => {
    const r = parseDiffClosuresText(fixture('diff-closures/nix-2.33-documented.txt'));
    expect(r.map((l) => [l.name, l.size, l.sizeBytes])).toEqual([
      ['bar', '19.5 KiB', 19.5 * 1024],
      ['foo', undefined, undefined],
      ['gone', '-1.2 MiB', -1.2 * 1024 ** 2],
      ['new', '2.0 GiB', 2 * 1024 ** 3],
      ['noversion', undefined, undefined],
    ]);
    expect(r[2]!.before).toEqual(['1']);
  });
});

describe('parseFlakeMetadata', () => {
  test('reads the fields it knows', () => {
    const m = parseFlakeMetadata(
      JSON.stringify({
        description: 'd',
        lastModified: 1700000000,
        locked: { type: 'git', url: 'file:///f', rev: 'abc', lastModified: 1 },
        locks: { version: 7, root: 'root', nodes: {} },
        path: '/nix/store/x-source',
        resolvedUrl: 'git+file:///f',
        url: 'git+file:///f?rev=abc',
        revision: 'abc',
      }),
    );
    expect(m).toMatchObject({
      description: 'd',
      lastModified: 1700000000,
      revision: 'abc',
      path: '/nix/store/x-source',
    });
    expect(m.locked).toEqual({ type: 'git', url: 'file:///f', rev: 'abc', lastModified: 1 });
    expect(m.locks).toEqual({ version: 7, root: 'root', nodes: {} });
    expect(() => parseFlakeMetadata('{"url": 3}')).toThrow(/url: expected a string/);
  });
});

describe('parseGraphML (nix-store --query --graphml)', () => {
  const S = '/nix/store';
  const TOP_G = `${S}/chg72r0wjrhi1x1qdwadw8l73bbx0lwy-top`;
  const LONG = `${S}/32xnqpv45wi8r0qipl5qzmrq82pr3sk9-a-much-longer-name-2.0-dev`;
  const LEAF = `${S}/gb780lgp8zpq9v9nnk9277jf7s2bbs7j-leaf-1.0`;
  const SELF = `${S}/m3gxvgr4wx54f9kg86jp0367d1nx2s7s-self-1.0`;
  const BASE = `${S}/x4q614sgd2akh61w7lkv2k1sa782g9h3-base-0.1`;
  /** The graph as store path → { size, references }, for comparing. */
  const asObject = (text: string, dir = S) => {
    const g = parseGraphML(text, dir);
    return Object.fromEntries(
      g.names.map((_, i) => [g.path(i), { size: g.sizes[i], refs: g.refs[i]!.map((j) => g.path(j)).sort() }]),
    );
  };
  const want = {
    [TOP_G]: { size: 296, refs: [LONG, LEAF, SELF] },
    [LONG]: { size: 2168, refs: [BASE] },
    [LEAF]: { size: 168, refs: [BASE] },
    [SELF]: { size: 168, refs: [] }, // its self-reference is not printed
    [BASE]: { size: 120, refs: [] },
  };

  test.each(['graphml/nix-2.8.0.graphml', 'graphml/nix-2.26.3.graphml'])('%s, recorded', (file) => {
    expect(asObject(fixture(file))).toEqual(want);
  });

  test('ids as full store paths (Nix before 2.4) give the same graph', () => {
    const text = fixture('graphml/nix-2.8.0.graphml').replace(/(id|source|target)="/g, `$1="${S}/`);
    expect(text).toContain(`<node id="${TOP_G}">`);
    expect(asObject(text)).toEqual(want);
  });

  test('a store directory with a trailing slash or elsewhere', () => {
    const text = fixture('graphml/nix-2.8.0.graphml');
    const g = parseGraphML(text, '/gnu/store');
    expect(g.path(0)).toBe('/gnu/store/chg72r0wjrhi1x1qdwadw8l73bbx0lwy-top');
    expect(g.find(TOP_G)).toBeUndefined();
    expect(g.find('/gnu/store/chg72r0wjrhi1x1qdwadw8l73bbx0lwy-top')).toBe(0);
  });

  test('an edge to a node printed later gets its size when the node comes', () => {
    const g = parseGraphML(fixture('graphml/nix-2.8.0.graphml'), S);
    expect(g.sizes.every((x) => x >= 0)).toBe(true);
    expect(g.size).toBe(5);
  });

  const head = fixture('graphml/nix-2.8.0.graphml').split('  <node')[0]!;
  const doc = (body: string) => `${head}${body}</graph>\n</graphml>\n`;
  test.each([
    ['no GraphML', 'oops', /not a GraphML document/],
    ['a node without a size', doc('  <node id="aa-x">\n  </node>\n'), /without an id or a narSize/],
    [
      'a size that is not a number',
      doc('  <node id="aa-x">\n    <data key="narSize">12k</data>\n  </node>\n'),
      /narSize of 'aa-x': expected a byte count/,
    ],
    ['an empty size', doc('  <node id="aa-x">\n    <data key="narSize"></data>\n  </node>\n'), /narSize of 'aa-x'/],
    [
      'an edge without a target',
      doc('  <node id="aa-x">\n    <data key="narSize">1</data>\n  </node>\n  <edge source="aa-x"/>\n'),
      /without a source or target/,
    ],
    [
      'an id outside the store',
      doc('  <node id="/elsewhere/aa-x">\n    <data key="narSize">1</data>\n  </node>\n'),
      /'\/elsewhere\/aa-x' is not in the store '\/nix\/store'/,
    ],
    ['an empty id', doc('  <node id="">\n    <data key="narSize">1</data>\n  </node>\n'), /empty id/],
  ])('%s is a NixOutputError', (_n, text, re) => {
    expect(() => parseGraphML(text, S)).toThrow(NixOutputError);
    expect(() => parseGraphML(text, S)).toThrow(re);
  });

  test('an edge from a node other than the one just read is still attributed to its source', () => {
    const text = doc(
      '  <node id="aa-x">\n    <data key="narSize">1</data>\n  </node>\n' +
        '  <node id="bb-y">\n    <data key="narSize">2</data>\n  </node>\n' +
        '  <edge source="aa-x" target="bb-y"/>\n',
    );
    expect(asObject(text)).toEqual({
      [`${S}/aa-x`]: { size: 1, refs: [`${S}/bb-y`] },
      [`${S}/bb-y`]: { size: 2, refs: [] },
    });
  });
});
