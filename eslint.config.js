// Type-aware lint for the async bugs that turn a failing step green (floating promises) and for `any`; and the walls
// between folders (docs: /work/shared/DESIGN.md "One application layer, two faces"), one block per folder.
import tseslint from 'typescript-eslint';

/** Folders whose code has effects (processes, the disk, the network): reached from the pure code through ports. */
const EFFECTS = ['exec', 'workspace', 'nix-cli', 'github', 'git'];
/** The two faces: they call the use cases, nothing calls them. */
const FACES = ['action', 'cli'];
/** Pure folders: Nix language, flake model, closure, lint rules, forge, render, update domain, core (types, ports). */
const PURE = ['nix', 'flake', 'closure', 'lint', 'forge', 'render', 'update', 'core'];

/** An import of one of `folders` under src/, from any depth below src/ (`../exec/x.js`, `../../workspace/x.js`). */
const folderImport = (folders) => `^(?:\\.\\./)+(?:${folders.join('|')})(?:/|$)`;

const PORTS = 'go through a port in src/core/ports.ts, passed in by the use case';

/** Node's modules for processes, the disk and the network, with or without `node:`. */
const builtins = (names) => `^(?:node:)?(?:${names.join('|')})$`;
const IO = ['child_process', 'fs', 'fs/promises', 'net', 'http', 'https'];

const noActions = (folder) => ({
  regex: '^@actions/',
  message: `only the action face (src/action) imports @actions/*: ${folder}/ is shared with the CLI, so it logs through the Logger port (src/core/ports.ts) and returns what the action writes.`,
});

const noFaces = (folder) => ({
  regex: folderImport(FACES),
  message: `${folder}/ imports no face (src/action, src/cli): the faces translate inputs and argv into calls of src/app, never the other way.`,
});

/** What a pure folder may not import. */
const pure = (folder) => [
  {
    regex: folderImport([...EFFECTS, 'app']),
    message: `${folder}/ is pure: it imports no effect module (src/exec, src/workspace, src/nix-cli, src/github, src/git) and no use case (src/app); ${PORTS}. A type it needs from there belongs in src/core/ports.ts or in ${folder}/ itself.`,
  },
  noFaces(folder),
  {
    regex: builtins(IO),
    message: `${folder}/ is pure: no processes, disk or network (node:child_process, node:fs, node:net, node:http(s)); ${PORTS} (Fs, Git, Nix, GitHub).`,
  },
  noActions(folder),
  {
    regex: '^@octokit/',
    message: `${folder}/ is pure: GitHub is reached through src/github/ behind the GitHub port; ${PORTS}.`,
  },
];

/** What a face may not import: it translates, and the effects live in the effect modules. */
const noEffects = (folder) => ({
  regex: builtins(['child_process', 'fs', 'fs/promises', 'net']),
  message: `${folder}/ is a face: it translates and touches no process, disk or network (node:child_process, node:fs, node:net); that is the effect modules' job (src/exec, src/workspace, src/git, src/github, src/nix-cli).`,
});

const walls = (folder, patterns) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench/**', 'coverage/**', '**/*.cjs', '**/*.mjs', '*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Walls. A later block's `no-restricted-imports` replaces an earlier one for the files both match, so each folder
  // has exactly one block listing everything it may not import.
  ...PURE.filter((f) => f !== 'nix').map((folder) => walls(folder, pure(folder))),
  walls('nix', [
    ...pure('nix'),
    {
      regex: folderImport(['flake']),
      message:
        'nix/ is the Nix language and knows nothing of flakes: flake/ builds on nix/, never the reverse (Loc and Span are src/nix/location.ts).',
    },
  ]),
  ...EFFECTS.map((folder) =>
    walls(folder, [
      noFaces(folder),
      {
        regex: folderImport(['app']),
        message: `${folder}/ is an effect module: the use cases in src/app call it (through ports), it never calls them.`,
      },
      noActions(folder),
    ]),
  ),
  walls('app', [
    noFaces('app'),
    noActions('app'),
    {
      regex: builtins(IO),
      message: `app/ holds the use cases: processes, the disk and the network are the effect modules' (src/exec, src/workspace, src/git, src/github, src/nix-cli), reached through the ports of src/core/ports.ts.`,
    },
  ]),
  walls('action', [noEffects('action')]),
  walls('cli', [noActions('cli'), noEffects('cli')]),
);
