import { isNixpkgs, originOf } from '../source.js';
import type { RawFinding, Rule } from '../lint-types.js';
import { inputFinding, rootNodes } from '../where.js';

const OFFICIAL_HOSTS = new Set(['github.com', 'flakehub.com']);

export const policyNixpkgsOwner: Rule = {
  id: 'policy/nixpkgs-owner',
  defaultSeverity: 'warning',
  needs: ['lock'],
  docs: {
    summary:
      'A nixpkgs root input (named `nixpkgs`, or any repository called nixpkgs) does not come from NixOS/nixpkgs.',
    why: 'A fork can lag security fixes or carry changes nobody reviewed; it should be a decision, not an accident.',
    fix: 'Use `github:NixOS/nixpkgs/…`, or allow the owner: `allowed-nixpkgs-owners: my-org` (or `my-org/nixpkgs`).',
    example: 'inputs.nixpkgs.url = "github:someone/nixpkgs/nixos-unstable";',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const allowed = ctx.options.allowedOwners.map((a) => a.toLowerCase());
    for (const { name, path, node } of rootNodes(ctx)) {
      if (name !== 'nixpkgs' && !isNixpkgs(node)) continue;
      const url = String(node.locked?.['url'] ?? node.original?.['url'] ?? '');
      if (/^https?:\/\/(?:[a-z]+\.)?nixos\.org\//i.test(url)) continue; // official channels and releases
      const o = originOf(node);
      if (!o?.owner || !o.repo) continue; // cannot tell where it comes from
      if (o.owner.toLowerCase() === 'nixos' && o.repo.toLowerCase() === 'nixpkgs' && OFFICIAL_HOSTS.has(o.host ?? ''))
        continue;
      const who = `${o.owner}/${o.repo}`;
      if (allowed.includes(o.owner.toLowerCase()) || allowed.includes(who.toLowerCase())) continue;
      out.push(
        inputFinding(
          ctx,
          path,
          `input '${name}' takes nixpkgs from ${o.host && o.host !== 'github.com' ? `${o.host}/` : ''}${who}, not NixOS/nixpkgs: if this fork is intended, allow it with allowed-nixpkgs-owners: ${o.owner}`,
        ),
      );
    }
    return out;
  },
};
