/**
 * Branch names as git accepts them (`git check-ref-format --branch`), checked where a setting names one (the `branch`
 * and `base` settings, before any work) and again where the branch is written (src/github/publish-pull-request.ts).
 */
import { UsageError } from './errors.js';

/** Why `name` is not a valid branch name (git's check-ref-format rules), or undefined when it is one. */
export function invalidBranchName(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) return 'it contains a space or one of ~ ^ : ? * [ \\';
  if (name.includes('..') || name.includes('@{') || name.includes('//')) return 'it contains .., @{ or //';
  if (name === '@') return 'it is @';
  if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) {
    return 'it starts with - or /, or ends with / or .';
  }
  if (name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
    return 'a part starts with . or ends with .lock';
  }
  return undefined;
}

/** A UsageError naming the `branch` input when the name is not one git accepts. */
export function assertValidBranchName(name: string, setting = "input 'branch'"): void {
  const why = invalidBranchName(name);
  if (why)
    throw new UsageError(
      `invalid branch name '${name}' for ${setting}: ${why}`,
      'use a name such as flake-steward/update',
    );
}
