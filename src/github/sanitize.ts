/**
 * Text from upstream repositories (commit titles, author names) made inert before it goes into a pull request body,
 * so the PR never pings upstream people, never cross-links or closes upstream (or our own) issues, and never breaks
 * the body's HTML:
 *   `@user`, `@org/team`        → `@\u200buser` (a zero-width space after `@`: shown the same, no mention)
 *   `#123`, `owner/repo#123`    → `#\u200b123` (no issue reference, no "closes #123")
 *   `GH-123`                    → `GH-\u200b123`
 *   `https://github.com/…`      → `https://redirect.github.com/…` (GitHub's redirector: same page, no backlink)
 *   `<`, `>`, `&`               → `&lt;`, `&gt;`, `&amp;` (no HTML, no closing our `<details>`)
 *   line breaks                 → spaces
 * on top of the one neutraliser (src/render/neutralise.ts: every other control character escaped, no workflow
 * command, at most `maxLength` characters). The result is Markdown-safe inline text: callers must not escape it again.
 */
import { neutralise } from '../render/neutralise.js';

const ZWSP = '\u200b';

/** One line of upstream text made inert (see the module comment); longer than `maxLength` is cut with `…`. */
export function sanitizeInline(text: string, maxLength = 200): string {
  let s = neutralise(text.replace(/[\r\n]+/g, ' ').trim(), { max: maxLength });
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Links to github.com pages make GitHub add "mentioned this" events to the upstream issue or pull request.
  s = s.replace(/\bhttps?:\/\/(www\.)?github\.com\//gi, 'https://redirect.github.com/');
  // A mention is `@` not preceded by a word character (so e-mail addresses stay as they are) followed by a login.
  s = s.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${ZWSP}`);
  // Issue and pull request references in every form GitHub links: #1, owner/repo#1, GH-1.
  s = s.replace(/#(?=\d)/g, `#${ZWSP}`);
  s = s.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
  return s;
}

/** The first line of a commit message, made inert. */
export function sanitizeCommitTitle(message: string, maxLength = 200): string {
  const first = message.split('\n').find((l) => l.trim() !== '') ?? '';
  return sanitizeInline(first, maxLength);
}
