// Fails when dist/ differs from a fresh build of src/ (GitHub runs dist/index.js; nobody runs npm there): the whole
// tree (the entries and every chunk under dist/chunks/: a file missing, an extra file such as a chunk left from an
// older build, or different content), or a mode (dist/cli.js is the package's `bin` and is built executable), both in
// the working tree and, in a git checkout, in what git records, which is what a clone gets (installing the command
// from the clone, `npm install -g .`, makes the file executable in the working tree, which then hides a mode git got
// wrong).
// Usage: node scripts/check-dist.mjs [ROOT]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const fresh = mkdtempSync(path.join(tmpdir(), 'flake-steward-dist-'));

/** `755` or `644`: only the executable bits matter (git records nothing else). */
const modeOf = (file) => ((statSync(file).mode & 0o111) !== 0 ? '755' : '644');

/** Git's mode of each file under dist/ (`100755`, `100644`), or undefined when ROOT is not a git work tree. */
function gitModes() {
  let out;
  try {
    out = execFileSync('git', ['ls-files', '--stage', '-z', '--', 'dist'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const modes = new Map();
  for (const entry of out.split('\0')) {
    const m = /^(\d+) [0-9a-f]+ \d+\tdist\/(.+)$/.exec(entry);
    if (m) modes.set(m[2], m[1]);
  }
  return modes;
}

/** Every file under DIR, as paths relative to it with `/` separators (none when DIR does not exist). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) =>
      path
        .relative(dir, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join('/'),
    );
}

try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), fresh], { cwd: root, stdio: 'inherit' });
  const dist = path.join(root, 'dist');
  const names = new Set([...filesUnder(fresh), ...filesUnder(dist)]);
  const differ = [];
  const modes = [];
  const tracked = gitModes();
  for (const name of [...names].sort()) {
    const a = path.join(dist, name);
    const b = path.join(fresh, name);
    if (!existsSync(a)) {
      differ.push(`dist/${name} is missing`);
      continue;
    }
    if (!existsSync(b)) {
      differ.push(`dist/${name} is extra (a fresh build does not make it)`);
      continue;
    }
    if (!readFileSync(a).equals(readFileSync(b))) {
      differ.push(`dist/${name} differs`);
      continue;
    }
    const want = modeOf(b);
    if (modeOf(a) !== want) modes.push(`dist/${name} has mode ${modeOf(a)}, a fresh build ${want}`);
    const recorded = tracked?.get(name);
    if (recorded !== undefined && recorded !== `100${want}`) {
      modes.push(
        `git records dist/${name} as ${recorded}, a fresh build is ${want} ` +
          `(git update-index --chmod=${want === '755' ? '+' : '-'}x dist/${name})`,
      );
    }
  }
  if (differ.length > 0) {
    console.error(
      `check-dist: dist/ differs from a fresh build of src/: ${differ.join('; ')}. ` +
        'Run `npm run bundle` and commit dist/ with its removals (`git add --all dist`).',
    );
  }
  if (modes.length > 0) {
    console.error(`check-dist: ${modes.join('; ')}. Run \`npm run bundle\` and commit the mode.`);
  }
  if (differ.length > 0 || modes.length > 0) process.exit(1);
  console.log('check-dist: dist/ matches a fresh build of src/');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
