/**
 * The walls between folders are the linter's (eslint.config.js, `no-restricted-imports` per folder): each one fails
 * `npm run lint` on a deliberate violation, with its reason, and lets the imports the design allows through.
 *
 * Snippets are linted as if they were files in those folders (`lintText` with a `filePath`), with the repository's own
 * configuration. Type information is switched off (typescript-eslint's `disableTypeChecked`): the files do not exist,
 * so the TypeScript project cannot hold them, and no wall needs types.
 */
import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function lint(filePath: string, code: string): Promise<{ walls: string[]; all: string[] }> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result!.messages;
  return {
    walls: messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message),
    all: messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`),
  };
}

describe('a violation fails the lint, with the reason', () => {
  test.each<[string, string, string, string]>([
    // [wall, file, code, reason]
    ['pure lint/ reads no disk', 'src/lint/x.ts', "export { readFile } from 'node:fs';", 'lint/ is pure'],
    [
      '… nor through fs/promises',
      'src/lint/x.ts',
      "import { open } from 'node:fs/promises';\nvoid open;",
      'lint/ is pure',
    ],
    ['… at any depth', 'src/lint/rules/x.ts', "export { runProcess } from '../../exec/process.js';", 'lint/ is pure'],
    ['pure forge/ runs no process', 'src/forge/x.ts', "export { spawn } from 'child_process';", 'forge/ is pure'],
    ['pure render/ opens no socket', 'src/render/x.ts', "export { connect } from 'node:net';", 'render/ is pure'],
    ['… nor http', 'src/closure/x.ts', "export { request } from 'node:https';", 'closure/ is pure'],
    [
      'pure render/ takes no type from an effect module',
      'src/render/x.ts',
      "import type { GitHubClient } from '../github/client.js';\nexport type C = GitHubClient;",
      'render/ is pure',
    ],
    [
      'pure update/ calls no use case',
      'src/update/x.ts',
      "export { lockModel } from '../app/update.js';",
      'update/ is pure',
    ],
    ['pure flake/ imports no face', 'src/flake/x.ts', "export * from '../cli/main.js';", 'imports no face'],
    ['pure core/ imports no Octokit', 'src/core/x.ts', "export { Octokit } from '@octokit/rest';", 'core/ is pure'],
    [
      'lint/ reads no files through the workspace either',
      'src/lint/x.ts',
      "export * from '../workspace/read-flake.js';",
      'lint/ is pure',
    ],
    [
      'nix/ knows nothing of flakes',
      'src/nix/x.ts',
      "export type { LockFile } from '../flake/flake-types.js';",
      'flake/ builds on nix/',
    ],
    [
      'only the action face imports @actions/*: not app/',
      'src/app/x.ts',
      "export { info } from '@actions/core';",
      'only the action face',
    ],
    ['… nor the CLI', 'src/cli/x.ts', "export { info } from '@actions/core';", 'only the action face'],
    ['… nor a pure folder', 'src/render/x.ts', "export { summary } from '@actions/core';", 'only the action face'],
    ['app/ imports no face', 'src/app/x.ts', "export { Outputs } from '../action/constants.js';", 'imports no face'],
    [
      'app/ touches no disk itself',
      'src/app/x.ts',
      "export { rm } from 'node:fs/promises';",
      'app/ holds the use cases',
    ],
    [
      'app/ runs no process itself',
      'src/app/x.ts',
      "export { spawn } from 'node:child_process';",
      'app/ holds the use cases',
    ],
    ['an effect module calls no use case', 'src/github/x.ts', "export * from '../app/publish.js';", 'effect module'],
    ['… and imports no face', 'src/workspace/x.ts', "export * from '../cli/main.js';", 'imports no face'],
    ['… nor @actions/*', 'src/exec/x.ts', "export { exec } from '@actions/exec';", 'only the action face'],
    [
      'the action face reads no disk itself',
      'src/action/x.ts',
      "export { mkdir } from 'node:fs/promises';",
      'is a face',
    ],
    ['… runs no process', 'src/action/x.ts', "export { execFile } from 'node:child_process';", 'is a face'],
    ['… opens no socket', 'src/action/x.ts', "export { connect } from 'node:net';", 'is a face'],
    ['the CLI face reads no disk itself', 'src/cli/commands/x.ts', "export { realpathSync } from 'fs';", 'is a face'],
    [
      '… nor through fs/promises',
      'src/cli/x.ts',
      "import { readFile } from 'node:fs/promises';\nvoid readFile;",
      'is a face',
    ],
    ['… runs no process', 'src/cli/x.ts', "export { spawn } from 'child_process';", 'is a face'],
    ['… opens no socket', 'src/cli/commands/x.ts', "export { createServer } from 'node:net';", 'is a face'],
  ])('%s', async (_wall, file, code, reason) => {
    const { walls } = await lint(file, code);
    expect(walls).toHaveLength(1);
    expect(walls[0]).toContain(reason);
  });
});

describe('what the design allows passes', () => {
  test.each<[string, string, string]>([
    [
      'a pure folder: other pure folders, a port type, node:path',
      'src/lint/x.ts',
      [
        "export { showPath } from '../flake/flake-types.js';",
        "export type { Span } from '../nix/location.js';",
        "export { attrName } from '../nix/edit.js';",
        "export type { Logger } from '../core/ports.js';",
        "export { repoLocationOf } from '../forge/forge-repo.js';",
        "export { globMatch } from '../core/glob.js';",
        "export { default as path } from 'node:path';",
      ].join('\n'),
    ],
    ['nix/ on core/', 'src/nix/x.ts', "export { UserError } from '../core/errors.js';"],
    [
      'an effect module: processes, disk, pure folders',
      'src/nix-cli/x.ts',
      "export { spawn } from 'node:child_process';\nexport { readFile } from 'node:fs/promises';\nexport * from '../closure/drvname.js';",
    ],
    [
      'app/: effects and pure folders',
      'src/app/x.ts',
      "export * from '../github/client.js';\nexport * from '../workspace/fs.js';\nexport { default as path } from 'node:path';",
    ],
    [
      'the action face: @actions/*, app/, the effect modules, node:path',
      'src/action/x.ts',
      [
        "export { info } from '@actions/core';",
        "export { context } from '@actions/github';",
        "export * from '../app/lint.js';",
        "export { writeReportFile } from '../workspace/report-file.js';",
        "export { default as path } from 'node:path';",
      ].join('\n'),
    ],
    [
      'the CLI face: app/, the effect modules, node:path, node:util',
      'src/cli/commands/x.ts',
      [
        "export * from '../../app/lint.js';",
        "export { readLockText } from '../../workspace/bounded-read.js';",
        "export { closureGraph } from '../../nix-cli/nix.js';",
        "export { default as path } from 'node:path';",
        "export { parseArgs } from 'node:util';",
      ].join('\n'),
    ],
  ])('%s', async (_what, file, code) => {
    expect((await lint(file, code)).all).toEqual([]);
  });
});
