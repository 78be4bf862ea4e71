/**
 * Runs the rules over one flake: applies each rule's configured severity (or `off`; a minor finding one below it),
 * skips the rules that need a file that is missing (one notice for lock-only mode), drops findings on ignored input
 * paths, and orders them.
 */
import { UsageError } from '../core/errors.js';
import type { Severity } from '../core/ports.js';
import { globMatch } from '../core/glob.js';
import type { Finding, LintContext, RawFinding, Rule } from './lint-types.js';
import { compareText } from '../core/text-order.js';

export interface FlakeLint {
  readonly findings: readonly Finding[];
  /** Things the user should know that are not findings (lock-only mode, rules skipped). */
  readonly notices: readonly string[];
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/** The severity of a minor finding (RawFinding.minor): one below the rule's setting, never below notice. */
const ONE_BELOW: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'notice', notice: 'notice' };

/** Fails on rule ids that do not exist, naming the setting and listing the valid ids. */
export function checkRuleIds(rules: readonly Rule[], configured: Readonly<Record<string, unknown>>, setting: string) {
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(configured)) {
    if (!known.has(id)) {
      const near = [...known].filter((k) => k.endsWith(`/${id.split('/').pop()}`) || k.startsWith(id));
      throw new UsageError(
        `unknown rule '${id}' in ${setting}`,
        near.length > 0 ? `did you mean ${near.join(' or ')}?` : `rules are: ${[...known].join(', ')}`,
      );
    }
  }
}

/**
 * An ignore entry is a glob over input paths (`home-manager/*`), or `RULE:GLOB` to suppress one rule's findings
 * for those inputs only (`freshness/stale-input:nixpkgs-*`). Findings without an input are never ignored.
 */
export function isIgnored(finding: Pick<Finding, 'rule' | 'input'>, ignore: readonly string[]): boolean {
  if (finding.input === undefined) return false;
  for (const entry of ignore) {
    const colon = entry.indexOf(':');
    if (colon > 0) {
      if (entry.slice(0, colon) === finding.rule && globMatch(entry.slice(colon + 1), finding.input)) return true;
    } else if (globMatch(entry, finding.input)) {
      return true;
    }
  }
  return false;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    compareText(a.input ?? '', b.input ?? '') ||
    compareText(a.message, b.message)
  );
}

export function runRules(ctx: LintContext, rules: readonly Rule[]): FlakeLint {
  const findings: Finding[] = [];
  const notices: string[] = [];
  const skippedForNix: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const setting = ctx.options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    if (rule.needs.includes('nix') && !ctx.flake) {
      if (!ctx.hasNix) skippedForNix.push(rule.id);
      continue;
    }
    if (rule.needs.includes('lock') && !ctx.lock) continue;
    let raw: readonly RawFinding[];
    try {
      raw = rule.check(ctx);
    } catch (e) {
      // A rule bug must not hide the other rules' findings; say which rule failed and go on.
      notices.push(`rule ${rule.id} failed on ${ctx.nixPath}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const r of raw) {
      const finding: Finding = {
        rule: rule.id,
        severity: r.minor === true ? ONE_BELOW[setting] : setting,
        message: r.message,
        file: r.in === 'nix' ? ctx.nixPath : ctx.lockPath,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        ...(r.input !== undefined ? { input: r.input } : {}),
        ...(r.fix ? { fix: r.fix } : {}),
      };
      if (isIgnored(finding, ctx.options.ignore)) continue;
      const key = `${finding.rule}\0${finding.file}\0${finding.line}\0${finding.column}\0${finding.input}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  if (skippedForNix.length > 0) {
    notices.unshift(
      `${ctx.nixPath} not found: linting ${ctx.lockPath} alone (lock-only mode); ${skippedForNix.length} rules that read flake.nix were skipped`,
    );
  }
  findings.sort(compareFindings);
  return { findings, notices };
}

/** Whether findings reach the `fail-on` threshold. */
export function fails(findings: readonly Pick<Finding, 'severity'>[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const limit = SEVERITY_RANK[failOn as Severity];
  return findings.some((f) => SEVERITY_RANK[f.severity] <= limit);
}
