/**
 * fast-check settings shared by the fuzz properties: bounded runs for CI, a seed from `FUZZ_SEED` to replay a
 * failure (fast-check prints the seed and path of every failure), more runs with `FUZZ_RUNS`.
 */
import type fc from 'fast-check';

export function fuzzParameters<T>(runs: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  const seed = process.env['FUZZ_SEED'];
  const more = process.env['FUZZ_RUNS'];
  return {
    numRuns: more ? Number(more) : runs,
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...extra,
  };
}
