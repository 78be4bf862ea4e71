// Three tiers, each runnable alone: `npm run test:unit`, `test:integration`, `test:e2e`; all under `npm test`.
// ts-jest only transpiles (isolatedModules); `npm run typecheck` is the type check.
const transform = { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }] };
// A test's time limit is a hang detector, not a speed check (speed is measured in npm run bench): 30 s, so a loaded
// or slow machine does not fail a test that answers right.
const base = {
  testEnvironment: 'node',
  testTimeout: 30_000,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
};

export default {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/support/require-nix.cjs',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/support/require-nix.cjs',
    },
  ],
};
