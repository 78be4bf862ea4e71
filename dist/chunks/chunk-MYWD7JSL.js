import {
  Suggester
} from "./chunk-5Z4T2RLS.js";
import {
  parse,
  staticString
} from "./chunk-M6HMDD4M.js";
import {
  INPUT_ATTRIBUTES
} from "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";

// src/flake/declared-inputs.ts
var UnknownAttributeError = class extends UserError {
  constructor(message, file, position, hint, attribute, suggestion) {
    super(message, file, position, hint);
    this.attribute = attribute;
    this.suggestion = suggestion;
  }
  attribute;
  suggestion;
};
var FLAKE_ATTRIBUTES = ["description", "inputs", "outputs", "nixConfig"];
var URL_INPUT_ATTRIBUTES = ["url", "flake", "follows", "inputs", "type"];
function unparen(e) {
  let x = e;
  while (x.kind === "Paren") x = x.expr;
  return x;
}
function newAttrs(span) {
  return { kind: "attrs", entries: /* @__PURE__ */ new Map(), span };
}
function addBinding(into, path, value, binding, topLevel) {
  let at = into;
  for (let i = 0; i < path.length; i++) {
    const n = path[i];
    if (n.name === void 0) {
      at.dynamic ??= n;
      return;
    }
    const last = i === path.length - 1;
    let entry = at.entries.get(n.name);
    if (!entry) {
      const dotted = i > 0 ? path[i - 1].name === "inputs" : topLevel && !last;
      entry = { value: last ? toValue(value) : newAttrs(binding), bindings: [], dotted, nameSpan: n.span };
      at.entries.set(n.name, entry);
      entry.bindings.push(binding);
      if (last) return;
    } else {
      if (entry.bindings[entry.bindings.length - 1] !== binding) entry.bindings.push(binding);
      if (last) {
        const v = toValue(value);
        if (entry.value.kind === "attrs" && v.kind === "attrs") {
          for (const [k, e] of v.entries) entry.value.entries.set(k, e);
          entry.value.dynamic ??= v.dynamic;
        } else entry.value = v;
        return;
      }
    }
    if (entry.value.kind !== "attrs") return;
    at = entry.value;
  }
}
function toValue(e) {
  const x = unparen(e);
  if (x.kind !== "AttrSet") return { kind: "leaf", expr: e };
  return attrsOf(x);
}
function attrsOf(set) {
  const attrs = newAttrs(set.span);
  for (const b of set.bindings) {
    if (b.kind === "AttrBinding") addBinding(attrs, b.path, b.value, b.span, false);
    else
      for (const n of b.names) {
        if (n.name === void 0) continue;
        const leaf = { kind: "leaf", expr: b.from ?? { kind: "Var", name: n.name, span: n.span } };
        attrs.entries.set(n.name, { value: leaf, bindings: [b.span], dotted: false, nameSpan: n.span });
      }
  }
  return attrs;
}
function literalOf(e, exact) {
  const x = unparen(e);
  switch (x.kind) {
    case "String": {
      if (exact) {
        const s = staticString(x);
        return s === void 0 ? void 0 : { kind: "string", value: s };
      }
      let out = "";
      for (const p of x.parts) {
        if (p.kind !== "Literal") return void 0;
        out += p.value;
      }
      return { kind: "string", value: out };
    }
    case "Uri":
      return { kind: "string", value: x.value };
    case "Path":
      return x.parts.length === 1 && x.parts[0].kind === "Literal" ? { kind: "path", value: x.parts[0].value } : void 0;
    case "Int":
      return { kind: "int", value: x.value };
    case "Float":
      return { kind: "float", value: x.value };
    case "Var":
      if (x.name === "true" || x.name === "false") return { kind: "bool", value: x.name === "true" };
      if (x.name === "null") return { kind: "null" };
      return void 0;
    case "List": {
      const items = [];
      for (const el of x.elements) {
        const l = literalOf(el, exact);
        if (!l) return void 0;
        items.push(l);
      }
      return { kind: "list", items };
    }
    case "AttrSet":
      return { kind: "attrs", attrs: attrsOf(x) };
    default:
      return void 0;
  }
}
var TYPE_NAMES = {
  string: "a string",
  path: "a path",
  bool: "a Boolean",
  int: "an integer",
  float: "a float",
  null: "null",
  list: "a list",
  attrs: "a set"
};
function typeOfValue(e) {
  const x = unparen(e);
  switch (x.kind) {
    case "Lambda":
      return "a function";
    case "AttrSet":
      return "a set";
    case "List":
      return "a list";
    case "String":
    case "Uri":
      return "a string";
    case "Path":
    case "SearchPath":
      return "a path";
    case "Int":
      return "an integer";
    case "Float":
      return "a float";
    case "Var":
      if (x.name === "true" || x.name === "false") return "a Boolean";
      if (x.name === "null") return "null";
      return void 0;
    default:
      return void 0;
  }
}
var Reader = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  fail(message, span, hint) {
    throw new UserError(message, this.file, { line: span.start.line, column: span.start.column }, hint);
  }
  /** The flake's top-level attribute set (Nix accepts parentheses around it, nothing else). */
  topLevel(expr) {
    const x = unparen(expr);
    if (x.kind !== "AttrSet")
      this.fail(
        "flake.nix must be an attribute set",
        x.span,
        "Nix reads flake.nix without evaluating it: write `{ inputs = …; outputs = …; }` with no let, with or function around it"
      );
    const attrs = newAttrs(x.span);
    for (const b of x.bindings) {
      if (b.kind === "AttrBinding") {
        if (b.path[0].name === void 0) this.computedName(b.path[0], "flake.nix");
        addBinding(attrs, b.path, b.value, b.span, true);
      } else
        for (const n of b.names) {
          if (n.name === "inputs") this.computed("inputs", n.span, "inherited");
          if (n.name !== void 0 && !attrs.entries.has(n.name)) {
            const leaf = { kind: "leaf", expr: { kind: "Var", name: n.name, span: n.span } };
            attrs.entries.set(n.name, { value: leaf, bindings: [b.span], dotted: false, nameSpan: n.span });
          }
        }
    }
    return attrs;
  }
  computed(what, span, how = "computed") {
    this.fail(
      `${what} is ${how}: Nix reads flake inputs without evaluating anything`,
      span,
      "write the value out literally: a string, true or false, a number, or an attribute set"
    );
  }
  computedName(n, where = "inputs") {
    this.fail(
      `${where}: attribute names must be written literally`,
      n.span,
      `Nix reads flake inputs without evaluating them; replace ${this.text.slice(n.span.start.offset, n.span.end.offset)} by a plain name`
    );
  }
  /** The set under `inputs` (or under an input's `inputs`), or a failure saying why it is not one. */
  inputSet(entry, what) {
    const v = entry.value;
    if (v.kind === "leaf") {
      const lit = literalOf(v.expr, true);
      if (lit)
        this.fail(`${what} must be an attribute set, not ${TYPE_NAMES[lit.kind]}`, v.expr.span, "write it as { … }");
      this.computed(what, v.expr.span);
    }
    if (v.dynamic) this.computedName(v.dynamic);
    return v;
  }
  inputs(set, parent) {
    const out = [];
    for (const [name, entry] of set.entries) {
      if (parent.length === 0 && name === "self") {
        this.selfAttrs(entry);
        continue;
      }
      out.push(this.input(entry, [...parent, name]));
    }
    return out;
  }
  /** `inputs.self.submodules` / `.lfs`: settings of the flake itself (current Nix), not an input. */
  selfAttrs(entry) {
    const set = this.inputSet(entry, "inputs.self");
    for (const [k, e] of set.entries) {
      if (k !== "submodules" && k !== "lfs")
        this.fail(
          `flake 'self' input attribute '${k}' is not supported`,
          e.nameSpan,
          "only submodules and lfs can be set on self"
        );
      this.bool(e, `inputs.self.${k}`);
    }
  }
  leaf(e, what) {
    if (e.value.kind === "attrs") return { lit: { kind: "attrs", attrs: e.value }, span: e.value.span };
    const lit = literalOf(e.value.expr, true);
    if (!lit) this.computed(what, e.value.expr.span);
    return { lit, span: e.value.expr.span };
  }
  bool(e, what) {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== "bool")
      this.fail(
        `${what} must be true or false, not ${TYPE_NAMES[lit.kind]}`,
        span,
        "write true or false, without quotes"
      );
    return { value: lit.value, span };
  }
  string(e, what) {
    const { lit, span } = this.leaf(e, what);
    if (lit.kind !== "string")
      this.fail(`${what} must be a string, not ${TYPE_NAMES[lit.kind]}`, span, "write it in double quotes");
    return { value: lit.value, span };
  }
  input(entry, path) {
    const where = `inputs.${path.join(".inputs.")}`;
    if (entry.value.kind === "leaf") {
      const lit = literalOf(entry.value.expr, true);
      if (lit?.kind === "string" || lit?.kind === "path")
        this.fail(
          `input '${path.join("/")}' must be an attribute set, not ${TYPE_NAMES[lit.kind]}`,
          entry.value.expr.span,
          `write ${where}.url = ${this.text.slice(entry.value.expr.span.start.offset, entry.value.expr.span.end.offset)};`
        );
    }
    const set = this.inputSet(entry, `input '${path.join("/")}'`);
    let url;
    let flake;
    let follows;
    let nested = [];
    const other = [];
    let typeSpan;
    let urlEntry;
    for (const [k, e] of set.entries) {
      const what = `${where}.${k}`;
      if (k === "url") {
        urlEntry = e;
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "path")
          this.fail(
            `${what} must be a string or a path, not ${TYPE_NAMES[lit.kind]}`,
            span,
            'write a flake reference in double quotes, e.g. "github:owner/repo"'
          );
        url = { value: lit.value, span };
      } else if (k === "flake") flake = this.bool(e, what);
      else if (k === "follows") follows = this.string(e, what);
      else if (k === "inputs") nested = this.inputs(this.inputSet(e, what), path);
      else {
        const { lit, span } = this.leaf(e, what);
        if (lit.kind !== "string" && lit.kind !== "bool" && lit.kind !== "int")
          this.fail(
            `flake input attribute '${k}' is ${TYPE_NAMES[lit.kind]} while a string, Boolean, or integer is expected`,
            span,
            "write a string, true or false, or a whole number"
          );
        if (k === "type") typeSpan = e.bindings[0];
        other.push([k, e, lit.kind === "int" ? Number(lit.value) : lit.value]);
      }
    }
    let attrs;
    if (typeSpan) {
      const value = {};
      if (url) value["url"] = url.value;
      for (const [k, , v] of other) value[k] = v;
      if (typeof value["type"] !== "string")
        this.fail(`${where}.type must be a string`, typeSpan, 'e.g. type = "github";');
      this.fetcherAttributes(value["type"], [...urlEntry ? [["url", urlEntry]] : [], ...other]);
      attrs = { value, span: typeSpan };
      url = void 0;
    } else if (other.length > 0) {
      const [k, e] = other.reduce((a, b) => Buffer.compare(Buffer.from(b[0]), Buffer.from(a[0])) < 0 ? b : a);
      const near = new Suggester(URL_INPUT_ATTRIBUTES).suggest(k);
      const hint = `an input takes url, flake, follows and inputs, or a reference written as attributes with a 'type'`;
      throw new UnknownAttributeError(
        `unexpected flake input attribute '${k}'`,
        this.file,
        { line: e.nameSpan.start.line, column: e.nameSpan.start.column },
        near ? `did you mean '${near}'? ${hint}` : hint,
        k,
        near
      );
    }
    return {
      name: path[path.length - 1],
      path,
      ...url ? { url } : {},
      ...attrs ? { attrs } : {},
      ...flake ? { flake } : {},
      ...follows ? { follows } : {},
      inputs: nested,
      span: entry.bindings[0],
      bindings: [...entry.bindings].sort((a, b) => a.start.offset - b.start.offset),
      style: entry.dotted ? "dotted" : "block"
    };
  }
  /** The top-level attributes as written and what `outputs` is, read without evaluating anything. */
  shape(top) {
    const attributes = [...top.entries].map(([value, e2]) => ({ value, span: e2.nameSpan }));
    const e = top.entries.get("outputs");
    if (!e) return { span: top.span, attributes };
    const type = e.value.kind === "attrs" ? "a set" : typeOfValue(e.value.expr);
    return { span: top.span, attributes, outputs: { span: e.nameSpan, ...type ? { type } : {} } };
  }
  /**
   * A reference written as attributes passes only the attributes its fetcher takes (for the types Nix knows; the
   * union over Nix versions, src/flake/flakeref.ts): Nix refuses anything else with "unsupported input attribute",
   * naming the first in its order of names.
   */
  fetcherAttributes(type, given) {
    const allowed = INPUT_ATTRIBUTES.get(type);
    if (!allowed) return;
    let first;
    for (const g of given) {
      if (g[0] === "type" || g[0] === "dir" || allowed.has(g[0])) continue;
      if (!first || Buffer.compare(Buffer.from(g[0]), Buffer.from(first[0])) < 0) first = g;
    }
    if (!first) return;
    const [k, e] = first;
    const near = new Suggester([...allowed, "dir"]).suggest(k);
    const hint = `a '${type}' reference takes ${[...allowed, "dir"].join(", ")}`;
    throw new UnknownAttributeError(
      `unsupported input attribute '${k}'`,
      this.file,
      { line: e.nameSpan.start.line, column: e.nameSpan.start.column },
      near ? `did you mean '${near}'? ${hint}` : hint,
      k,
      near
    );
  }
  outputsFormals(top) {
    const e = top.entries.get("outputs");
    if (!e || e.value.kind !== "leaf") return [];
    const f = unparen(e.value.expr);
    if (f.kind !== "Lambda" || !f.formals) return [];
    return f.formals.entries.map((x) => ({ value: x.name.name, span: x.name.span }));
  }
};
function declaredInputs(expr, file, text) {
  const r = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get("inputs");
  const inputs = entry ? r.inputs(r.inputSet(entry, "inputs"), []) : [];
  return {
    file,
    text,
    inputs,
    outputsFormals: r.outputsFormals(top),
    shape: r.shape(top),
    ...entry ? { inputsSpan: entry.bindings[0] } : {},
    inputsStyle: entry ? entry.dotted ? "dotted" : "block" : "none"
  };
}
function readFlakeNix(text, file) {
  return declaredInputs(parse(text, { file }), file, text);
}
function jsonString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (c < 32) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
function jsonOf(lit, r, where) {
  switch (lit.kind) {
    case "string":
    case "path":
      return jsonString(lit.value);
    case "bool":
      return String(lit.value);
    case "int":
      return lit.value.toString();
    case "float":
      return String(lit.value);
    case "null":
      return "null";
    case "list":
      return `[${lit.items.map((i) => jsonOf(i, r, where)).join(",")}]`;
    case "attrs":
      return jsonOfAttrs(lit.attrs, r, where);
  }
}
function jsonOfAttrs(a, r, where) {
  if (a.dynamic) r.computedName(a.dynamic);
  const keys = [...a.entries.keys()].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const items = keys.map((k) => {
    const e = a.entries.get(k);
    let v;
    if (e.value.kind === "attrs") v = jsonOfAttrs(e.value, r, `${where}.${k}`);
    else {
      const lit = literalOf(e.value.expr, false);
      if (!lit) r.computed(`${where}.${k}`, e.value.expr.span);
      v = jsonOf(lit, r, `${where}.${k}`);
    }
    return `${jsonString(k)}:${v}`;
  });
  return `{${items.join(",")}}`;
}
function inputsValue(expr, file, text) {
  const r = new Reader(file, text);
  const top = r.topLevel(expr);
  const entry = top.entries.get("inputs");
  if (!entry) return "{}";
  if (entry.value.kind === "leaf") {
    const lit = literalOf(entry.value.expr, false);
    if (!lit) r.computed("inputs", entry.value.expr.span);
    return jsonOf(lit, r, "inputs");
  }
  return jsonOfAttrs(entry.value, r, "inputs");
}

export {
  UnknownAttributeError,
  FLAKE_ATTRIBUTES,
  readFlakeNix,
  inputsValue
};
