/**
 * Nix's variable binding check (what `bindVars` does right after parsing): every variable must be bound by a
 * lambda, `let`, `rec` set, or be a builtin, unless some enclosing `with` could provide it. Attribute sets are
 * walked in the shape Nix builds from them (dotted paths merged into nested sets, literal sets merged into one
 * another), which decides what a `rec` set binds and which expressions Nix checks at all.
 */
import type { AttrName, Expr, LegacyLet, Let, AttrSet, StrPart } from './ast.js';
import { startOf } from './nodes.js';

/** An attribute set as Nix represents it after parsing. */
export interface NAttrs {
  readonly recursive: boolean;
  readonly attrs: Map<string, NDef>;
  /** Attributes with computed names, in order (undefined until there is one: they are rare). */
  dynamics: { readonly name: Expr; readonly def: NDef }[] | undefined;
}

/**
 * One attribute's definition; `at` is where it is (first) defined: the first name of the binding's path, or the
 * inherited name.
 */
export type NDef =
  | { readonly kind: 'expr'; readonly expr: Expr; readonly at: AttrName }
  | { readonly kind: 'attrs'; readonly attrs: NAttrs; readonly at: AttrName }
  | { readonly kind: 'inherit'; readonly name: string; readonly at: AttrName }
  | { readonly kind: 'inheritFrom'; readonly from: Expr; readonly at: AttrName };

export type AttrsOwner = AttrSet | LegacyLet | Let;

/**
 * The names Nix 2.8 binds in its base environment (its builtins, `__`-prefixed or not as Nix exposes them), as
 * measured with nix-instantiate 2.8.0 (flakes enabled, which adds `__getFlake`).
 */
export const NIX_GLOBALS: ReadonlySet<string> = new Set(
  (
    '__add __addErrorContext __all __any __appendContext __attrNames __attrValues __bitAnd __bitOr __bitXor ' +
    '__catAttrs __ceil __compareVersions __concatLists __concatMap __concatStringsSep __currentSystem ' +
    "__currentTime __deepSeq __div __elem __elemAt __fetchurl __filter __filterSource __findFile __floor __foldl' " +
    '__fromJSON __functionArgs __genList __genericClosure __getAttr __getContext __getEnv __getFlake __groupBy ' +
    '__hasAttr __hasContext __hashFile __hashString __head __intersectAttrs __isAttrs __isBool __isFloat ' +
    '__isFunction __isInt __isList __isPath __isString __langVersion __length __lessThan __listToAttrs ' +
    '__mapAttrs __match __mul __nixPath __nixVersion __parseDrvName __partition __path __pathExists __readDir ' +
    '__readFile __replaceStrings __seq __sort __split __splitVersion __storeDir __storePath __stringLength __sub ' +
    '__substring __tail __toFile __toJSON __toPath __toXML __trace __tryEval __typeOf ' +
    '__unsafeDiscardOutputDependency __unsafeDiscardStringContext __unsafeGetAttrPos __zipAttrsWith abort ' +
    'baseNameOf builtins derivation derivationStrict dirOf false fetchGit fetchMercurial fetchTarball fetchTree ' +
    'fromTOML import isNull map null placeholder removeAttrs scopedImport throw toString true'
  ).split(' '),
);

interface Scope {
  readonly names: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  readonly up: Scope | undefined;
}

/** Throws (through `fail`, given the variable's offset) at the first variable Nix would call undefined. */
export function checkScopes(
  root: Expr,
  owners: ReadonlyMap<AttrsOwner, NAttrs>,
  fail: (message: string, offset: number) => never,
): void {
  new ScopeChecker(owners, fail).check(root, undefined);
}

/** Recursion depth past which the check goes on with an explicit stack (see `walk`). */
const MAX_DEPTH = 2000;

/**
 * Checks in pre-order, children in source order: each visit first does its own checks and lists its children on a
 * shared stack, then the children are checked one by one, recursively. Past MAX_DEPTH (a long chain: `a + b + …`
 * over thousands of operands, a deep right-nested `++`) the rest of that subtree is walked with an explicit stack,
 * in the same order, so the call stack cannot run out.
 */
class ScopeChecker {
  /** Children listed by visits not yet checked; `top` is the first free slot. */
  private readonly kids: Expr[] = [];
  private readonly kidScopes: (Scope | undefined)[] = [];
  private top = 0;
  private depth = 0;

  constructor(
    private readonly owners: ReadonlyMap<AttrsOwner, NAttrs>,
    private readonly fail: (message: string, offset: number) => never,
  ) {}

  private push(e: Expr, scope: Scope | undefined): void {
    this.kids[this.top] = e;
    this.kidScopes[this.top] = scope;
    this.top++;
  }

  check(e: Expr, scope: Scope | undefined): void {
    if (this.depth >= MAX_DEPTH) {
      this.walk(e, scope);
      return;
    }
    const base = this.top;
    this.visit(e, scope);
    const end = this.top;
    this.depth++;
    for (let i = base; i < end; i++) this.check(this.kids[i]!, this.kidScopes[i]);
    this.depth--;
    this.top = base;
  }

  /** The same order as `check`, with an explicit stack. */
  private walk(root: Expr, rootScope: Scope | undefined): void {
    const exprs: Expr[] = [root];
    const scopes: (Scope | undefined)[] = [rootScope];
    while (exprs.length > 0) {
      const e = exprs.pop()!;
      const scope = scopes.pop();
      const base = this.top;
      this.visit(e, scope);
      for (let i = this.top - 1; i >= base; i--) {
        exprs.push(this.kids[i]!);
        scopes.push(this.kidScopes[i]);
      }
      this.top = base;
    }
  }

  private checkName(name: string, offset: number, scope: Scope | undefined): void {
    for (let s = scope; s; s = s.up) if (s.names.has(name)) return;
    if (!NIX_GLOBALS.has(name)) this.fail(`undefined variable '${name}'`, offset);
  }

  private def(d: NDef, own: Scope | undefined, outer: Scope | undefined): void {
    switch (d.kind) {
      case 'expr':
        this.push(d.expr, own);
        return;
      case 'attrs':
        this.attrs(d.attrs, own);
        return;
      case 'inherit':
        this.checkName(d.name, startOf(d.at), outer);
        return;
      case 'inheritFrom':
        this.push(d.from, own);
        return;
    }
  }

  private attrs(a: NAttrs, scope: Scope | undefined): void {
    const own = a.recursive ? { names: a.attrs, up: scope } : scope;
    for (const d of a.attrs.values()) this.def(d, own, scope);
    if (a.dynamics)
      for (const d of a.dynamics) {
        this.push(d.name, own);
        this.def(d.def, own, scope);
      }
  }

  private parts(ps: readonly StrPart[], scope: Scope | undefined): void {
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (p.kind === 'Interpolation') this.push(p.expr, scope);
    }
  }

  private names(path: readonly { readonly name?: string; readonly expr?: Expr }[], scope: Scope | undefined): void {
    for (let i = 0; i < path.length; i++) {
      const p = path[i]!;
      if (p.name === undefined && p.expr) this.push(p.expr, scope);
    }
  }

  private visit(e: Expr, scope: Scope | undefined): void {
    switch (e.kind) {
      case 'Int':
      case 'Float':
      case 'SearchPath':
      case 'Uri':
      case 'CurPos':
        return;
      case 'String':
      case 'Path':
        this.parts(e.parts, scope);
        return;
      case 'Var':
        this.checkName(e.name, startOf(e), scope);
        return;
      case 'Paren':
      case 'Unary':
        this.push(e.expr, scope);
        return;
      case 'AttrSet':
      case 'LegacyLet':
        this.attrs(this.owners.get(e)!, scope);
        return;
      case 'Let': {
        const a = this.owners.get(e)!;
        const own: Scope = { names: a.attrs, up: scope };
        for (const d of a.attrs.values()) this.def(d, own, scope);
        this.push(e.body, own);
        return;
      }
      case 'List':
        for (let i = 0; i < e.elements.length; i++) this.push(e.elements[i]!, scope);
        return;
      case 'Lambda': {
        const names = new Set<string>();
        if (e.param) names.add(e.param.name);
        if (e.formals) for (const f of e.formals.entries) names.add(f.name.name);
        const own: Scope = { names, up: scope };
        if (e.formals) for (const f of e.formals.entries) if (f.default) this.push(f.default, own);
        this.push(e.body, own);
        return;
      }
      case 'Apply':
        this.push(e.fn, scope);
        this.push(e.arg, scope);
        return;
      case 'Select':
        this.push(e.expr, scope);
        this.names(e.path, scope);
        if (e.default) this.push(e.default, scope);
        return;
      case 'HasAttr':
        this.push(e.expr, scope);
        this.names(e.path, scope);
        return;
      case 'Binary':
        this.push(e.left, scope);
        this.push(e.right, scope);
        return;
      case 'If':
        this.push(e.cond, scope);
        this.push(e.then, scope);
        this.push(e.else, scope);
        return;
      case 'Assert':
        this.push(e.cond, scope);
        this.push(e.body, scope);
        return;
      case 'With':
        // Inside `with`, every variable resolves (lexically or from the `with`), so nothing there can fail.
        this.push(e.env, scope);
        return;
    }
  }
}
