/**
 * The text report as the best linters print it (issue 13): findings grouped by file, each with its clickable
 * FILE:LINE:COL, the flake.nix line under it with carets under the columns (neutralised and cut when long), and
 * totals that say how many findings `flake-steward fix` applies.
 */
import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../../src/lint/lint-types.js';
import { codeFrame, FRAME_WIDTH, SourceLines } from '../../../src/render/lint-code-frame.js';
import { formatText } from '../../../src/render/lint-text.js';
import { RAW_CONTROL, runnerCommands } from '../../support/runner-commands.js';

const NIX = `{
  inputs = {
\tnixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    home-manager.url = "github:nix-community/home-manager";
  };
  outputs = { self, nixpkgs, home-manager }: { };
}
`;

const at = (line: number, column: number, endColumn: number, endLine = line) => ({ line, column, endLine, endColumn });

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'duplicates/duplicate-input',
    severity: 'warning',
    message: 'm',
    file: 'a-basic/flake.nix',
    ...at(4, 5, 17),
    ...over,
  };
}

describe('code frame', () => {
  test('the line and a caret run under the region, the gutter aligned on the line number', () => {
    expect(codeFrame(new SourceLines(NIX), at(4, 5, 17))).toEqual([
      '  4 |     home-manager.url = "github:nix-community/home-manager";',
      '    |     ^^^^^^^^^^^^',
    ]);
  });

  test('a tab shows as two spaces and the carets follow it; a region across lines runs to the end of the line', () => {
    expect(codeFrame(new SourceLines(NIX), at(3, 2, 3, 5))).toEqual([
      '  3 |   nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";',
      `    |   ${'^'.repeat(52)}`,
    ]);
  });

  test('CRLF and lone CR line breaks count as Nix counts them', () => {
    const s = new SourceLines('a\r\nb\rc\nd');
    expect([1, 2, 3, 4, 5].map((n) => s.line(n))).toEqual(['a', 'b', 'c', 'd', undefined]);
  });

  test('past the end of the text: no frame', () => {
    expect(codeFrame(new SourceLines(NIX), at(40, 1, 2))).toEqual([]);
  });

  test('a hostile line: escapes shown, carets under them, no raw control, no workflow command', () => {
    const evil = `  x = "\u001b]0;pwn\u0007\u202e::error::y ##[add-mask]z"; # \u2028`;
    const frame = codeFrame(new SourceLines(`{\n${evil}\n}`), at(2, 3, 4));
    expect(frame[0]).toBe('  2 |   x = "\\u001b]0;pwn\\u0007\\u202e::error::y #\u200b#[add-mask]z"; # \\u2028');
    expect(frame[1]).toBe('    |   ^');
    for (const l of frame) {
      expect(l).not.toMatch(RAW_CONTROL);
      expect(runnerCommands(l)).toEqual([]);
    }
    // carets under an escaped character cover its escape
    const esc = codeFrame(new SourceLines('\u001bab'), at(1, 2, 3));
    expect(esc).toEqual(['  1 | \\u001bab', '    |       ^']);
  });

  test('a long line is cut to a window around the caret, with the ellipses', () => {
    const long = `${'a'.repeat(5000)}TARGET${'b'.repeat(5000)}`;
    const [line, carets] = codeFrame(new SourceLines(long), at(1, 5001, 5007));
    expect(line!.length).toBeLessThan(FRAME_WIDTH + 20);
    expect(line).toMatch(/^ {2}1 \| …a+TARGETb+…$/);
    // the carets sit under TARGET
    const col = line!.indexOf('TARGET');
    expect(carets!.indexOf('^')).toBe(col);
    expect(carets!.slice(col)).toBe('^^^^^^');
    // a 4 MiB minified line costs what a short one does
    const huge = 'x'.repeat(4 * 1024 * 1024);
    const t0 = Date.now();
    const s = new SourceLines(huge);
    for (let i = 0; i < 1000; i++) codeFrame(s, at(1, 2_000_000, 2_000_010));
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('text report', () => {
  const findings: Finding[] = [
    finding({ file: 'a-basic/flake.lock', rule: 'lock/invalid', severity: 'error', ...at(1, 1, 2) }),
    finding({
      message: 'home-manager/nixpkgs is a second copy of nixpkgs',
      fix: {
        description: 'add the follows',
        text: 'home-manager.inputs.nixpkgs.follows = "nixpkgs";',
        edits: [
          {
            span: { start: { offset: 0, line: 5, column: 1 }, end: { offset: 0, line: 5, column: 1 } },
            newText: 'x',
          },
        ],
      },
    }),
    finding({
      rule: 'freshness/stale-input',
      message: 'stale',
      fix: { description: 'run nix flake update', text: '', edits: [] },
    }),
  ];

  test('grouped by file, FILE:LINE:COL on every finding, the flake.nix line under it, fixable totals', () => {
    const out = formatText(findings, [], {
      color: false,
      flakes: 1,
      sources: new Map([['a-basic/flake.nix', NIX]]),
    });
    expect(out).toBe(`a-basic/flake.lock
  a-basic/flake.lock:1:1 error lock/invalid m

a-basic/flake.nix
  a-basic/flake.nix:4:5 warning duplicates/duplicate-input home-manager/nixpkgs is a second copy of nixpkgs
    4 |     home-manager.url = "github:nix-community/home-manager";
      |     ^^^^^^^^^^^^
    fix: home-manager.inputs.nixpkgs.follows = "nixpkgs"; (flake-steward fix applies it)
  a-basic/flake.nix:4:5 warning freshness/stale-input stale
    4 |     home-manager.url = "github:nix-community/home-manager";
      |     ^^^^^^^^^^^^
    fix: run nix flake update

hint: to update the stale input: \`nix flake update NAME\` (Nix 2.19 and later) or \`nix flake lock --update-input NAME\`, or let \`flake-steward update\` open the pull request.
1 error, 2 warnings, 0 notices in 1 flake; 1 can be fixed by \`flake-steward fix\`
`);
  });

  test('without fixable findings the totals say nothing of fix', () => {
    const out = formatText([findings[0]!], [], { color: false, flakes: 1 });
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 error, 0 warnings, 0 notices in 1 flake');
  });
});
