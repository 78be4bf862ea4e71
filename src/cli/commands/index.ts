import type { CommandEntry } from '../command.js';

/**
 * Every CLI command, in the order `--help` lists them: name and summary for the list, and a loader that imports the
 * command's module (each lives in its own file) only when it runs. Nothing here imports a command statically: the
 * bundle splits each command into its own chunks (scripts/bundle.mjs), so a command's start-up pays only for itself.
 */
export const COMMAND_TABLE: readonly CommandEntry[] = [
  {
    name: 'lint',
    summary: 'Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)',
    load: async () => (await import('./lint.js')).lintCommand,
  },
  {
    name: 'fix',
    summary: 'Apply the fixes lint found to flake.nix (follows, overrides, branches, release tags), then nix flake lock',
    load: async () => (await import('./fix.js')).fixCommand,
  },
  {
    name: 'update',
    summary: 'Update flake inputs, build every configuration before and after, and report the package changes',
    load: async () => (await import('./update.js')).updateCommand,
  },
  {
    name: 'plan',
    summary: 'First stage of a matrix update: update the lock, find what changed, split it into shards, write the plan',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    name: 'build',
    summary: 'Second stage of a matrix update: build one shard of a plan before and after, write its build file',
    load: async () => (await import('./build.js')).buildCommand,
  },
  {
    name: 'report',
    summary: 'Last stage of a matrix update: merge the plan and every build file into the report (and the pull request)',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'review',
    summary: "Review a lockfile change (anyone's pull request): changelog, builds of what changed, package diffs, new lint",
    load: async () => (await import('./review.js')).reviewCommand,
  },
  {
    name: 'parse',
    summary: 'Check that Nix files parse, as Nix would (syntax and parse-time checks)',
    load: async () => (await import('./parse.js')).parseCommand,
  },
  {
    name: 'inputs',
    summary: 'Show the inputs a flake.nix declares, read from its syntax as Nix reads them',
    load: async () => (await import('./inputs.js')).inputsCommand,
  },
  {
    name: 'graph',
    summary: 'Show every input path of flake.lock and the node it resolves to (follows resolved as Nix does)',
    load: async () => (await import('./graph.js')).graphCommand,
  },
  {
    name: 'diff-closures',
    summary: 'Show what changed between two closures, as `nix store diff-closures` does (with --json)',
    load: async () => (await import('./diff-closures.js')).diffClosuresCommand,
  },
];
