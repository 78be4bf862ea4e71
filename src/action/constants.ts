/** Every action output name, in one table (the names in action.yml); the inputs are the settings' names. */
import { Setting } from '../core/build-config.js';

/**
 * The action's inputs: the settings of src/core/build-config.ts, spelled as action.yml spells them — all but
 * `format` (the CLI's output form; the action logs text).
 */
const { Format: _cliOnly, ...inputs } = Setting;
export const Inputs = inputs;

export const Outputs = {
  Findings: 'findings',
  Errors: 'errors',
  Warnings: 'warnings',
  SarifFile: 'sarif-file',
  PullRequestNumber: 'pull-request-number',
  PullRequestUrl: 'pull-request-url',
  PullRequestOperation: 'pull-request-operation',
  UpdatedInputs: 'updated-inputs',
  HasUpdates: 'has-updates',
  Matrix: 'matrix',
  ShardCount: 'shard-count',
  PlanDir: 'plan-dir',
  BuildFile: 'build-file',
  HasChanges: 'has-changes',
  ConfigurationsFailed: 'configurations-failed',
  CommentUrl: 'comment-url',
} as const;
