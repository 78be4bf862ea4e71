/**
 * Globs over `/`-separated paths (input paths such as `home-manager/nixpkgs`, or workspace directories):
 * `*` matches within one segment, `?` one character, `**` any number of whole segments (zero included).
 */

const cache = new Map<string, RegExp>();

function escape(ch: string): string {
  return /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

function segmentSource(segment: string): string {
  let out = '';
  for (const ch of segment) out += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : escape(ch);
  return out;
}

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  const segments = glob.split('/').filter((s, _i, all) => s !== '' || all.length === 1);
  let source = '';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') {
      // zero or more whole segments, with their separators
      source += last ? '(?:[^/]+(?:/[^/]+)*)?' : '(?:[^/]+/)*';
    } else {
      source += segmentSource(seg) + (last ? '' : '/');
    }
  });
  // `a/**` should also match `a` itself
  source = source.replace(/\/\(\?:\[\^\/\]\+\(\?:\/\[\^\/\]\+\)\*\)\?$/, '(?:/[^/]+(?:/[^/]+)*)?');
  const re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}

export function globMatch(glob: string, path: string): boolean {
  return globToRegExp(glob).test(path);
}

export function hasGlobChars(s: string): boolean {
  return /[*?]/.test(s);
}
