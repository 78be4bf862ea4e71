/**
 * The NixOS release calendar, computed rather than listed: a release each May (YY.05) and November (YY.11); a
 * release is supported until the end of the month after the next release (six months later), so YY.05 until
 * 31 December of that year and YY.11 until 30 June of the next. Older releases (YY.03, YY.09, …) follow the same
 * rule from their own month. All dates are UTC.
 */

export interface Release {
  /** `24.05` */
  readonly name: string;
  readonly year: number;
  /** 1-12 */
  readonly month: number;
}

export function release(year: number, month: number): Release {
  return { name: `${String(year % 100).padStart(2, '0')}.${String(month).padStart(2, '0')}`, year, month };
}

/** `24.05` → the release, when the text looks like one. Two-digit years are 20YY. */
export function parseRelease(text: string): Release | undefined {
  const m = /^(\d\d)\.(\d\d)$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return release(2000 + Number(m[1]), month);
}

const RELEASE_BRANCH =
  /^(?:refs\/heads\/)?(?:nixos|nixpkgs|release|nix-darwin)-(\d\d\.\d\d)(?:-(?:small|darwin|aarch64))*$/;

/**
 * The release a branch name tracks: nixpkgs's `nixos-24.05`, `nixos-24.05-small`, `nixpkgs-24.05-darwin`,
 * `release-24.05`, and the release branches of flakes that follow NixOS releases: Home Manager's (and Stylix's,
 * nixvim's) `release-24.05`, nix-darwin's `nix-darwin-24.11`, simple-nixos-mailserver's `nixos-24.05`. Anything
 * else (`nixos-unstable`, `master`, `release-1.0`) tracks no release.
 */
export function releaseOfBranch(branch: string): Release | undefined {
  const m = RELEASE_BRANCH.exec(branch);
  return m ? parseRelease(m[1]!) : undefined;
}

/** The same branch for another release: `nixos-25.05-small` for 26.11 → `nixos-26.11-small`. */
export function branchForRelease(branch: string, r: Release): string | undefined {
  const m = RELEASE_BRANCH.exec(branch);
  if (!m) return undefined;
  const at = branch.lastIndexOf(m[1]!);
  return `${branch.slice(0, at)}${r.name}${branch.slice(at + m[1]!.length)}`;
}

/**
 * Whether NixOS/nixpkgs publishes a ref of that name (a `refs/heads/` or `refs/tags/` prefix allowed): the
 * channel branches Hydra advances (`nixos-unstable`, `nixos-unstable-small`, `nixpkgs-unstable`, `nixos-YY.MM`,
 * `nixos-YY.MM-small`, `nixpkgs-YY.MM-darwin`), the development branches (`master`, `release-YY.MM`, `staging`,
 * `staging-next`, `staging-YY.MM`, `staging-next-YY.MM`, `haskell-updates`, `python-updates` and other
 * `*-updates`), and the release tags (`YY.MM`, `YY.MM-beta`). Anything else would make `nix flake lock` fail, or
 * names a branch that was deleted or never merged.
 */
export function isPublishedNixpkgsRef(ref: string): boolean {
  const r = ref.replace(/^refs\/(?:heads|tags)\//, '');
  if (/^(?:master|nixos-unstable|nixos-unstable-small|nixpkgs-unstable|staging|staging-next)$/.test(r)) return true;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*-updates$/.test(r)) return true;
  const m =
    /^(?:nixos-(\d\d\.\d\d)(?:-small)?|nixpkgs-(\d\d\.\d\d)-darwin|release-(\d\d\.\d\d)|staging(?:-next)?-(\d\d\.\d\d)|(\d\d\.\d\d)(?:-beta)?)$/.exec(
      r,
    );
  const yymm = m?.slice(1).find((x) => x !== undefined);
  return yymm !== undefined && parseRelease(yymm) !== undefined;
}

/** First instant (UTC) at which the release is no longer supported. */
export function supportEnds(r: Release): Date {
  // supported through the end of month (r.month + 7), i.e. until the first day of month (r.month + 8)
  return new Date(Date.UTC(r.year, r.month - 1 + 8, 1));
}

/** Last supported day, `YYYY-MM-DD`. */
export function lastSupportedDay(r: Release): string {
  return new Date(supportEnds(r).getTime() - 86_400_000).toISOString().slice(0, 10);
}

export function isSupported(r: Release, now: Date): boolean {
  return now.getTime() < supportEnds(r).getTime();
}

/**
 * The newest release surely out at `now`: the latest May or November whose month has ended. (The day a release
 * comes out within its month varies, so the current month's release is not assumed.)
 */
export function latestRelease(now: Date): Release {
  let year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  if (month === 12) return release(year, 11);
  if (month >= 6) return release(year, 5);
  year -= 1;
  return release(year, 11);
}

/** Calendar days between two instants (b − a), rounded down. */
export function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / 86_400_000);
}
