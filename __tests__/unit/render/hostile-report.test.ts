/**
 * The update report (PR body, job summary), its JSON and the commit message with input names, labels, refs, URLs
 * and build logs that carry control characters, workflow commands and Markdown syntax: nothing raw comes out, the
 * tables keep their columns, links stay links, and the JSON keeps the data exact.
 */
import { describe, expect, test } from '@jest/globals';
import { commitMessage } from '../../../src/render/commit-message.js';
import { renderJson, reportJson } from '../../../src/render/update-json.js';
import { renderReport } from '../../../src/render/update-report.js';
import type { InputChange } from '../../../src/update/lock-diff.js';
import { failingConfiguration, flake, hmChange, nixpkgsChange, report } from '../../fixtures/render/reports.js';
import { RAW_CONTROL, runnerCommands } from '../../support/runner-commands.js';

/** RAW_CONTROL but the tab, which a build log in a fence keeps. */
const RAW_BUT_TAB = new RegExp(RAW_CONTROL.source.replace('\\u0000-\\u0009', '\\u0000-\\u0008'), 'u');

const ESC = '\u001b';
const EVIL = `x\n::error file=README.md::INJECTED\n::add-mask::flake${ESC}]0;pwn\u0007${ESC}[2J\u0085\u202e|</details>##[add-mask]y`;

const hostileChange: InputChange = {
  ...nixpkgsChange,
  path: [EVIL],
  name: EVIL,
  before: { ...nixpkgsChange.before!, label: `evil/${EVIL}`, ref: `ref${ESC}[2J` },
  after: {
    ...nixpkgsChange.after!,
    label: `evil/${EVIL}`,
    ref: `ref${ESC}[2J`,
    revUrl: `https://github.com/evil/x)y|z\n::add-mask::u/commit/1`,
  },
  compareUrl: 'https://github.com/evil/x)](javascript:alert(1))/compare/a...b',
};

function hostileReport() {
  const failing = failingConfiguration();
  return report({
    flakes: [
      flake({
        dir: `dir${ESC}[2J`,
        inputs: [hostileChange, hmChange],
        configurations: [
          {
            ...failing,
            attr: `nixosConfigurations."${EVIL}".config.system.build.toplevel`,
            name: EVIL,
            after: {
              status: 'failed',
              failure: {
                ...failing.after.failure!,
                message: `builder failed\n::error file=README.md::BUILD${ESC}[31m`,
                // a build log with colours, a carriage-return progress bar and an injected command
                logTail: `${ESC}[1mcompiling${ESC}[0m\r[====>   ] 50%\n::add-mask::secret\n\tindented ##[add-mask]z`,
              },
            },
          },
        ],
      }),
    ],
  });
}

/** Each table's rows have the header's number of cells (an unescaped `|` or a line break would change it). */
function expectTablesIntact(md: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  let width = 0;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      width = 0;
      continue;
    }
    if (width === 0) width = cells(line);
    expect({ line, cells: cells(line) }).toEqual({ line, cells: width });
  }
}

describe('update report with hostile names, URLs and logs', () => {
  test('PR body: nothing raw, no command, tables intact, links closed', () => {
    for (const maxLength of [60_000, 3_000]) {
      const md = renderReport(hostileReport(), { maxLength }).markdown;
      expect(RAW_BUT_TAB.exec(md)).toBeNull();
      expect(runnerCommands(md)).toEqual([]);
      expect(md).not.toContain('</details>|');
      expectTablesIntact(md);
      // the link target is percent-encoded where it would end the link or the cell
      expect(md).toContain('](https://github.com/evil/x%29y%7Cz%0A::add-mask::u/commit/1)');
      expect(md).not.toContain('](javascript:');
    }
  });

  test('the names are shown (escaped), and the log keeps its lines', () => {
    const md = renderReport(hostileReport()).markdown;
    // inline text reads line breaks as spaces; everything else is escaped
    expect(md).toContain('`x ::error file=README.md::INJECTED ::add-mask::flake\\u001b]0;pwn\\u0007\\u001b[2J');
    expect(md).toMatch(/^\\u001b\[1mcompiling\\u001b\[0m\\r\[====>   \] 50%$/m);
    expect(md).toMatch(/^\u200b::add-mask::secret$/m);
    expect(md).toMatch(/^\tindented #\u200b#\[add-mask\]z$/m);
  });

  test('commit message: nothing raw for `git log` in a terminal, no command', () => {
    const msg = commitMessage(hostileReport());
    expect(RAW_CONTROL.exec(msg)).toBeNull();
    expect(runnerCommands(msg)).toEqual([]);
    expect(msg.split('\n')[0]).toMatch(/^flake\.lock: update x\\n::error/);
  });

  test('JSON: the same data, nothing raw in the text', () => {
    const r = hostileReport();
    const text = renderJson(r);
    expect(RAW_CONTROL.exec(text)).toBeNull();
    expect(text).not.toContain('##[');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(reportJson(r))));
  });
});
