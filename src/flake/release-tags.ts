/**
 * Release-tag pins: an input whose reference names a release tag (`github:owner/repo/v1.2.3`, `…?ref=v1.2.3`,
 * `git+https://…?ref=1.2.3`, `gitlab:`/`sourcehut:` likewise, with or without `refs/tags/`), the newest tag of its
 * remote that `semver` orders highest, and the edit of flake.nix that moves the pin there: the tag's characters in
 * the reference string, nothing else of the file. Pure: the tags come from the Git port (`remoteTags`).
 *
 * Which tags count: `1.2.3` or `v1.2.3` (a leading `v`, nothing else before), read by `semver` strictly; anything
 * else (`latest`, `v1.2`, `nixos-24.05`) is no version and ignored. A pre-release (`v2.0.0-rc1`) is a candidate only
 * when the pin is one; a version equal to or below the pin never is. Between two spellings of the same version
 * (`v1.2.0` and `1.2.0`), the pin's spelling wins.
 *
 * Not handled (left as they are): references written as attributes (`type = "github"; ref = …;`), a string with
 * escapes or interpolation around the tag, a percent-encoded tag, Mercurial and tarball references.
 */
import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import prerelease from 'semver/functions/prerelease.js';
import { UserError } from '../core/errors.js';
import { readFlakeNix } from './declared-inputs.js';
import { tryParseFlakeRef } from './flakeref.js';
import type { DeclaredInput, FlakeNix } from './flake-types.js';
import { applyEdits, type OffsetEdit } from '../nix/edit.js';
import { DEFAULT_HOST } from '../forge/forge-repo.js';

/** A reference pinned to a release tag. */
export interface TagPin {
  readonly type: 'github' | 'gitlab' | 'sourcehut' | 'git';
  /** The ref as written: `v1.2.3`, `refs/tags/v1.2.3`. */
  readonly ref: string;
  /** The tag's name (the ref without `refs/tags/`). */
  readonly tag: string;
  /** The version semver reads from the tag (`1.2.3`). */
  readonly version: string;
  /** Where the tag's name is in the reference text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The URL `git ls-remote --tags` asks (https for the forges; the git URL for `git+…`). */
  readonly remote: string;
}

const TAGS_PREFIX = 'refs/tags/';
export const VERSION_TAG = /^(v?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
/** Transports whose tags `git ls-remote` may ask for (never `ext::`, never a local helper). */
const REMOTE_SCHEMES = /^(?:https?|ssh|git|file):\/\//;

/** A tag's version and spelling (`v` or not), when it is a version. */
export function tagVersion(tag: string): { readonly v: boolean; readonly version: string } | undefined {
  const m = VERSION_TAG.exec(tag);
  if (!m || valid(m[2]!) === null) return undefined;
  return { v: m[1] === 'v', version: m[2]! };
}

/** True when `version` (semver) is a pre-release. */
function isPrerelease(version: string): boolean {
  return (prerelease(version)?.length ?? 0) > 0;
}

/** Where a forge's repository is fetched with git. */
function forgeRemote(type: 'github' | 'gitlab' | 'sourcehut', owner: string, repo: string, host?: string): string {
  const h = host ?? DEFAULT_HOST[type];
  return type === 'sourcehut' ? `https://${h}/${owner}/${repo}` : `https://${h}/${owner}/${repo}.git`;
}

/** Where the ref is in the text: the `ref=` query parameter, else the path after owner/repo (forges). */
function refOffset(reference: string, ref: string, forge: boolean): number | undefined {
  const q = reference.indexOf('?');
  if (q >= 0) {
    const query = reference.slice(q + 1).split('#')[0]!;
    let at = q + 1;
    for (const part of query.split('&')) {
      if (part.startsWith('ref=')) return part.slice(4) === ref ? at + 4 : undefined;
      at += part.length + 1;
    }
  }
  if (!forge) return undefined;
  const pathEnd = q >= 0 ? q : reference.length;
  const start = pathEnd - ref.length;
  return reference.slice(start, pathEnd) === ref && reference[start - 1] === '/' ? start : undefined;
}

/** The release tag `reference` is pinned to, with where to ask for newer ones; undefined when it is not pinned so. */
export function tagPinOf(reference: string): TagPin | undefined {
  const parsed = tryParseFlakeRef(reference);
  if (!parsed.ok) return undefined;
  const a = parsed.attrs as Readonly<Record<string, string | number | boolean | undefined>>;
  const type = a['type'];
  const ref = a['ref'];
  if (typeof ref !== 'string' || a['rev'] !== undefined) return undefined;
  let remote: string;
  if (type === 'github' || type === 'gitlab' || type === 'sourcehut') {
    const host = typeof a['host'] === 'string' ? a['host'] : undefined;
    remote = forgeRemote(type, String(a['owner']), String(a['repo']), host);
  } else if (type === 'git' && typeof a['url'] === 'string' && REMOTE_SCHEMES.test(a['url'])) {
    remote = a['url'];
  } else return undefined;
  const tag = ref.startsWith(TAGS_PREFIX) ? ref.slice(TAGS_PREFIX.length) : ref;
  const version = tagVersion(tag);
  if (!version || ref.startsWith('refs/') !== ref.startsWith(TAGS_PREFIX)) return undefined;
  const at = refOffset(reference, ref, type !== 'git');
  if (at === undefined) return undefined;
  const start = at + (ref.length - tag.length);
  return { type, ref, tag, version: version.version, start, end: start + tag.length, remote };
}

/**
 * The newest of `tags` (names, without `refs/tags/`) that `pin` may move to: the highest version by semver, above
 * the pin's; pre-releases only when the pin is one; the pin's spelling (`v` or not) between two of one version.
 * Undefined when none is newer.
 */
export function newestTag(pin: Pick<TagPin, 'tag' | 'version'>, tags: readonly string[]): string | undefined {
  const withV = pin.tag.startsWith('v');
  const pre = isPrerelease(pin.version);
  let best: { tag: string; version: string; v: boolean } | undefined;
  for (const tag of tags) {
    const t = tagVersion(tag);
    if (!t || (!pre && isPrerelease(t.version)) || compare(t.version, pin.version) <= 0) continue;
    const order = best ? compare(t.version, best.version) : 1;
    if (order > 0 || (order === 0 && t.v === withV && best!.v !== withV)) best = { tag, ...t };
  }
  return best?.tag;
}

/** The reference with its tag replaced by `tag` (the rest as written). */
export function retaggedReference(reference: string, pin: Pick<TagPin, 'start' | 'end'>, tag: string): string {
  return reference.slice(0, pin.start) + tag + reference.slice(pin.end);
}

// ---------------------------------------------------------------- flake.nix

/** A root input of flake.nix pinned to a release tag, and where its reference string's text starts in the file. */
export interface DeclaredTagPin {
  readonly input: string;
  readonly pin: TagPin;
  /** Offset in flake.nix of the reference's first character (inside the quotes). */
  readonly offset: number;
}

/** Where the text of a string literal's value starts in the file, when the source holds it verbatim. */
function verbatimOffset(text: string, url: NonNullable<DeclaredInput['url']>): number | undefined {
  const { start, end } = { start: url.span.start.offset, end: url.span.end.offset };
  const source = text.slice(start, end);
  if (source === url.value) return start; // an unquoted URI literal
  for (const q of ['"', "''"]) {
    if (source.length >= 2 * q.length && source.startsWith(q) && source.endsWith(q)) {
      if (source.slice(q.length, source.length - q.length) === url.value) return start + q.length;
    }
  }
  return undefined;
}

/**
 * The root inputs of `flake` written as a reference string pinned to a release tag (`only`: these input names, when
 * given), in declaration order.
 */
export function declaredTagPins(flake: Pick<FlakeNix, 'text' | 'inputs'>, only?: ReadonlySet<string>): DeclaredTagPin[] {
  const out: DeclaredTagPin[] = [];
  for (const d of flake.inputs) {
    if (d.url === undefined || (only !== undefined && !only.has(d.name))) continue;
    const pin = tagPinOf(d.url.value);
    const offset = pin ? verbatimOffset(flake.text, d.url) : undefined;
    if (pin && offset !== undefined) out.push({ input: d.name, pin, offset });
  }
  return out;
}

/** The edit of flake.nix that moves `p` to `tag`: the tag's characters only. */
export function tagBumpEdit(p: DeclaredTagPin, tag: string): OffsetEdit {
  return { start: p.offset + p.pin.start, end: p.offset + p.pin.end, newText: tag };
}

/** One input moved to a newer release tag (tag names, without `refs/tags/`). */
export interface TagBump {
  readonly input: string;
  readonly from: string;
  readonly to: string;
}

/** Bumps that do not fit a flake.nix: an input not pinned there at the bump's `from` tag, or named twice. */
export class TagBumpMismatch extends Error {}

/**
 * flake.nix (`text`, shown as `file`) with the bumps of the inputs in `moved` applied and no other (every bump
 * when `moved` is absent): for each, the edit `tagBumpEdit` makes of that input's pin, so the text outside those
 * tags stays byte for byte. The flake.nix of a bisection's trial, in which only some inputs moved: an input held
 * back keeps its old tag, as its entry in the trial lock (its `original`) says. Throws TagBumpMismatch when a bump
 * does not fit the text (its input is not pinned at its `from` tag there, or two bumps name one input).
 */
export function flakeNixWithTagBumps(
  text: string,
  file: string,
  bumps: readonly TagBump[],
  moved?: ReadonlySet<string>,
): string {
  const chosen = bumps.filter((b) => moved === undefined || moved.has(b.input));
  if (chosen.length === 0) return text;
  let pins: DeclaredTagPin[];
  try {
    pins = declaredTagPins(readFlakeNix(text, file), new Set(chosen.map((b) => b.input)));
  } catch (e) {
    if (e instanceof UserError) throw new TagBumpMismatch(`${file} cannot be read: ${e.message}`);
    throw e;
  }
  const byInput = new Map<string, DeclaredTagPin>();
  for (const p of pins) {
    if (byInput.has(p.input)) throw new TagBumpMismatch(`${file} declares ${p.input} twice`);
    byInput.set(p.input, p);
  }
  const edits: OffsetEdit[] = [];
  const done = new Set<string>();
  for (const b of chosen) {
    const p = byInput.get(b.input);
    if (p === undefined || p.pin.tag !== b.from || done.has(b.input)) {
      throw new TagBumpMismatch(`${file} does not pin ${b.input} at ${b.from} (once)`);
    }
    done.add(b.input);
    edits.push(tagBumpEdit(p, b.to));
  }
  return applyEdits(text, edits);
}
