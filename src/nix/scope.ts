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

/** A set whose definitions `defs` is listing: its scopes, and how far it got (`dynamic` is -1 until `values` end). */
interface DefsFrame {
  readonly a: NAttrs;
  readonly own: Scope | undefined;
  readonly outer: Scope | undefined;
  readonly values: Iterator<NDef>;
  dynamic: number;
}

interface Scope {
  readonly names: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  readonly up: Scope | undefined;
  /** Names already found from here (in this scope, an enclosing one, or the builtins): looked up once each. */
  known?: Set<string>;
}

/** Throws (through `fail`, given the variable's offset) at the first variable Nix would call undefined. */
export function checkScopes(
  root: Expr,
  owners: ReadonlyMap<AttrsOwner, NAttrs>,
  fail: (message: string, offset: number) => never,
): void {
  new ScopeChecker(owners, fail).check(root, undefined);
}

/**
 * Recursion depth past which the check goes on with an explicit stack (see `walk`). Cold code runs out of Node's
 * default stack at 3,000 to 4,000 levels of a chain (`f 1 1 …`, `1 + 1 + …`); 1,000 leaves room for the caller's
 * frames and the parse limit's 512 levels of sets on the way.
 */
const MAX_DEPTH = 1000;

/**
 * Checks in pre-order, children in source order. An attribute set or `let` first checks its inherited names (at
 * any depth of its merged nested sets), then its values: it lists them on a shared stack and checks them after.
 * Every other node has no checks of its own before its children, so those are checked at once, recursively.
 * Past MAX_DEPTH (a long chain: `a + b + …` over thousands of operands, a deep right-nested `++`) the rest of that
 * subtree is walked with an explicit stack, in the same order, so the call stack cannot run out.
 */
class ScopeChecker {
  /** Children listed and not yet checked; `top` is the first free slot. */
  private readonly kids: Expr[] = [];
  private readonly kidScopes: (Scope | undefined)[] = [];
  private top = 0;
  private depth = 0;
  /** Set while children are only listed (inside an attribute set's own checks, and in `walk`). */
  private listing = false;

  constructor(
    private readonly owners: ReadonlyMap<AttrsOwner, NAttrs>,
    private readonly fail: (message: string, offset: number) => never,
  ) {}

  private push(e: Expr, scope: Scope | undefined): void {
    this.kids[this.top] = e;
    this.kidScopes[this.top] = scope;
    this.top++;
  }

  /** A child of the node being visited: checked now, or listed when listing. */
  private child(e: Expr, scope: Scope | undefined): void {
    if (this.listing) this.push(e, scope);
    else this.check(e, scope);
  }

  check(e: Expr, scope: Scope | undefined): void {
    if (this.depth >= MAX_DEPTH) {
      this.walk(e, scope);
      return;
    }
    this.depth++;
    this.visit(e, scope);
    this.depth--;
  }

  /** The same order as `check`, with an explicit stack. */
  private walk(root: Expr, rootScope: Scope | undefined): void {
    const listing = this.listing;
    this.listing = true;
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
    this.listing = listing;
  }

  /**
   * Fails unless a scope around (or the builtins) binds `name`. A name used again from the same scope is not looked
   * up again: scopes nest up to the parser's 512 levels, and walking them for each of 100,000 uses took seconds.
   */
  private checkName(name: string, offset: number, scope: Scope | undefined): void {
    if (scope?.known?.has(name)) return;
    let found = false;
    for (let s = scope; s; s = s.up)
      if (s.names.has(name)) {
        found = true;
        break;
      }
    if (!found && !NIX_GLOBALS.has(name)) this.fail(`undefined variable '${name}'`, offset);
    if (scope) (scope.known ??= new Set()).add(name);
  }

  /**
   * An attribute set (`body` absent) or a `let` (`body` its body, checked in `own`): inherited names first, then
   * the values in order.
   */
  private group(a: NAttrs, own: Scope | undefined, outer: Scope | undefined, body: Expr | undefined): void {
    if (this.listing) {
      this.defs(a, own, outer);
      if (body) this.push(body, own);
      return;
    }
    const base = this.top;
    this.listing = true;
    this.defs(a, own, outer);
    if (body) this.push(body, own);
    this.listing = false;
    const end = this.top;
    for (let i = base; i < end; i++) this.check(this.kids[i]!, this.kidScopes[i]);
    this.top = base;
  }

  /**
   * Lists a set's definitions in order, a nested set's in place. A dotted path makes one nested set per name, so
   * nesting is as deep as a path is long (`a.a.a… = x;` 100,000 names long, which Nix parses): an explicit stack
   * of the sets being listed, not recursion.
   */
  private defs(a: NAttrs, own: Scope | undefined, outer: Scope | undefined): void {
    const stack: DefsFrame[] = [];
    let f: DefsFrame = { a, own, outer, values: a.attrs.values(), dynamic: -1 };
    while (true) {
      let d: NDef | undefined;
      if (f.dynamic < 0) {
        const next = f.values.next();
        if (next.done === true) f.dynamic = 0;
        else d = next.value;
      }
      if (d === undefined && f.dynamic >= 0 && f.a.dynamics !== undefined && f.dynamic < f.a.dynamics.length) {
        const dyn = f.a.dynamics[f.dynamic++]!;
        this.push(dyn.name, f.own);
        d = dyn.def;
      }
      if (d === undefined) {
        const up = stack.pop();
        if (up === undefined) return;
        f = up;
        continue;
      }
      switch (d.kind) {
        case 'expr':
          this.push(d.expr, f.own);
          break;
        case 'attrs': {
          // A nested set (`a.b = …;`, `a = { … };` merged): its own scope if `rec`, within the enclosing one.
          const nested = d.attrs;
          stack.push(f);
          const own = nested.recursive ? { names: nested.attrs, up: f.own } : f.own;
          f = { a: nested, own, outer: f.own, values: nested.attrs.values(), dynamic: -1 };
          break;
        }
        case 'inherit':
          this.checkName(d.name, startOf(d.at), f.outer);
          break;
        case 'inheritFrom':
          this.push(d.from, f.own);
          break;
      }
    }
  }

  private parts(ps: readonly StrPart[], scope: Scope | undefined): void {
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (p.kind === 'Interpolation') this.child(p.expr, scope);
    }
  }

  private names(path: readonly { readonly name?: string; readonly expr?: Expr }[], scope: Scope | undefined): void {
    for (let i = 0; i < path.length; i++) {
      const p = path[i]!;
      if (p.name === undefined && p.expr) this.child(p.expr, scope);
    }
  }

  private visit(e: Expr, scope: Scope | undefined): void {
    // The most frequent kinds first: a switch on strings compares them one by one.
    switch (e.kind) {
      case 'Var':
        this.checkName(e.name, startOf(e), scope);
        return;
      case 'String':
      case 'Path':
        this.parts(e.parts, scope);
        return;
      case 'Apply':
        this.child(e.fn, scope);
        this.child(e.arg, scope);
        return;
      case 'Binary':
        this.child(e.left, scope);
        this.child(e.right, scope);
        return;
      case 'Select':
        this.child(e.expr, scope);
        this.names(e.path, scope);
        if (e.default) this.child(e.default, scope);
        return;
      case 'Int':
      case 'Float':
      case 'SearchPath':
      case 'Uri':
      case 'CurPos':
        return;
      case 'AttrSet':
      case 'LegacyLet': {
        const a = this.owners.get(e)!;
        this.group(a, a.recursive ? { names: a.attrs, up: scope } : scope, scope, undefined);
        return;
      }
      case 'Paren':
      case 'Unary':
        this.child(e.expr, scope);
        return;
      case 'List':
        for (let i = 0; i < e.elements.length; i++) this.child(e.elements[i]!, scope);
        return;
      case 'Let': {
        const a = this.owners.get(e)!;
        this.group(a, { names: a.attrs, up: scope }, scope, e.body);
        return;
      }
      case 'Lambda': {
        const names = new Set<string>();
        if (e.param) names.add(e.param.name);
        if (e.formals) for (const f of e.formals.entries) names.add(f.name.name);
        const own: Scope = { names, up: scope };
        if (e.formals) for (const f of e.formals.entries) if (f.default) this.child(f.default, own);
        this.child(e.body, own);
        return;
      }
      case 'HasAttr':
        this.child(e.expr, scope);
        this.names(e.path, scope);
        return;
      case 'If':
        this.child(e.cond, scope);
        this.child(e.then, scope);
        this.child(e.else, scope);
        return;
      case 'Assert':
        this.child(e.cond, scope);
        this.child(e.body, scope);
        return;
      case 'With':
        // Inside `with`, every variable resolves (lexically or from the `with`), so nothing there can fail.
        this.child(e.env, scope);
        return;
    }
  }
}
