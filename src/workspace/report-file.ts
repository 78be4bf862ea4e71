/**
 * The one write of a report file the user names (the SARIF file of `lint`, from the CLI's `--sarif-file` and the
 * action's `sarif-file`): its directory made as needed, the file written atomically (./atomic-write.ts) where the
 * path really leads, links followed as a plain write follows them. With `within` (the action, where the workflow
 * names the file and a fork's pull request controls the links in the workspace), a path that leads outside the
 * workspace is refused with a UserError naming the file and what to set instead, checked here where it is written.
 * Without it (the CLI), a path that is a device or a pipe (`--sarif-file /dev/stdout`, `>(jq …)`) is written to as
 * it is: replacing it would replace the device's name, not write to it.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from './atomic-write.js';
import { confine, resolvePath, rootOf } from './confine.js';

/** The boundary a report file must stay inside, and what to do when it does not. */
export interface ReportConfinement {
  /** The workspace (GITHUB_WORKSPACE). */
  readonly workspace: string;
  /** What to set instead: `set sarif-file to a file inside the repository, such as flake-steward.sarif`. */
  readonly hint: string;
}

/** Writes `text` to `file` (absolute, or relative to the working directory); returns where it was written. */
export async function writeReportFile(file: string, text: string, within?: ReportConfinement): Promise<string> {
  if (within === undefined && (await isStream(file))) {
    await writeFile(file, text);
    return file;
  }
  const real =
    within === undefined
      ? resolvePath(file)
      : confine(rootOf(within.workspace), file, {
          shown: path.relative(within.workspace, path.resolve(within.workspace, file)),
          area: 'the workspace',
          hint: within.hint,
        });
  await mkdir(path.dirname(real), { recursive: true });
  await writeAtomic(real, text);
  return real;
}

/** Whether `file` is there and is neither a regular file nor a directory: a device, a pipe, a socket. */
async function isStream(file: string): Promise<boolean> {
  try {
    const s = await stat(file);
    return !s.isFile() && !s.isDirectory();
  } catch {
    return false;
  }
}
