/**
 * Access to the shared corpus of real flake.lock files (`../shared/corpus`, next to the repository). Where it is
 * missing, tests that need it are skipped with a visible note instead of silently passing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from '@jest/globals';

export const CORPUS_DIR = path.resolve('..', 'shared', 'corpus');
export const HAVE_CORPUS = existsSync(CORPUS_DIR);

if (!HAVE_CORPUS) {
  console.warn(`NOTE: ${CORPUS_DIR} does not exist; the corpus tests in __tests__/*/flake are skipped.`);
}

export interface CorpusLock {
  readonly folder: string;
  readonly file: string;
  readonly text: string;
}

/** Every `<folder>/flake.lock` of the corpus, sorted by folder. */
export function corpusLocks(): CorpusLock[] {
  if (!HAVE_CORPUS) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => existsSync(path.join(CORPUS_DIR, f, 'flake.lock')))
    .sort()
    .map((folder) => {
      const file = path.join(CORPUS_DIR, folder, 'flake.lock');
      return { folder, file, text: readFileSync(file, 'utf8') };
    });
}

/** `describe` when the corpus exists, `describe.skip` otherwise (the note above says why). */
export const describeCorpus = HAVE_CORPUS ? describe : describe.skip;
