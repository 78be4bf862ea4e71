/**
 * The files between the stages of an update: the plan directory (`plan.json`) that `plan` writes and `build` and
 * `report` read, and the build files (`build-<shard>.json`) that `build` writes and `report` collects from a
 * directory laid out as `actions/download-artifact` leaves it (the files at its top, or one folder per artifact).
 * Every file is read with a size limit, as a regular file only; directories and files are found without following
 * links. With `within` (the action), every directory given must lead inside the workspace.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import { BUILD_FILE_PATTERN, BUILD_MAX_BYTES } from '../update/build-file.js';
import { PLAN_MAX_BYTES } from '../update/plan-file.js';
import { writeAtomic } from './atomic-write.js';
import { readBoundedText } from './bounded-read.js';
import { confine, rootOf } from './confine.js';

/** A file's text and how it is named in messages. */
export interface StageText {
  readonly file: string;
  readonly text: string;
}

export interface StageFiles {
  /** `plan.json` of the plan directory `dir`; a UserError when there is none. */
  readPlan(dir: string): Promise<StageText>;
  /** Writes `plan.json` into `dir` (made as needed); returns the file's path. */
  writePlan(dir: string, text: string): Promise<string>;
  /** Every build file in `dir` and its folders one level down, in path order. */
  readBuilds(dir: string): Promise<StageText[]>;
  /** Writes `name` into `dir` (made as needed); returns the file's path. */
  writeBuild(dir: string, name: string, text: string): Promise<string>;
  /** The file `name` of the plan directory `dir` (at most `bytes`), or undefined when there is none. */
  readExtra(dir: string, name: string, bytes: number): Promise<StageText | undefined>;
  /** Writes `name` into the plan directory `dir`; returns the file's path. */
  writeExtra(dir: string, name: string, text: string): Promise<string>;
}

export const PLAN_FILE = 'plan.json';
/** Build files read at most (256 shards, with room for re-runs laid side by side). */
const MAX_BUILD_FILES = 1024;

/**
 * The stage files under the directories given; `within` (the workspace): each directory must lead inside it, and
 * `shown` names files relative to it.
 */
export function stageFiles(within?: string): StageFiles {
  const base = within ?? process.cwd();
  const root = within !== undefined ? rootOf(within) : undefined;
  const place = (dir: string, what: string): string =>
    root === undefined
      ? path.resolve(base, dir)
      : confine(root, dir, {
          shown: dir,
          area: 'the workspace',
          hint: `set ${what} to a directory inside the workspace, such as .flake-steward/${what === 'plan-dir' ? 'plan' : 'builds'}`,
        });
  const shown = (file: string): string => {
    const rel = path.relative(base, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  };
  return {
    async readPlan(dir) {
      const file = path.join(place(dir, 'plan-dir'), PLAN_FILE);
      const text = await readBoundedText(file, shown(file), {
        bytes: PLAN_MAX_BYTES,
        hint: 'give the plan directory the plan step wrote, unchanged',
      });
      if (text === undefined) {
        throw new UserError(
          `no ${PLAN_FILE} in ${shown(path.dirname(file)) || '.'}`,
          undefined,
          undefined,
          'give the directory the plan step wrote (its plan-dir output, downloaded with actions/download-artifact)',
        );
      }
      return { file: shown(file), text };
    },
    async writePlan(dir, text) {
      const d = place(dir, 'plan-dir');
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, PLAN_FILE);
      await writeAtomic(file, text);
      return file;
    },
    async readBuilds(dir) {
      const top = place(dir, 'builds-dir');
      const files: string[] = [];
      const scan = async (d: string, depth: number): Promise<void> => {
        let entries;
        try {
          entries = await fsp.readdir(d, { withFileTypes: true });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT' && d === top) {
            throw new UserError(
              `no directory ${shown(top) || '.'} with build files`,
              undefined,
              undefined,
              'download the build artifacts into it (actions/download-artifact with a pattern and a path)',
            );
          }
          throw e;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
          const p = path.join(d, e.name);
          if (e.isFile() && BUILD_FILE_PATTERN.test(e.name)) files.push(p);
          else if (e.isDirectory() && depth === 0) await scan(p, 1);
          if (files.length > MAX_BUILD_FILES) {
            throw new UserError(
              `more than ${MAX_BUILD_FILES} build files under ${shown(top) || '.'}`,
              undefined,
              undefined,
              'download the build artifacts of this run only',
            );
          }
        }
      };
      await scan(top, 0);
      const out: StageText[] = [];
      for (const file of files) {
        const text = await readBoundedText(file, shown(file), {
          bytes: BUILD_MAX_BYTES,
          hint: 'download the build artifacts of this run only, unchanged',
        });
        if (text !== undefined) out.push({ file: shown(file), text });
      }
      return out;
    },
    async readExtra(dir, name, bytes) {
      const file = path.join(place(dir, 'plan-dir'), name);
      const text = await readBoundedText(file, shown(file), {
        bytes,
        hint: 'use the result directory the review step wrote, unchanged',
      });
      return text === undefined ? undefined : { file: shown(file), text };
    },
    async writeExtra(dir, name, text) {
      const d = place(dir, 'plan-dir');
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, name);
      await writeAtomic(file, text);
      return file;
    },
    async writeBuild(dir, name, text) {
      const d = place(dir, 'builds-dir');
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, name);
      await writeAtomic(file, text);
      return file;
    },
  };
}
