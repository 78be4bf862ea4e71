import { showPath, type FlakeRefAttrs } from '../../flake/flake-types.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { allDeclared, declaredAt, inputFinding, pathsByNode, spanRegion } from '../where.js';

const INSECURE = /^(?:[a-z]+\+)?http:\/\//i;

function insecureUrl(a: FlakeRefAttrs | undefined): string | undefined {
  const url = a?.['url'];
  return typeof url === 'string' && INSECURE.test(url) ? url : undefined;
}

export const hygieneInsecureUrl: Rule = {
  id: 'hygiene/insecure-url',
  defaultSeverity: 'error',
  needs: [],
  docs: {
    summary: 'An input is fetched over plain `http://` (`http://…`, `git+http://…`, `tarball+http://…`).',
    why: 'Anyone on the network path can serve different content when the input is next updated; the lock then pins whatever they served.',
    fix: 'Use `https://` (or `git+https://`, `git+ssh://`).',
    example: 'inputs.mylib.url = "git+http://git.example.org/mylib";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    for (const d of allDeclared(ctx)) {
      const url = d.url?.value ?? insecureUrl(d.attrs?.value);
      if (url === undefined || !INSECURE.test(url)) continue;
      reported.add(showPath(d.path));
      out.push({
        in: 'nix',
        ...spanRegion((d.url ?? d.attrs)!.span),
        input: showPath(d.path),
        message: `${showPath(d.path)} is fetched over plain http (${url}): use https`,
      });
    }
    if (ctx.lock) {
      for (const [key, paths] of pathsByNode(ctx)) {
        const node = ctx.lock.nodes.get(key);
        const url = insecureUrl(node?.original) ?? insecureUrl(node?.locked);
        if (!url) continue;
        if (paths.some((p) => reported.has(showPath(p)) || declaredAt(ctx, p))) continue;
        const path = paths[0]!;
        out.push(
          inputFinding(ctx, path, `${showPath(path)} is fetched over plain http (${url}): use https`, {
            ancestor: false,
          }),
        );
      }
    }
    return out;
  },
};
