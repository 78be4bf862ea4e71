import { UsageError } from './errors.js';

/**
 * Splits a string of command-line options (`--option max-jobs 4 --option cores "2"`) into an argv array the way a
 * POSIX shell would for quoting only: single and double quotes and backslash escapes; no expansion of any kind.
 * The result is passed as separate arguments, never through a shell.
 */
export function splitArgs(setting: string, value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < value.length && '"\\$`'.includes(value[i + 1]!)) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`unterminated ${quote} quote in ${setting}`, 'close the quote');
  if (inWord) out.push(cur);
  return out;
}
