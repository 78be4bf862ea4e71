/**
 * What the update engine needs from Nix: the `Nix` port of src/nix-cli, plus one evaluation of an expression
 * (`nix eval --impure --json --expr E --apply F`) for output discovery, which the port does not offer yet.
 *
 * TEMPORARY: `exprEvaluator` below runs that one command itself. It belongs in src/nix-cli (requested as
 * `Nix.evalExprJson(expr, apply)`); when the port has it, `updateNix` uses the port's and this file shrinks to the
 * interface.
 */
import { NixError } from '../engine/errors.js';
import type { Logger } from '../engine/ports.js';
import { runProcess, type ProcessRunner } from '../exec/run.js';
import { commonArgs, type NixArgvOptions } from '../nix-cli/argv.js';
import { nixConfigWithToken, type Nix } from '../nix-cli/nix.js';
import { NixOutputError, parseEvalJson } from '../nix-cli/parse.js';

export type ExprEval = (expr: string, apply?: string) => Promise<unknown>;

export type UpdateNix = Pick<Nix, 'features' | 'version' | 'updateLock' | 'build' | 'log' | 'pathInfoClosure'> & {
  /** `nix eval --impure --json --expr EXPR [--apply FN]`, parsed. */
  readonly evalExprJson: ExprEval;
};

interface WithExpr {
  readonly evalExprJson?: ExprEval;
}

/** The engine's view of a `Nix` port: the port's own expression eval when it has one, else `fallback`. */
export function updateNix(nix: Nix, fallback: ExprEval): UpdateNix {
  const own = (nix as Nix & WithExpr).evalExprJson;
  return {
    features: nix.features,
    version: () => nix.version(),
    updateLock: (dir, inputs) => nix.updateLock(dir, inputs),
    build: (installables) => nix.build(installables),
    log: (drv) => nix.log(drv),
    pathInfoClosure: (paths, opts) => nix.pathInfoClosure(paths, opts),
    evalExprJson: own ? own.bind(nix) : fallback,
  };
}

export interface ExprEvaluatorParams {
  readonly runner?: ProcessRunner;
  readonly nixBin?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly token?: string;
  readonly options: NixArgvOptions;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

/** The argv (after `nix`) of an impure expression evaluation. */
export function exprEvalArgs(options: NixArgvOptions, expr: string, apply?: string): string[] {
  return ['eval', ...commonArgs(options), '--impure', '--json', '--expr', expr, ...(apply ? ['--apply', apply] : [])];
}

/** TEMPORARY stand-in for `Nix.evalExprJson` (see the file comment); same env, token handling and errors. */
export function exprEvaluator(params: ExprEvaluatorParams): ExprEval {
  const run = params.runner ?? runProcess;
  const bin = params.nixBin ?? 'nix';
  const base = params.env ?? process.env;
  const env: Record<string, string | undefined> = { ...base };
  if (params.token) env['NIX_CONFIG'] = nixConfigWithToken(base['NIX_CONFIG'], params.token);
  const secrets = params.token ? [params.token] : [];
  return async (expr, apply) => {
    const args = exprEvalArgs(params.options, expr, apply);
    params.logger.debug(`$ ${bin} eval --impure --json --expr …`);
    const r = await run(bin, args, { env, secrets, errorClass: NixError, timeoutMs: params.timeoutMs });
    try {
      return parseEvalJson(r.stdout);
    } catch (e) {
      throw new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
    }
  };
}
