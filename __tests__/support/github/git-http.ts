/**
 * Git's smart HTTP protocol for the local GitHub server, through git's own CGI program `git http-backend`: a
 * checkout can clone from, fetch from and push to `http://127.0.0.1:PORT/OWNER/REPO.git` exactly as it would with
 * github.com, and the server checks the credentials on every request (HTTP basic, password = the token), so a test
 * proves that the client passed its auth header.
 */
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** `/owner/repo.git/info/refs` → owner, repo, rest; undefined for other paths. */
export function gitPath(pathname: string): { owner: string; repo: string; rest: string } | undefined {
  const m = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(pathname);
  return m ? { owner: m[1]!, repo: m[2]!, rest: m[3]! } : undefined;
}

/** Runs `git http-backend` for one request against the bare repository at `gitDir`. */
export function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { gitDir: string; rest: string; query: string; body: Buffer; user: string },
): Promise<number> {
  return new Promise((resolve) => {
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: path.dirname(opts.gitDir),
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      PATH_INFO: `/${path.basename(opts.gitDir)}${opts.rest}`,
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: opts.query,
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      CONTENT_LENGTH: String(opts.body.length),
      REMOTE_USER: opts.user,
      REMOTE_ADDR: '127.0.0.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
    };
    const encoding = req.headers['content-encoding'];
    if (typeof encoding === 'string') env['HTTP_CONTENT_ENCODING'] = encoding;
    const protocol = req.headers['git-protocol'];
    if (typeof protocol === 'string') env['GIT_PROTOCOL'] = protocol;
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.body);
    child.on('close', () => {
      const all = Buffer.concat(out);
      const sep = all.indexOf('\r\n\r\n');
      const headerEnd = sep >= 0 ? sep : all.indexOf('\n\n');
      const headText = all.subarray(0, headerEnd).toString('latin1');
      const body = all.subarray(headerEnd + (sep >= 0 ? 4 : 2));
      let status = 200;
      for (const line of headText.split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i < 0) continue;
        const k = line.slice(0, i).trim();
        const v = line.slice(i + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]) || 200;
        else res.setHeader(k, v);
      }
      if (headerEnd < 0) {
        status = 500;
        res.statusCode = status;
        res.end(Buffer.concat(err));
      } else {
        res.statusCode = status;
        res.end(body);
      }
      resolve(status);
    });
  });
}
