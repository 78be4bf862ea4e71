/**
 * A bare git repository that backs one repository of the local GitHub server: refs, commits, trees and file
 * contents all live in real git, so a test can push to it with `git` (commit-mode: git) and read it through the
 * REST/GraphQL API, or the other way round, and both views always agree.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '../../../src/exec/process.js';

export interface GitIdentity {
  readonly name: string;
  readonly email: string;
  /** ISO date; git's own clock when absent. */
  readonly date?: string;
}

export interface CommitInfo {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: Required<GitIdentity>;
  readonly committer: Required<GitIdentity>;
  readonly message: string;
}

export interface FileChange {
  readonly path: string;
  /** New contents, or null to delete the file. */
  readonly contents: Buffer | string | null;
}

const ZERO = '0000000000000000000000000000000000000000';

function gitEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...extra,
  };
}

export class GitRepo {
  constructor(readonly dir: string) {}

  /** Creates a bare repository with one initial commit holding `files` on `defaultBranch`. */
  static async create(
    dir: string,
    opts: { defaultBranch: string; files: Readonly<Record<string, string>>; author?: GitIdentity; message?: string },
  ): Promise<{ repo: GitRepo; head: string }> {
    await runProcess('git', ['init', '--bare', '--quiet', `--initial-branch=${opts.defaultBranch}`, dir], {
      env: gitEnv(),
    });
    const repo = new GitRepo(dir);
    await repo.configure();
    const author = opts.author ?? { name: 'Repo Owner', email: 'owner@example.com', date: '2024-01-01T00:00:00Z' };
    const head = await repo.createCommit({
      parent: undefined,
      changes: Object.entries(opts.files).map(([p, c]) => ({ path: p, contents: c })),
      message: opts.message ?? 'Initial commit',
      author,
      committer: author,
    });
    await repo.updateRef(`refs/heads/${opts.defaultBranch}`, head, ZERO);
    return { repo, head };
  }

  /** Pushes allowed over HTTP; no automatic gc (which would pack refs and objects behind the server's back). */
  async configure(): Promise<void> {
    await this.git(['config', 'http.receivepack', 'true']);
    await this.git(['config', 'gc.auto', '0']);
    await this.git(['config', 'receive.autogc', 'false']);
  }

  async git(args: readonly string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<string> {
    const r = await runProcess('git', ['--git-dir', this.dir, ...args], {
      env: gitEnv(opts.env),
      ...(opts.input !== undefined ? { input: opts.input } : {}),
    });
    return r.stdout;
  }

  private async gitOk(args: readonly string[]): Promise<{ ok: boolean; stdout: string }> {
    const r = await runProcess('git', ['--git-dir', this.dir, ...args], { env: gitEnv(), check: false });
    return { ok: r.code === 0, stdout: r.stdout };
  }

  /**
   * Every ref under `refs/`, read from the files git keeps them in (loose refs override `packed-refs`): no process
   * per lookup, which keeps the server fast. Auto-gc is off in these repositories, so nothing repacks behind us.
   */
  private async allRefs(): Promise<Map<string, string>> {
    const refs = new Map<string, string>();
    const packed = await readFile(path.join(this.dir, 'packed-refs'), 'utf8').catch(() => '');
    for (const line of packed.split('\n')) {
      const m = /^([0-9a-f]{40}) (refs\/\S+)$/.exec(line);
      if (m) refs.set(m[2]!, m[1]!);
    }
    const walk = async (rel: string): Promise<void> => {
      const entries = await readdir(path.join(this.dir, rel), { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const name = `${rel}/${e.name}`;
        if (e.isDirectory()) await walk(name);
        else if (e.isFile() && !e.name.endsWith('.lock')) {
          const sha = (await readFile(path.join(this.dir, name), 'utf8').catch(() => '')).trim();
          if (/^[0-9a-f]{40}$/.test(sha)) refs.set(name, sha);
        }
      }
    };
    await walk('refs');
    return refs;
  }

  /** The commit a full ref name (`refs/heads/main`) points at, or undefined. */
  async resolveRef(ref: string): Promise<string | undefined> {
    if (!ref.startsWith('refs/')) {
      const r = await this.gitOk(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return r.ok ? r.stdout.trim() : undefined;
    }
    return (await this.allRefs()).get(ref);
  }

  /** Full ref names and their targets under a prefix (`refs/heads/`), sorted by name. */
  async listRefs(prefix: string): Promise<{ ref: string; sha: string }[]> {
    return [...(await this.allRefs())]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, sha]) => ({ ref, sha }));
  }

  /** Moves (or creates, with `old` = zeros) a ref, atomically checking its old value when given. */
  async updateRef(ref: string, sha: string, old?: string): Promise<boolean> {
    const args = ['update-ref', ref, sha, ...(old !== undefined ? [old] : [])];
    return (await this.gitOk(args)).ok;
  }

  async deleteRef(ref: string): Promise<boolean> {
    return (await this.gitOk(['update-ref', '-d', ref])).ok;
  }

  async commitExists(sha: string): Promise<boolean> {
    if (!/^[0-9a-f]{4,40}$/.test(sha)) return false;
    return (await this.gitOk(['cat-file', '-e', `${sha}^{commit}`])).ok;
  }

  /** Resolves a branch name, tag, full ref or (abbreviated) commit sha to a commit sha (git's own lookup rules). */
  async resolve(refOrSha: string): Promise<string | undefined> {
    if (refOrSha.startsWith('-') || refOrSha.includes('..')) return undefined;
    return this.resolveRef(refOrSha);
  }

  /** Every branch and its commit, in one call. */
  async heads(): Promise<Map<string, string>> {
    const refs = await this.listRefs('refs/heads/');
    return new Map(refs.map((r) => [r.ref.slice('refs/heads/'.length), r.sha]));
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.gitOk(['merge-base', '--is-ancestor', ancestor, descendant])).ok;
  }

  async commitInfo(sha: string): Promise<CommitInfo | undefined> {
    const r = await this.gitOk(['show', '-s', '--format=%H%n%T%n%P%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%B', sha]);
    if (!r.ok) return undefined;
    const lines = r.stdout.split('\n');
    const [h, t, p, an, ae, ad, cn, ce, cd] = lines;
    return {
      sha: h!,
      tree: t!,
      parents: p ? p.split(' ') : [],
      author: { name: an!, email: ae!, date: ad! },
      committer: { name: cn!, email: ce!, date: cd! },
      message: lines.slice(9).join('\n').replace(/\n+$/, ''),
    };
  }

  /** File contents at a commit, or undefined when the path is not a file there (one `cat-file --batch`). */
  async readFile(sha: string, file: string): Promise<{ blob: string; contents: Buffer } | undefined> {
    if (/[\n\r]/.test(file)) return undefined;
    const out = Buffer.from(await this.git(['cat-file', '--batch'], { input: `${sha}:${file}\n` }), 'utf8');
    const nl = out.indexOf('\n');
    const [blob, type, size] = out.subarray(0, nl).toString('utf8').split(' ');
    if (type !== 'blob' || !blob || size === undefined) return undefined;
    return { blob, contents: out.subarray(nl + 1, nl + 1 + Number(size)) };
  }

  /** Contents of a blob by id, or undefined. */
  async readBlob(blob: string): Promise<Buffer | undefined> {
    if (!/^[0-9a-f]{40}$/.test(blob)) return undefined;
    const r = await this.gitOk(['cat-file', 'blob', blob]);
    return r.ok ? Buffer.from(r.stdout, 'utf8') : undefined;
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = await this.git(['rev-list', '--reverse', `${base}..${head}`]);
    return out.split('\n').filter((l) => l !== '');
  }

  /** `git diff --name-status` between two commits. */
  async changedFiles(base: string, head: string): Promise<{ status: string; path: string }[]> {
    const out = await this.git(['diff', '--no-renames', '--name-status', base, head]);
    return out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [status, p] = l.split('\t');
        return { status: status!, path: p! };
      });
  }

  /**
   * Writes a commit on top of `parent` with the given file changes, without touching any ref or work tree (a
   * temporary index). Returns its sha.
   */
  async createCommit(opts: {
    parent: string | undefined;
    changes: readonly FileChange[];
    message: string;
    author: GitIdentity;
    committer: GitIdentity;
  }): Promise<string> {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'gh-index-'));
    try {
      const env = { GIT_INDEX_FILE: path.join(tmp, 'index') };
      if (opts.parent) await this.git(['read-tree', opts.parent], { env });
      else await this.git(['read-tree', '--empty'], { env });
      for (const c of opts.changes) {
        if (c.contents === null) {
          await this.git(['update-index', '--force-remove', '--', c.path], { env });
        } else {
          const text = Buffer.isBuffer(c.contents) ? c.contents.toString('utf8') : c.contents;
          const blob = (await this.git(['hash-object', '-w', '--stdin'], { input: text })).trim();
          await this.git(['update-index', '--add', '--cacheinfo', `100644,${blob},${c.path}`], { env });
        }
      }
      const tree = (await this.git(['write-tree'], { env })).trim();
      const who = (prefix: 'AUTHOR' | 'COMMITTER', id: GitIdentity): Record<string, string> => ({
        [`GIT_${prefix}_NAME`]: id.name,
        [`GIT_${prefix}_EMAIL`]: id.email,
        ...(id.date ? { [`GIT_${prefix}_DATE`]: id.date } : {}),
      });
      const parents = opts.parent ? ['-p', opts.parent] : [];
      const sha = await this.git(['commit-tree', tree, ...parents, '-F', '-'], {
        input: opts.message,
        env: { ...who('AUTHOR', opts.author), ...who('COMMITTER', opts.committer) },
      });
      return sha.trim();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
}

export { ZERO as ZERO_SHA };
