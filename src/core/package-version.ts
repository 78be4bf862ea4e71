declare const __FLAKE_STEWARD_VERSION__: string | undefined;

/** The package version, set at bundle time; `dev` when run from source (tests). */
export const VERSION: string = typeof __FLAKE_STEWARD_VERSION__ === 'string' ? __FLAKE_STEWARD_VERSION__ : 'dev';
