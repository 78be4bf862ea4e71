/**
 * A compact S-expression rendering of the AST, so tests can state a tree's shape in one line:
 * `(+ 1 (* 2 3))`, `(app f x)`, `(select a b.c or d)`, `(lambda x body)`, `{a=1; inherit b;}`.
 */
import type { AttrName, Binding, Expr, StrPart } from '../../../../src/nix/ast.js';

function name(n: AttrName): string {
  if (n.name !== undefined) return n.syntax === 'ident' ? n.name : JSON.stringify(n.name);
  return `\${${n.expr ? show(n.expr) : '?'}}`;
}

function parts(ps: readonly StrPart[]): string {
  return ps.map((p) => (p.kind === 'Literal' ? JSON.stringify(p.value) : `\${${show(p.expr)}}`)).join(' ');
}

function bindings(bs: readonly Binding[]): string {
  return bs
    .map((b) =>
      b.kind === 'AttrBinding'
        ? `${b.path.map(name).join('.')}=${show(b.value)};`
        : `inherit${b.from ? ` (${show(b.from)})` : ''} ${b.names.map(name).join(' ')};`,
    )
    .join(' ');
}

export function show(e: Expr): string {
  switch (e.kind) {
    case 'Int':
    case 'Float':
      return e.raw;
    case 'String':
      return `(${e.indented ? 'istr' : 'str'}${e.parts.length ? ' ' + parts(e.parts) : ''})`;
    case 'Path':
      return `(path ${e.base} ${parts(e.parts)})`;
    case 'SearchPath':
      return `<${e.path}>`;
    case 'Uri':
      return `(uri ${e.value})`;
    case 'Var':
      return e.name;
    case 'CurPos':
      return '__curPos';
    case 'Paren':
      return `(paren ${show(e.expr)})`;
    case 'AttrSet':
      return `${e.recursive ? 'rec' : ''}{${bindings(e.bindings)}}`;
    case 'LegacyLet':
      return `(let {${bindings(e.bindings)}})`;
    case 'Let':
      return `(let {${bindings(e.bindings)}} ${show(e.body)})`;
    case 'List':
      return `[${e.elements.map(show).join(' ')}]`;
    case 'Lambda': {
      const formals = e.formals
        ? `{${e.formals.entries.map((f) => (f.default ? `${f.name.name}?${show(f.default)}` : f.name.name)).join(',')}${e.formals.ellipsis ? (e.formals.entries.length ? ',...' : '...') : ''}}`
        : '';
      const param = e.param ? e.param.name : '';
      const head = e.formals
        ? e.paramPosition === 'before'
          ? `${param}@${formals}`
          : param
            ? `${formals}@${param}`
            : formals
        : param;
      return `(lambda ${head} ${show(e.body)})`;
    }
    case 'Apply':
      return `(app ${show(e.fn)} ${show(e.arg)})`;
    case 'Select':
      return `(select ${show(e.expr)} ${e.path.map(name).join('.')}${e.default ? ` or ${show(e.default)}` : ''})`;
    case 'HasAttr':
      return `(? ${show(e.expr)} ${e.path.map(name).join('.')})`;
    case 'Unary':
      return `(${e.op === '-' ? 'neg' : '!'} ${show(e.expr)})`;
    case 'Binary':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'If':
      return `(if ${show(e.cond)} ${show(e.then)} ${show(e.else)})`;
    case 'Assert':
      return `(assert ${show(e.cond)} ${show(e.body)})`;
    case 'With':
      return `(with ${show(e.env)} ${show(e.body)})`;
  }
}
