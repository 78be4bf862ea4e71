/**
 * Which directories are flakes: the one definition every command uses (lint and fix call `discoverFlakes`, update
 * through the Fs port, src/workspace/fs.ts), with one walk and one glob (./glob.ts).
 *
 * A flake directory is a directory that holds a `flake.nix`, as for Nix (`nix flake …` refuses a directory without
 * one). `Config.paths` entries are workspace-relative directories or globs over directories (`**` for every flake in
 * the repository, `hosts/*`; a trailing `/flake.nix` or `/flake.lock` was already stripped by parseRelativePath):
 * - A glob selects the flake directories it matches; one that matches none is an error. A directory holding only a
 *   flake.lock is no flake, so no glob selects it.
 * - A directory named without a glob is taken as given when it holds a flake.nix or a flake.lock; one that holds
 *   neither is an error. What each command then needs of it is its own: lint reads a lock alone (lock-only mode,
 *   with its notice), update needs both files and says which one is missing.
 * So lint and update select the same directories for the same `paths`.
 *
 * The walk lists at most 20,000 directories, breadth first (`onWarning` is told when it stops there), and skips version-control and tool directories (`.git`,
 * `.jj`, `.hg`, `node_modules`, `.direnv`, `.devenv`) and Nix's build results (`result`, `result-*`).
 *
 * Globs never follow a directory link (the walk reads entries without following them). With `confine` (the action,
 * where a fork's pull request controls every file and link), a directory given by name and each flake's files must
 * also lead, links followed, inside the workspace; one that does not is refused before anything in it is read.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { confine, memoLinks, rootOf, type LinkReader, type Root } from './confine.js';
import { globToRegExp, hasGlobChars } from '../core/glob.js';
import { SETTINGS_FILE } from '../lint/settings-file.js';
import { compareText } from '../core/text-order.js';

const SKIP = new Set(['.git', 'node_modules', '.direnv', '.devenv', '.jj', '.hg', 'result']);
const MAX_DIRS = 20_000;

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** A flake directory: one with a flake.nix (what a glob selects). */
async function isFlakeDir(dir: string): Promise<boolean> {
  return isFile(path.join(dir, 'flake.nix'));
}

/** A directory named without a glob: a flake, or a flake.lock alone (lint's lock-only mode). */
async function isNamedFlakeDir(dir: string): Promise<boolean> {
  return (await isFlakeDir(dir)) || (await isFile(path.join(dir, 'flake.lock')));
}

/**
 * Every directory under `root` (relative POSIX paths, `.` first, breadth first), without following symlinks or
 * hidden tools' dirs; at most `max`, and whether more were left unlisted.
 */
async function walk(root: string, max: number): Promise<{ dirs: string[]; truncated: boolean }> {
  const out = ['.'];
  // breadth first: `out` is also the queue (`next` is the next directory to read)
  let next = 0;
  while (next < out.length) {
    const rel = out[next++]!;
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith('result-')) continue;
      if (out.length >= max) return { dirs: out, truncated: true };
      out.push(rel === '.' ? e.name : `${rel}/${e.name}`);
    }
  }
  return { dirs: out, truncated: false };
}

/** The files lint reads in a flake directory. */
const FLAKE_FILES = ['flake.nix', 'flake.lock', SETTINGS_FILE];

const AREA = 'the workspace';

/** The workspace as a confinement root, with one look at each directory for the whole discovery. */
interface Confinement {
  readonly root: Root;
  readonly links: LinkReader;
}

function confinement(workspace: string): Confinement {
  const links = memoLinks();
  return { root: rootOf(workspace, links), links };
}

function confineDir(c: Confinement, dir: string): void {
  const hint =
    'flake-steward reads nothing outside the workspace; point path or paths at a directory of the repository';
  confine(c.root, dir, { shown: dir, area: AREA, hint }, c.links);
}

function confineFiles(c: Confinement, dir: string): void {
  const hint = 'flake-steward reads nothing outside the workspace; commit the file itself rather than a link to it';
  for (const name of FLAKE_FILES) {
    const shown = path.posix.join(dir, name);
    confine(c.root, shown, { shown, area: AREA, hint }, c.links);
  }
}

export interface DiscoverOptions {
  /** Refuse a directory or flake file that leads outside the workspace (links followed). */
  readonly confine?: boolean;
  /** What to do, in the face's words, when a named directory holds no flake and when a glob matches none. */
  readonly hints?: DiscoverHints;
  /** Told once when a glob's walk stopped at its bound (flakes beyond it were not looked for). */
  readonly onWarning?: (line: string) => void;
  /** The walk's bound (directories listed); default 20,000. */
  readonly maxDirs?: number;
}

export interface DiscoverHints {
  readonly dir: string;
  readonly glob: string;
}

/** The action's words (its `path` and `paths` inputs, relative to the repository). */
const ACTION_HINTS: DiscoverHints = {
  dir: 'set path (or paths) to the directory of your flake',
  glob: 'paths are directories or globs relative to the repository, such as . or hosts/* or **/flake.nix',
};

/** Workspace-relative flake directories (POSIX, `.` for the workspace), sorted, each once. */
export async function discoverFlakes(
  workspace: string,
  paths: readonly string[],
  options: DiscoverOptions = {},
): Promise<string[]> {
  const c = options.confine ? confinement(workspace) : undefined;
  const hints = options.hints ?? ACTION_HINTS;
  const found = new Set<string>();
  let all: string[] | undefined;
  for (const raw of paths.length > 0 ? paths : ['.']) {
    const entry = raw.replace(/\/+$/, '').replace(/^\.\//, '') || '.';
    if (hasGlobChars(entry)) {
      if (all === undefined) {
        const max = options.maxDirs ?? MAX_DIRS;
        const walked = await walk(workspace, max);
        all = walked.dirs;
        if (walked.truncated) {
          options.onWarning?.(
            `the search for flakes (${entry}) stopped after ${max.toLocaleString('en-US')} directories: flakes in directories beyond them were not looked for; name their directories in paths`,
          );
        }
      }
      const re = globToRegExp(entry);
      let matched = 0;
      for (const dir of all) {
        if (
          (dir === '.' ? re.test('') || re.test('.') : re.test(dir)) &&
          (await isFlakeDir(path.join(workspace, dir)))
        ) {
          found.add(dir);
          matched++;
        }
      }
      if (matched === 0) {
        throw new UserError(`no flake matches '${raw}' under ${workspace}`, undefined, undefined, hints.glob);
      }
    } else {
      const dir = path.posix.normalize(entry);
      if (c) confineDir(c, dir);
      const abs = path.join(workspace, dir);
      if (!(await isNamedFlakeDir(abs))) {
        throw new UserError(
          `no flake.nix or flake.lock in ${dir === '.' ? workspace : dir}`,
          undefined,
          undefined,
          hints.dir,
        );
      }
      found.add(dir);
    }
  }
  const dirs = [...found].sort((a, b) => (a === '.' ? -1 : b === '.' ? 1 : compareText(a, b)));
  if (c) for (const dir of dirs) confineFiles(c, dir);
  return dirs;
}
