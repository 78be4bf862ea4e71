/**
 * Text that GitHub renders as plain text in a comment, whatever it came from: a pull request's artifact, a fork's
 * flake, an upstream commit title. The markdown helpers (./markdown.ts) already make HTML inert and keep tables and
 * fences whole; on top of that GitHub acts on text itself, outside code and inside it alike (we cannot tell here
 * where a string will land), so every one of these gets a zero-width space (shown the same, read as nothing; the
 * trick of src/github/sanitize.ts, which the pull-request step uses for commit titles):
 *
 *   `@user`, `@org/team`       → `@\u200buser`      no notification (any `@` before a letter or digit: an e-mail
 *                                                    address would autolink as `mailto:`)
 *   `#123`, `owner/repo#123`   → `#\u200b123`       no cross-reference on an issue or pull request
 *   `GH-123`                   → `GH-\u200b123`
 *   `https://x`, `www.x`       → `https:\u200b//x`  no autolink: links are ours, to the forges of the inputs only
 *   `[t](https://x)`, `![i](…)` → `]\u200b(`        no Markdown link or image (a tracking pixel)
 *   `&#64;`, `&commat;`        → `&\u200b#64;`      no character reference that decodes to one of the above
 *                                                    (`&amp;`, `&lt;`, `&gt;`, `&quot;` stay: inert titles use them)
 *
 * Idempotent: each insertion breaks its own pattern, so a second pass changes nothing. Pure.
 */

const ZWSP = '\u200b';

const RULES: readonly (readonly [RegExp, string])[] = [
  [/@(?=[A-Za-z0-9])/g, `@${ZWSP}`],
  [/#(?=\d)/g, `#${ZWSP}`],
  [/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`],
  [/:\/\//g, `:${ZWSP}//`],
  [/\b(www)\./gi, `$1${ZWSP}.`],
  [/\](?=[([])/g, `]${ZWSP}`],
  [/&(?!(?:amp|lt|gt|quot);)(?=[#A-Za-z])/g, `&${ZWSP}`],
];

/** `s` with nothing GitHub would turn into a mention, a reference, a link or a character (see the module comment). */
export function inertText(s: string): string {
  let out = s;
  for (const [re, by] of RULES) out = out.replace(re, by);
  return out;
}
