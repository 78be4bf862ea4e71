/**
 * Where a token shows up: in texts (log lines, errors, outputs) and in every file under some directories (a
 * checkout's `.git`, temp dirs), raw or in the base64 form git sends it in (`x-access-token:TOKEN`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export function tokenForms(token: string): string[] {
  return [token, Buffer.from(`x-access-token:${token}`).toString('base64'), Buffer.from(token).toString('base64')];
}

/** Names of the texts and files that contain the token in any form; empty when it appears nowhere. */
export async function findToken(
  token: string,
  where: { readonly texts?: Readonly<Record<string, string>>; readonly dirs?: readonly string[] },
): Promise<string[]> {
  const forms = tokenForms(token);
  const hits: string[] = [];
  for (const [name, text] of Object.entries(where.texts ?? {})) {
    if (forms.some((f) => text.includes(f))) hits.push(name);
  }
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) {
        const data = await readFile(p);
        if (forms.some((f) => data.includes(f))) hits.push(p);
      }
    }
  };
  for (const d of where.dirs ?? []) await walk(d);
  return hits;
}
