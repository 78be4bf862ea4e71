/**
 * The lint contracts: a Finding (what every reporter prints), a Rule (one file each under rules/), and the
 * context a rule reads. Findings are keyed by input path (`home-manager/nixpkgs`), never by lock node key.
 */
import type { FailOn, LintSettings } from '../core/config.js';
import type { Severity } from '../core/ports.js';
import type { FlakeNix, LockFile, ResolvedInput } from '../flake/flake-types.js';
import type { Span } from '../nix/location.js';

export type { Severity };

/** One replacement in a file's text: `span` (offsets into the text) becomes `newText`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** What the fix does, one line: `Add inputs.home-manager.inputs.nixpkgs.follows = "nixpkgs";`. */
  readonly description: string;
  /** The replacement text shown to the user (the JSON contract's `fix`): the line to add, or `""` to delete. */
  readonly text: string;
  /** Edits to the finding's file that apply the fix; empty when it cannot be applied automatically. */
  readonly edits: readonly TextEdit[];
}

/** A position range in a file: 1-based lines and columns, end inclusive of its line, exclusive of its column. */
export interface Region {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Finding extends Region {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Workspace-relative POSIX path of the file the finding is anchored in (`flake.nix`, `hosts/flake.lock`). */
  readonly file: string;
  /** The input path concerned (`home-manager/nixpkgs`), when there is one. */
  readonly input?: string;
  readonly fix?: Fix;
}

/** What a rule returns: a finding without its final severity and file (the engine fills them in). */
export interface RawFinding extends Region {
  readonly message: string;
  /** Which of the flake's files the region is in. */
  readonly in: 'nix' | 'lock';
  readonly input?: string;
  readonly fix?: Fix;
  /**
   * A finding that weighs less than the rule's usual one (a copy of a small helper flake next to a copy of
   * nixpkgs): reported one severity below the rule's setting (error → warning, warning → notice; notice stays).
   */
  readonly minor?: boolean;
}

export type RuleFamily =
  'syntax' | 'schema' | 'lock' | 'follows' | 'duplicates' | 'sync' | 'hygiene' | 'freshness' | 'policy';

export interface RuleDocs {
  /** One sentence: what the rule finds. */
  readonly summary: string;
  /** Why it matters. */
  readonly why: string;
  /** How to fix it. */
  readonly fix: string;
  /** A small example that triggers it (flake.nix or flake.lock text). */
  readonly example: string;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** What the rule reads: rules that need flake.nix are skipped in lock-only mode; those that need a lock when none is valid. */
  readonly needs: readonly ('nix' | 'lock')[];
  /** True when the rule's findings may carry edits that `flake-steward fix` applies. */
  readonly fixable?: boolean;
  readonly docs: RuleDocs;
  check(ctx: LintContext): readonly RawFinding[];
}

/** A parse failure of flake.nix or flake.lock, with the position Nix would report. */
export interface FileProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** A short hint on what to do. */
  readonly hint?: string;
  /**
   * Set when flake.nix parses but Nix refuses an attribute it does not know (an input's `ulr`): reported by
   * schema/unknown-attribute instead of syntax/parse-error, with the name meant when there is a near one.
   */
  readonly unknownAttribute?: { readonly name: string; readonly suggestion?: string };
}

/** Settings the rules read beyond LintSettings (from `.flake-steward.json`). */
/** The settings one flake is linted with: given, file and defaults merged (src/lint/settings-file.ts). */
export interface LintOptions extends LintSettings {
  readonly failOn: FailOn;
  readonly maxAge: number;
  /** Input path glob → last day (`YYYY-MM-DD`, inclusive) a nixpkgs release branch is accepted as supported. */
  readonly supportedUntil: Readonly<Record<string, string>>;
}

export interface LintContext {
  /** Workspace-relative POSIX paths of the two files (whether or not they exist). */
  readonly nixPath: string;
  readonly lockPath: string;
  /** flake.nix parsed; undefined in lock-only mode or when it does not parse. */
  readonly flake?: FlakeNix;
  readonly nixProblem?: FileProblem;
  /** flake.nix as read, parsed or not (the text reporter quotes its lines under findings). */
  readonly nixText?: string;
  /** Whether flake.nix exists at all (lock-only mode when false). */
  readonly hasNix: boolean;
  readonly lock?: LockFile;
  readonly lockText?: string;
  readonly lockProblem?: FileProblem;
  /** Whether flake.lock exists at all. */
  readonly hasLock: boolean;
  /** Every input path of the lock, resolved (follows followed); keyed by `/`-joined path. */
  readonly resolved: ReadonlyMap<string, ResolvedInput>;
  readonly now: Date;
  readonly options: LintOptions;
  /**
   * Release tags of the remotes the app asked before the rules ran (src/app/lint-tag-lookup.ts), by remote URL (a
   * TagPin's `remote`); a remote not asked (policy, bound, no network) or not answering is absent. Rules read it, never
   * fetch it.
   */
  readonly remoteTags?: ReadonlyMap<string, readonly string[]>;
}
