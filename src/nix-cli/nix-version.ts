/**
 * `nix --version` read once, and every version gate in one place, each with its reason.
 *
 * Versions are compared by semver as major.minor.patch numbers; a pre-release (`2.19.0pre20231010_abcd`) ranks below
 * its release and gets the gates of the release before it: a development build may or may not have a change yet,
 * and the older form is what every build before the release accepts.
 */
import coerce from 'semver/functions/coerce.js';
import gte from 'semver/functions/gte.js';
import { UserError } from '../core/errors.js';

export type NixFlavour = 'nix' | 'determinate' | 'lix';

export interface NixVersion {
  readonly flavour: NixFlavour;
  /** The product's own version: `2.8.0` (Nix), `3.6.2` (Determinate Nix), `2.91.1` (Lix). */
  readonly version: string;
  /** The upstream Nix version whose behaviour this one has (see `nixBase`). */
  readonly nixBase: string;
  readonly prerelease: boolean;
  /** The first line of `nix --version`, as printed. */
  readonly raw: string;
}

/** Oldest Nix with the `nix` command and flakes behind `--extra-experimental-features` (Nix 2.4). */
export const MIN_NIX = '2.4';

/** Lix forked from Nix 2.18 (Lix 2.90 release notes: `builtins.nixVersion` is fixed at "2.18.3-lix"). */
const LIX_BASE = '2.18.3';
/**
 * Determinate Nix prints the upstream version it is built on after its own (`nix (Determinate Nix 3.6.2) 2.29.0`);
 * when that is missing, 2.26.0, the Nix release Determinate Nix 3.0 was based on.
 */
const DETERMINATE_DEFAULT_BASE = '2.26.0';

const VERSION_RE = /\d+(?:\.\d+)*[0-9A-Za-z_.+-]*/;
const LINE_RE = /^nix \(([^)]*)\) (\S+)/;

function isPrerelease(v: string): boolean {
  return /pre|dev|rc|alpha|beta/i.test(v);
}

/** Parses the output of `nix --version`. Throws a UserError naming what was seen when it is not Nix's. */
export function parseNixVersion(output: string): NixVersion {
  const raw = output.trim().split('\n')[0]?.trim() ?? '';
  const m = LINE_RE.exec(raw);
  const plainVersion = m?.[2];
  if (!m || !plainVersion || !VERSION_RE.test(plainVersion)) {
    throw new UserError(
      `cannot read the Nix version from \`nix --version\`: '${raw}'`,
      undefined,
      undefined,
      'expected a line like `nix (Nix) 2.24.0`; is `nix` on PATH the Nix package manager?',
    );
  }
  const product = m[1]!;
  const lix = /^Lix\b/i.test(product);
  const det = /^Determinate Nix\b/i.test(product);
  if (lix) {
    return { flavour: 'lix', version: plainVersion, nixBase: LIX_BASE, prerelease: isPrerelease(plainVersion), raw };
  }
  if (det) {
    const own = /Determinate Nix\s+(\S+)/i.exec(product)?.[1];
    return {
      flavour: 'determinate',
      version: own ?? plainVersion,
      nixBase: own ? plainVersion : DETERMINATE_DEFAULT_BASE,
      prerelease: isPrerelease(plainVersion) || (own !== undefined && isPrerelease(own)),
      raw,
    };
  }
  return { flavour: 'nix', version: plainVersion, nixBase: plainVersion, prerelease: isPrerelease(plainVersion), raw };
}

/*
 * Outputs read without a gate, because they are the same in every version this tool supports (2.4 on):
 * - `nix-store --query --graphml` (closures for `diff-closures`): node ids are `<hash>-<name>` base names and
 *   `narSize` a decimal from 2.4 to 2.3x (2.26 only declares the attribute `long` instead of `int`); before 2.4 ids
 *   were full paths, which `parseGraphML` also takes. Recorded on 2.8.0 and 2.26.3, read in `graphml.cc` of 2.3x.
 */

/** How `nix path-info --json` prints store object info. */
export type PathInfoShape =
  /** Nix up to 2.18 and Lix: an array of objects with a `path` field (`valid: false` for invalid paths). */
  | 'array'
  /** Nix 2.19-2.32 and bare `--json` after: an object keyed by store path (`null` for invalid paths). */
  | 'object'
  /** `--json-format 2` (2.33) and 3 (2.35): `{ version, storeDir, info: { <base name>: … } }`. */
  | 'wrapped';

export interface NixFeatures {
  /**
   * How to update inputs. `flake-update`: `nix flake update [INPUT…] --flake DIR` (Nix 2.19, Lix 2.90; 2.19 made
   * `nix flake update` take input names and `--flake` for the flake, and dropped `--update-input` in 2.19.0-2.19.1).
   * `lock-update-input`: `nix flake lock DIR --update-input INPUT…` for listed inputs and `nix flake update DIR`
   * for all (before 2.19, `nix flake update NAME` reads NAME as a flake reference).
   */
  readonly updateForm: 'flake-update' | 'lock-update-input';
  /**
   * Input paths `a/b` can be named for an update: both forms read each name with `parseInputPath` (split on `/`)
   * and refetch a nested input when a longer path is listed, in every Nix with flakes (2.4 on) and Lix.
   */
  readonly nestedInputUpdate: boolean;
  /**
   * `nix build --print-out-paths` exists (Nix 2.9 release notes). The adapter still asks for `--json` in every
   * version: it matches each result to its derivation by `drvPath`, and `--json` exists everywhere.
   */
  readonly printOutPaths: boolean;
  readonly pathInfoShape: PathInfoShape;
  /**
   * `--json-format N` to pass to `nix path-info --json`: from 2.33 bare `--json` is deprecated and warns (it means
   * format 1); 2.33 added formats 1 and 2, 2.35 format 3 (structured signatures). Undefined: pass bare `--json`.
   */
  readonly pathInfoJsonFormat?: 2 | 3;
  /**
   * Absent fields are `null` in `path-info --json` (2.23); parsers accept both, this documents the shape.
   */
  readonly pathInfoNulls: boolean;
  /**
   * Size format of `nix store diff-closures`: `kib` is `+3.0 KiB` (`%+.1f KiB`, up to 2.32 and Lix); `dynamic` is
   * 2.33's `renderSize` (`3.0 KiB`, `1.2 MiB`, a `-` for decreases and no `+`).
   */
  readonly diffClosuresSize: 'kib' | 'dynamic';
  /**
   * How `nix build` is told to build every output of a store derivation (the update builds the `.drv` paths its
   * evaluation produced, so nothing is evaluated twice). `drv`: the bare `/nix/store/…drv` path, which means "its
   * outputs" up to Nix 2.14 (2.8 refuses `…drv^*`: "is not a valid URL"). `drv^*`: `/nix/store/…drv^*`, the output
   * syntax for store derivation paths that Nix 2.13 added ("Allow explicitly selecting outputs in a store derivation
   * installable", rl-2.13.md) and 2.15 made necessary: from 2.15 a bare `.drv` path is the store derivation file
   * itself, not its outputs (rl-2.15.md). Lix (forked from 2.18) and Determinate Nix (2.26 on) take `^*`.
   */
  readonly drvOutputs: 'drv' | 'drv^*';
}

/**
 * The semver a Nix version is ordered by: its first one to three numbers (`2.19` is 2.19.0; `loose` reads `02.019`
 * as 2.19.0), and for a pre-release those numbers with the pre-release tag `pre` (2.19.0-pre), which semver ranks
 * below 2.19.0 and above every 2.18.x. Nix's own tails (`pre20231010_abcd`, with an `_`; Lix's
 * `-dev-pre20250301-abcdef0`) are not all semver identifiers, so the tail only decides whether it is a pre-release
 * (`isPrerelease`, the same test `NixVersion.prerelease` uses). Undefined when there is no number; semver holds
 * numbers of up to 16 digits (Nix prints none longer) and skips longer ones.
 */
function semverOf(v: string): string | undefined {
  const release = coerce(v, { loose: true });
  if (!release) return undefined;
  return isPrerelease(v) ? `${release.version}-pre` : release.version;
}

/**
 * `v >= min` where `min` is a release (`2.19.0`); a pre-release of `min` is below it. A version semver cannot read
 * is below every release.
 */
export function atLeast(v: string, min: string): boolean {
  const a = semverOf(v);
  const b = semverOf(min);
  return a !== undefined && b !== undefined && gte(a, b);
}

/** The features of a Nix version. Throws a UserError for a Nix too old for flakes. */
export function nixFeatures(v: NixVersion): NixFeatures {
  const base = v.nixBase;
  if (!atLeast(base, MIN_NIX)) {
    throw new UserError(
      `Nix ${v.version} is too old: flake-steward needs Nix ${MIN_NIX} or newer (flakes)`,
      undefined,
      undefined,
      'install a current Nix, e.g. with DeterminateSystems/nix-installer-action or cachix/install-nix-action',
    );
  }
  const lix = v.flavour === 'lix';
  // Lix 2.90 took over 2.19's `nix flake update [inputs]` / `--flake` interface (Lix 2.90 release notes).
  const newUpdate = lix ? atLeast(v.version, '2.90') : atLeast(base, '2.19');
  let pathInfoShape: PathInfoShape = 'array';
  let pathInfoJsonFormat: 2 | 3 | undefined;
  if (!lix && atLeast(base, '2.19')) pathInfoShape = 'object';
  if (!lix && atLeast(base, '2.33')) {
    pathInfoShape = 'wrapped';
    pathInfoJsonFormat = atLeast(base, '2.35') ? 3 : 2;
  }
  return {
    updateForm: newUpdate ? 'flake-update' : 'lock-update-input',
    nestedInputUpdate: true,
    printOutPaths: atLeast(base, '2.9'),
    pathInfoShape,
    pathInfoJsonFormat,
    pathInfoNulls: !lix && atLeast(base, '2.23'),
    diffClosuresSize: !lix && atLeast(base, '2.33') ? 'dynamic' : 'kib',
    drvOutputs: atLeast(base, '2.13') ? 'drv^*' : 'drv',
  };
}
