/**
 * A local GitHub for tests: REST (validated against GitHub's OpenAPI description), GraphQL (validated against
 * GitHub's schema) and git smart HTTP, on 127.0.0.1 at a random port, over state a test can seed and inspect.
 *
 *   const gh = await startGitHubServer({ token });
 *   await gh.createRepository({ owner: 'acme', name: 'infra', files: { 'flake.lock': '…' } });
 *   // point the client at gh.apiUrl (GITHUB_API_URL) and gh.url (GITHUB_SERVER_URL) …
 *   gh.assertNoViolations();
 *   await gh.close();
 *
 * Every request that does not match GitHub's description is answered like GitHub would (400/404/422, GraphQL
 * errors) and recorded in `violations`; `assertNoViolations()` fails the test with all of them. Every request is
 * recorded in `requests`. Faults (`gh.faults.add`) replace answers with 5xx, rate limits or any error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { faultReply, Faults, type HttpReply } from './faults.js';
import { GitRepo } from './git-repo.js';
import { gitPath, serveGit } from './git-http.js';
import { rootFields, runGraphQL } from './graphql.js';
import { graphqlRoot } from './graphql-root.js';
import { loadRestValidator, type RestValidator } from './openapi.js';
import { addComment, ApiError, errorBody, restHandler, syncPulls } from './rest.js';
import {
  defaultSettings,
  GITHUB_ACTIONS_BOT,
  newState,
  nextId,
  nodeId,
  now,
  repoKey,
  type Actor,
  type CommentState,
  type PullState,
  type RepoSettings,
  type RepoState,
  type SeededCommit,
  type ServerState,
  type TokenPermissions,
} from './state.js';
import { loadGraphQLSchema } from './graphql.js';

export interface RecordedRequest {
  readonly kind: 'rest' | 'graphql' | 'git';
  readonly method: string;
  /** Path as received (with `/api/v3` when the client used it), without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  /** REST operation id, GraphQL root fields joined by `,`, or the git service. */
  readonly operation?: string;
  readonly body: unknown;
  readonly status: number;
  readonly userAgent?: string;
  /** Whether the request carried the server's token. */
  readonly authenticated: boolean;
  /** Time the server took to answer. */
  readonly ms: number;
}

export interface Violation {
  readonly request: string;
  readonly message: string;
}

export interface GitHubServerOptions {
  readonly token?: string;
  readonly actor?: Actor;
  readonly permissions?: Partial<TokenPermissions>;
}

export interface CreateRepositoryOptions {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch?: string;
  /** Files of the initial commit. */
  readonly files?: Readonly<Record<string, string>>;
  readonly private?: boolean;
  readonly settings?: Partial<RepoSettings>;
  /** Users that can be assigned and asked for review (everyone when absent). */
  readonly collaborators?: readonly string[];
  readonly teams?: readonly string[];
  /** Serve this existing bare repository instead of creating one. */
  readonly gitDir?: string;
}

export interface OpenPullOptions {
  /** Head branch: a branch of the repository, or of `fork` when given. */
  readonly head: string;
  /** Base branch; the default branch when absent. */
  readonly base?: string;
  /** The fork the head branch lives in (created as a repository without git data when missing). */
  readonly fork?: { readonly owner: string; readonly name: string };
  /** Head commit: required for a fork; for a branch of the repository, its head is read from git. */
  readonly sha?: string;
  readonly title?: string;
  readonly body?: string;
  /** Author login; the fork's owner, or the token's actor. */
  readonly user?: string;
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly faults = new Faults();

  private constructor(
    private readonly http: Server,
    readonly url: string,
    readonly state: ServerState,
    private readonly rest: RestValidator,
    private readonly dir: string,
  ) {}

  /** `http://127.0.0.1:PORT/api/v3`, as GitHub Enterprise Server spells it (GITHUB_API_URL). */
  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  /** `http://127.0.0.1:PORT/api/graphql` (GITHUB_GRAPHQL_URL). */
  get graphqlUrl(): string {
    return `${this.url}/api/graphql`;
  }

  get token(): string {
    return this.state.token;
  }

  static async start(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
    const rest = loadRestValidator();
    loadGraphQLSchema();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gh-server-'));
    const state = newState(
      opts.token ?? 'ghs_testtoken0000000000000000000000000000',
      opts.actor ?? GITHUB_ACTIONS_BOT,
      {
        contents: 'write',
        pullRequests: 'write',
        issues: 'write',
        ...opts.permissions,
      },
    );
    const holder: { self?: GitHubServer } = {};
    const http = createServer((req, res) => {
      const self = holder.self!;
      void self.handle(req, res).catch((e: unknown) => {
        self.violations.push({ request: `${req.method} ${req.url}`, message: `server error: ${String(e)}` });
        if (!res.headersSent) res.statusCode = 500;
        res.end(JSON.stringify({ message: 'test server error' }));
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as AddressInfo).port;
    const self = new GitHubServer(http, `http://127.0.0.1:${port}`, state, rest, dir);
    holder.self = self;
    return self;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.http.closeAllConnections();
      this.http.close(() => resolve());
    });
    await rm(this.dir, { recursive: true, force: true });
  }

  // ------------------------------------------------------------ seeding and inspection

  async createRepository(opts: CreateRepositoryOptions): Promise<RepoState> {
    const defaultBranch = opts.defaultBranch ?? 'main';
    let git: GitRepo;
    if (opts.gitDir) {
      git = new GitRepo(opts.gitDir);
      await git.configure();
    } else {
      const dir = path.join(this.dir, opts.owner, `${opts.name}.git`);
      git = (await GitRepo.create(dir, { defaultBranch, files: opts.files ?? { 'README.md': `# ${opts.name}\n` } }))
        .repo;
    }
    return this.addRepo(opts, defaultBranch, git);
  }

  /** A repository without git data that answers seeded comparisons (an upstream input such as NixOS/nixpkgs). */
  addUpstream(owner: string, name: string): RepoState {
    const existing = this.state.repos.get(repoKey(owner, name));
    return existing ?? this.addRepo({ owner, name, private: false }, 'master', undefined);
  }

  /** Seeds `GET /repos/{owner}/{repo}/compare/{base}...{head}` for an upstream repository (oldest commit first). */
  seedCompare(
    owner: string,
    name: string,
    base: string,
    head: string,
    commits: readonly SeededCommit[],
    behindBy = 0,
  ): void {
    this.addUpstream(owner, name).compares.set(`${base}...${head}`, { commits, behindBy });
  }

  /**
   * Seeds an open pull request as someone else opened it: from a branch of the repository, or from a fork (whose
   * head commit, when the repository has it, is also kept as `refs/pull/N/head`, as GitHub does).
   */
  async openPull(owner: string, name: string, opts: OpenPullOptions): Promise<PullState> {
    const repo = this.repo(owner, name);
    const base = opts.base ?? repo.defaultBranch;
    let sha = opts.sha;
    if (opts.fork) {
      if (!sha) throw new Error('openPull: a pull request from a fork needs its head sha');
      if (!this.state.repos.has(repoKey(opts.fork.owner, opts.fork.name))) {
        this.addRepo({ owner: opts.fork.owner, name: opts.fork.name, private: false }, 'main', undefined, true);
      }
    } else {
      sha = await repo.git?.resolveRef(`refs/heads/${opts.head}`);
      if (!sha) throw new Error(`openPull: ${owner}/${name} has no branch ${opts.head}`);
    }
    const id = nextId(this.state);
    const number = repo.nextNumber++;
    const t = now();
    const pr: PullState = {
      number,
      id,
      nodeId: nodeId('PR', id),
      title: opts.title ?? `Pull request ${number}`,
      body: opts.body ?? null,
      state: 'open',
      draft: false,
      headRef: opts.head,
      ...(opts.fork ? { headRepo: { owner: opts.fork.owner, name: opts.fork.name } } : {}),
      baseRef: base,
      headSha: sha,
      labels: [],
      assignees: [],
      requestedReviewers: [],
      requestedTeams: [],
      user: opts.user ?? opts.fork?.owner ?? this.state.actor.login,
      createdAt: t,
      updatedAt: t,
      closedAt: null,
    };
    repo.pulls.push(pr);
    this.state.nodes.set(pr.nodeId, { kind: 'pull', repo, number });
    if (opts.fork && repo.git && (await repo.git.commitExists(sha))) {
      await repo.git.updateRef(`refs/pull/${number}/head`, sha);
    }
    return pr;
  }

  /** Seeds a comment on issue or pull request `issueNumber`, written by `user` (the token's actor by default). */
  addComment(owner: string, name: string, issueNumber: number, body: string, user?: string): CommentState {
    return addComment(this.state, this.repo(owner, name), issueNumber, body, user ?? this.state.actor.login);
  }

  /** Comments on issue or pull request `issueNumber`, oldest first. */
  comments(owner: string, name: string, issueNumber: number): CommentState[] {
    return this.repo(owner, name).comments.filter((c) => c.issueNumber === issueNumber);
  }

  private addRepo(
    opts: CreateRepositoryOptions,
    defaultBranch: string,
    git: GitRepo | undefined,
    fork = false,
  ): RepoState {
    const id = nextId(this.state);
    const repo: RepoState = {
      owner: opts.owner,
      name: opts.name,
      id,
      nodeId: nodeId('R', id),
      defaultBranch,
      private: opts.private ?? true,
      ...(fork ? { fork } : {}),
      ...(git ? { git } : {}),
      settings: { ...defaultSettings(), ...opts.settings },
      ...(opts.collaborators ? { collaborators: new Set(opts.collaborators) } : {}),
      teams: new Set(opts.teams ?? []),
      pulls: [],
      labels: [],
      comments: [],
      compares: new Map(),
      verified: new Set(),
      nextNumber: 1,
    };
    this.state.repos.set(repoKey(opts.owner, opts.name), repo);
    this.state.nodes.set(repo.nodeId, { kind: 'repo', repo });
    return repo;
  }

  repo(owner: string, name: string): RepoState {
    const r = this.state.repos.get(repoKey(owner, name));
    if (!r) throw new Error(`no repository ${owner}/${name} on the test server`);
    return r;
  }

  /** Open pull requests of a repository. */
  openPulls(owner: string, name: string): PullState[] {
    return this.repo(owner, name).pulls.filter((p) => p.state === 'open');
  }

  /** Branch names of a repository (from its git data). */
  async branches(owner: string, name: string): Promise<Map<string, string>> {
    const git = this.repo(owner, name).git;
    const refs = git ? await git.listRefs('refs/heads/') : [];
    return new Map(refs.map((r) => [r.ref.replace(/^refs\/heads\//, ''), r.sha]));
  }

  /** Requests of one REST operation id or GraphQL root field. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation?.split(',').includes(operation));
  }

  assertNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(
        `The client sent requests that do not match GitHub's API description:\n${this.violations
          .map((v) => `- ${v.request}: ${v.message}`)
          .join('\n')}`,
      );
    }
  }

  // ------------------------------------------------------------ HTTP

  private violation(request: string, message: string): void {
    this.violations.push({ request, message });
  }

  private authOf(req: IncomingMessage): { present: boolean; valid: boolean } {
    const h = req.headers['authorization'];
    if (typeof h !== 'string' || h === '') return { present: false, valid: false };
    const m = /^(token|bearer)\s+(.+)$/i.exec(h);
    if (m) return { present: true, valid: m[2] === this.state.token };
    const b = /^basic\s+(.+)$/i.exec(h);
    if (b) {
      const decoded = Buffer.from(b[1]!, 'base64').toString('utf8');
      return { present: true, valid: decoded.slice(decoded.indexOf(':') + 1) === this.state.token };
    }
    return { present: true, valid: false };
  }

  private send(res: ServerResponse, reply: HttpReply): void {
    res.statusCode = reply.status;
    for (const [k, v] of Object.entries(reply.headers)) res.setHeader(k, v);
    if (reply.body === undefined || reply.status === 204) {
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(reply.body));
  }

  private rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.state.rateLimitRemaining),
      'x-ratelimit-used': String(5000 - this.state.rateLimitRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `TEST:${this.requests.length + 1}`,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const auth = this.authOf(req);
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const userAgent = req.headers['user-agent'];
    const record = (
      r: Omit<RecordedRequest, 'method' | 'path' | 'query' | 'userAgent' | 'authenticated' | 'ms'>,
    ): void => {
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query,
        ...(userAgent ? { userAgent } : {}),
        authenticated: auth.valid,
        ms: Math.round(performance.now() - started),
        ...r,
      });
    };

    const git = gitPath(url.pathname);
    if (git) {
      const repo = this.state.repos.get(repoKey(git.owner, git.repo));
      const service = /git-(upload|receive)-pack/.exec(url.pathname + url.search)?.[0] ?? 'git';
      if (!auth.valid) {
        res.statusCode = 401;
        res.setHeader('www-authenticate', 'Basic realm="GitHub"');
        res.end('Authentication required\n');
        record({ kind: 'git', operation: service, body: undefined, status: 401 });
        return;
      }
      if (!repo?.git) {
        res.statusCode = 404;
        res.end('Repository not found\n');
        record({ kind: 'git', operation: service, body: undefined, status: 404 });
        return;
      }
      const status = await serveGit(req, res, {
        gitDir: repo.git.dir,
        rest: git.rest,
        query: url.search.slice(1),
        body: raw,
        user: 'x-access-token',
      });
      if (req.method === 'POST' && service === 'git-receive-pack') await syncPulls(repo);
      record({ kind: 'git', operation: service, body: undefined, status });
      return;
    }

    let apiPath = url.pathname;
    let apiBase = this.url;
    if (apiPath === '/api/v3' || apiPath.startsWith('/api/v3/')) {
      apiPath = apiPath.slice('/api/v3'.length) || '/';
      apiBase = `${this.url}/api/v3`;
    }
    const label = `${req.method} ${url.pathname}${url.search}`;
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        this.violation(label, 'body is not valid JSON');
        this.send(res, { status: 400, headers: {}, body: { message: 'Problems parsing JSON' } });
        record({ kind: 'rest', body: raw.toString('utf8'), status: 400 });
        return;
      }
    }

    if (auth.present && !auth.valid) {
      this.send(res, {
        status: 401,
        headers: {},
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      });
      record({
        kind: apiPath === '/graphql' || url.pathname === '/api/graphql' ? 'graphql' : 'rest',
        body,
        status: 401,
      });
      return;
    }

    if (url.pathname === '/api/graphql' || url.pathname === '/graphql') {
      await this.handleGraphQL(res, label, body, auth.valid, record);
      return;
    }
    await this.handleRest(req, res, { label, apiPath, apiBase, query, body, authenticated: auth.valid }, record);
  }

  private async handleGraphQL(
    res: ServerResponse,
    label: string,
    body: unknown,
    authenticated: boolean,
    record: (r: Omit<RecordedRequest, 'method' | 'path' | 'query' | 'userAgent' | 'authenticated' | 'ms'>) => void,
  ): Promise<void> {
    const q = body && typeof body === 'object' ? (body as { query?: unknown; variables?: unknown }) : {};
    const fields = typeof q.query === 'string' ? rootFields(q.query) : [];
    const operation = fields.join(',');
    if (!authenticated) {
      this.send(res, {
        status: 401,
        headers: {},
        body: { message: 'This endpoint requires you to be authenticated.' },
      });
      record({ kind: 'graphql', operation, body, status: 401 });
      return;
    }
    const fault = this.faults.decide({
      operation: fields[0],
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify(body),
    });
    if (fault && !fault.afterEffect) {
      const reply = faultReply(fault.respond, Math.floor(Date.now() / 1000));
      this.send(res, reply);
      record({ kind: 'graphql', operation, body, status: reply.status });
      return;
    }
    const outcome = await runGraphQL(q.query, q.variables, graphqlRoot({ state: this.state, origin: this.url }), {});
    for (const v of outcome.violations) this.violation(label, v);
    const reply: HttpReply = fault
      ? faultReply(fault.respond, Math.floor(Date.now() / 1000))
      : { status: 200, headers: { ...this.rateHeaders(), 'x-ratelimit-resource': 'graphql' }, body: outcome.body };
    this.send(res, reply);
    record({ kind: 'graphql', operation, body, status: reply.status });
  }

  private async handleRest(
    req: IncomingMessage,
    res: ServerResponse,
    r: {
      label: string;
      apiPath: string;
      apiBase: string;
      query: Record<string, string | string[]>;
      body: unknown;
      authenticated: boolean;
    },
    record: (x: Omit<RecordedRequest, 'method' | 'path' | 'query' | 'userAgent' | 'authenticated' | 'ms'>) => void,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const rawPath = r.apiPath;
    const match = this.rest.check({ method, path: rawPath, query: r.query, body: r.body });
    if (!match.ok) {
      this.violation(r.label, match.message);
      this.send(res, {
        status: match.status,
        headers: {},
        body: { message: match.message, documentation_url: 'https://docs.github.com/rest' },
      });
      record({
        kind: 'rest',
        ...(match.operationId ? { operation: match.operationId } : {}),
        body: r.body,
        status: match.status,
      });
      return;
    }
    const operation = match.operationId;
    const repoOf = /^\/repos\/([^/]+)\/([^/]+)/.exec(rawPath);
    const repo = repoOf
      ? this.state.repos.get(repoKey(decodeURIComponent(repoOf[1]!), decodeURIComponent(repoOf[2]!)))
      : undefined;
    if (!r.authenticated && (method !== 'GET' || (repo?.private ?? true))) {
      const reply = {
        status: method === 'GET' ? 404 : 401,
        headers: {},
        body: { message: method === 'GET' ? 'Not Found' : 'Requires authentication' },
      };
      this.send(res, reply);
      record({ kind: 'rest', operation, body: r.body, status: reply.status });
      return;
    }
    const fault = this.faults.decide({
      operation,
      method,
      path: rawPath,
      body: r.body === undefined ? '' : JSON.stringify(r.body),
    });
    if (fault && !fault.afterEffect) {
      const reply = faultReply(fault.respond, Math.floor(Date.now() / 1000));
      this.send(res, reply);
      record({ kind: 'rest', operation, body: r.body, status: reply.status });
      return;
    }
    const handler = restHandler(operation);
    if (!handler) {
      this.violation(r.label, `${operation} is valid but the test server does not implement it; add it to rest.ts`);
      this.send(res, { status: 501, headers: {}, body: { message: `not implemented: ${operation}` } });
      record({ kind: 'rest', operation, body: r.body, status: 501 });
      return;
    }
    if (r.authenticated) this.state.rateLimitRemaining = Math.max(this.state.rateLimitRemaining - 1, 0);
    let reply: HttpReply;
    try {
      reply = await handler({
        state: this.state,
        params: match.params,
        query: r.query,
        body: r.body,
        origin: this.url,
        apiBase: r.apiBase,
        requestPath: `${new URL(req.url ?? '/', this.url).pathname}${new URL(req.url ?? '/', this.url).search}`,
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      reply = { status: e.status, headers: {}, body: errorBody(e) };
    }
    if (fault) reply = faultReply(fault.respond, Math.floor(Date.now() / 1000));
    this.send(res, { ...reply, headers: { ...this.rateHeaders(), ...reply.headers } });
    record({ kind: 'rest', operation, body: r.body, status: reply.status });
  }
}

export function startGitHubServer(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
  return GitHubServer.start(opts);
}
