/**
 * The one atomic write (flake.nix fixes, flake.lock restores, SARIF): the new bytes go to a temporary file in the
 * same directory (same file system, so the rename is atomic), which takes the old file's mode and is then renamed
 * over the file. A reader sees the old file or the new one, never half of either; on any error the temporary file
 * is removed and the file is as it was.
 *
 * The rename replaces the directory entry itself: a symbolic link at `file` is replaced, not written through.
 * Callers that mean to write the link's target pass the resolved path (src/workspace/confine.ts).
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.flake-steward-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    mode = undefined; // a new file keeps the default mode
  }
  let created = false;
  try {
    // `wx`: never reuse (or follow a link at) a name that is already there
    const handle = await open(tmp, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    // the umask may have cleared bits of the requested mode
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (e) {
    if (created) await rm(tmp, { force: true });
    throw e;
  }
}
