/** The repository a directory belongs to, for `fix`, which writes nothing outside it. */
import type { ProcessRunner } from '../exec/process.js';

/** git's top level of `dir`; `dir` itself outside a git work tree or without git. */
export async function repositoryRoot(run: ProcessRunner, dir: string): Promise<string> {
  try {
    const r = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir, check: false });
    const top = r.stdout.replace(/\r?\n$/, '');
    if (r.code === 0 && top !== '') return top;
  } catch {
    // no git here: the directory is the repository
  }
  return dir;
}
