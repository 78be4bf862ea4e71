import {
  StoreGraph,
  closureOf
} from "./chunk-ZRNIQLM2.js";
import {
  runProcess
} from "./chunk-CARTIHEC.js";
import {
  NixError,
  UserError,
  stripAnsi,
  tail
} from "./chunk-6FGB7YHV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YLVDSGH3.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce2 = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte2 = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte2;
  }
});

// src/nix-cli/argv.ts
var EXPERIMENTAL_FEATURES = ["--extra-experimental-features", "nix-command flakes"];
function commonArgs(options) {
  return [
    ...EXPERIMENTAL_FEATURES,
    ...options.nixOptions,
    ...options.acceptFlakeConfig ? ["--accept-flake-config"] : []
  ];
}
function checkInputPath(input, features) {
  const parts = input.split("/");
  if (input === "" || input.startsWith("-") || parts.some((p) => p === "" || !/^[A-Za-z0-9_'.+-]+$/.test(p))) {
    throw new UserError(
      `invalid input name '${input}'`,
      void 0,
      void 0,
      "expected an input name such as nixpkgs, or an input path such as home-manager/nixpkgs"
    );
  }
  if (parts.length > 1 && !features.nestedInputUpdate) {
    throw new UserError(
      `this Nix cannot update the nested input '${input}'`,
      void 0,
      void 0,
      `list the top-level input '${parts[0]}' instead, or use a newer Nix`
    );
  }
}
function checkOperand(what, value) {
  if (value === "" || value.startsWith("-")) {
    throw new UserError(
      `invalid ${what} '${value}'`,
      void 0,
      void 0,
      `a ${what} cannot be empty or start with '-'`
    );
  }
}
function updateArgs(features, options, flakeDir, inputs) {
  checkOperand("flake directory", flakeDir);
  for (const i of inputs) checkInputPath(i, features);
  if (features.updateForm === "flake-update") {
    return ["flake", "update", ...commonArgs(options), ...inputs, "--flake", flakeDir];
  }
  if (inputs.length === 0) return ["flake", "update", ...commonArgs(options), flakeDir];
  return ["flake", "lock", ...commonArgs(options), flakeDir, ...inputs.flatMap((i) => ["--update-input", i])];
}
function lockArgs(options, flakeDir) {
  checkOperand("flake directory", flakeDir);
  return ["flake", "lock", ...commonArgs(options), flakeDir];
}
function evalArgs(options, flakeRef, attr, apply) {
  checkOperand("flake reference", flakeRef);
  return [
    "eval",
    ...commonArgs(options),
    "--json",
    attr === "" ? flakeRef : `${flakeRef}#${attr}`,
    ...apply !== void 0 ? ["--apply", apply] : []
  ];
}
function evalExprArgs(options, expr, apply) {
  return [
    "eval",
    ...commonArgs(options),
    "--impure",
    "--json",
    "--expr",
    expr,
    ...apply !== void 0 ? ["--apply", apply] : []
  ];
}
function currentSystemArgs(options) {
  return ["eval", ...commonArgs(options), "--impure", "--json", "--expr", "builtins.currentSystem"];
}
function buildArgs(features, options, drvPaths) {
  if (drvPaths.length === 0) throw new Error("buildArgs: no derivations");
  for (const d of drvPaths) {
    checkOperand("store derivation", d);
    if (!d.startsWith("/") || !d.endsWith(".drv")) throw new Error(`buildArgs: not a store derivation path: '${d}'`);
  }
  return [
    "build",
    ...commonArgs(options),
    "--keep-going",
    "--no-link",
    "--json",
    ...drvPaths.map((d) => features.drvOutputs === "drv^*" ? `${d}^*` : d)
  ];
}
function pathInfoArgs(features, options, paths, opts = {}) {
  if (paths.length === 0) throw new Error("pathInfoArgs: no paths");
  for (const p of paths) checkOperand("store path", p);
  return [
    "path-info",
    ...commonArgs(options),
    "--json",
    ...features.pathInfoJsonFormat !== void 0 ? ["--json-format", String(features.pathInfoJsonFormat)] : [],
    ...opts.recursive ? ["--recursive"] : [],
    ...opts.derivation ? ["--derivation"] : [],
    ...paths
  ];
}
function graphmlArgs(paths) {
  if (paths.length === 0) throw new Error("graphmlArgs: no paths");
  for (const p of paths) checkOperand("store path", p);
  return ["--query", "--graphml", ...paths];
}
function nixStoreProgram(nixBin = "nix") {
  const slash = nixBin.lastIndexOf("/");
  return slash < 0 ? "nix-store" : `${nixBin.slice(0, slash + 1)}nix-store`;
}
function logArgs(options, drv) {
  checkOperand("derivation", drv);
  return ["log", ...commonArgs(options), drv];
}
function flakeMetadataArgs(options, flakeRef) {
  checkOperand("flake reference", flakeRef);
  return ["flake", "metadata", ...commonArgs(options), "--json", flakeRef];
}

// src/nix-cli/parse-output.ts
var NixOutputError = class extends Error {
  constructor(command, message) {
    super(`unexpected output from \`${command}\`: ${message}`);
    this.command = command;
  }
  command;
  name = "NixOutputError";
};
function parseJson(command, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new NixOutputError(command, `not JSON (${e.message}): ${tail(text.slice(0, 400), 3)}`);
  }
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseEvalJson(text) {
  return parseJson("nix eval --json", text);
}
function parseBuildJson(text) {
  const cmd = "nix build --json";
  const v = parseJson(cmd, text);
  if (!Array.isArray(v)) throw new NixOutputError(cmd, "expected a JSON array");
  return v.map((item, i) => {
    if (!isObject(item) || typeof item["drvPath"] !== "string" || !isObject(item["outputs"])) {
      throw new NixOutputError(cmd, `[${i}]: expected { drvPath: string, outputs: object }`);
    }
    const outputs = {};
    for (const [name, p] of Object.entries(item["outputs"])) {
      if (typeof p !== "string" && p !== null) throw new NixOutputError(cmd, `[${i}].outputs.${name}: expected a path`);
      outputs[name] = p;
    }
    return { drvPath: item["drvPath"], outputs };
  });
}
function readInfo(cmd, where, v, toPath) {
  const narSize = v["narSize"];
  const refs = v["references"];
  if (typeof narSize !== "number" || !Number.isInteger(narSize) || narSize < 0) {
    throw new NixOutputError(cmd, `${where}.narSize: expected a non-negative integer`);
  }
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== "string")) {
    throw new NixOutputError(cmd, `${where}.references: expected an array of store paths`);
  }
  return { narSize, references: refs.map(toPath) };
}
var identity = (s) => s;
function parsePathInfoJson(text) {
  const cmd = "nix path-info --json";
  const v = parseJson(cmd, text);
  const infos = /* @__PURE__ */ new Map();
  const invalid = [];
  if (Array.isArray(v)) {
    v.forEach((item, i) => {
      if (!isObject(item) || typeof item["path"] !== "string") {
        throw new NixOutputError(cmd, `[${i}]: expected an object with a path`);
      }
      if (item["valid"] === false) invalid.push(item["path"]);
      else infos.set(item["path"], readInfo(cmd, `[${i}]`, item, identity));
    });
    return { infos, invalid };
  }
  if (!isObject(v)) throw new NixOutputError(cmd, "expected a JSON array or object");
  if (typeof v["version"] === "number" && isObject(v["info"])) {
    const storeDir = v["storeDir"];
    if (typeof storeDir !== "string" || !storeDir.startsWith("/")) {
      throw new NixOutputError(cmd, "storeDir: expected an absolute path");
    }
    const dir = storeDir.replace(/\/+$/, "");
    const full = (base) => base.startsWith("/") ? base : `${dir}/${base}`;
    for (const [base, item] of Object.entries(v["info"])) {
      if (item === null) invalid.push(full(base));
      else if (isObject(item)) infos.set(full(base), readInfo(cmd, `info["${base}"]`, item, full));
      else throw new NixOutputError(cmd, `info["${base}"]: expected an object or null`);
    }
    return { infos, invalid };
  }
  for (const [path, item] of Object.entries(v)) {
    if (!path.startsWith("/")) throw new NixOutputError(cmd, `key '${path}': expected a store path`);
    if (item === null) invalid.push(path);
    else if (isObject(item)) infos.set(path, readInfo(cmd, `["${path}"]`, item, identity));
    else throw new NixOutputError(cmd, `["${path}"]: expected an object or null`);
  }
  return { infos, invalid };
}
var NODE_OPEN = '<node id="';
var EDGE_OPEN = '<edge source="';
var TARGET = ' target="';
var NAR_SIZE = '<data key="narSize">';
function parseGraphML(text, storeDir) {
  const cmd = "nix-store --query --graphml";
  const graph = new StoreGraph(storeDir);
  const prefix = `${storeDir}/`;
  const id = (raw) => {
    if (raw === "") throw new NixOutputError(cmd, "a node or edge with an empty id");
    if (raw.charCodeAt(0) !== 47) return graph.node(raw);
    if (!raw.startsWith(prefix)) throw new NixOutputError(cmd, `'${raw}' is not in the store '${storeDir}'`);
    return graph.node(raw.slice(prefix.length));
  };
  let i = text.indexOf("<graph ");
  if (i < 0 || !text.includes("</graphml>")) throw new NixOutputError(cmd, "not a GraphML document");
  let node = text.indexOf(NODE_OPEN, i);
  let edge = text.indexOf(EDGE_OPEN, i);
  let current = -1;
  let currentId = "";
  while (node >= 0 || edge >= 0) {
    if (node >= 0 && (edge < 0 || node < edge)) {
      const idStart = node + NODE_OPEN.length;
      const idEnd = text.indexOf('"', idStart);
      const close = text.indexOf("</node>", idEnd);
      const at = text.indexOf(NAR_SIZE, idEnd);
      if (idEnd < 0 || close < 0 || at < 0 || at > close) {
        throw new NixOutputError(cmd, `a <node> without an id or a narSize near offset ${node}`);
      }
      let size = 0;
      let k = at + NAR_SIZE.length;
      const digits = k;
      for (let c = text.charCodeAt(k) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++k) - 48) size = size * 10 + c;
      if (k === digits || text.charCodeAt(k) !== 60 || !Number.isSafeInteger(size)) {
        throw new NixOutputError(cmd, `narSize of '${text.slice(idStart, idEnd)}': expected a byte count`);
      }
      currentId = text.slice(idStart, idEnd);
      current = id(currentId);
      graph.sizes[current] = size;
      i = close;
      node = text.indexOf(NODE_OPEN, i);
      if (edge >= 0 && edge < i) edge = text.indexOf(EDGE_OPEN, i);
    } else {
      const srcStart = edge + EDGE_OPEN.length;
      const srcEnd = text.indexOf('"', srcStart);
      const tStart = srcEnd + 1 + TARGET.length;
      const tEnd = text.indexOf('"', tStart);
      if (srcEnd < 0 || tEnd < 0 || !text.startsWith(TARGET, srcEnd + 1)) {
        throw new NixOutputError(cmd, `an <edge> without a source or target near offset ${edge}`);
      }
      const src = current >= 0 && srcEnd - srcStart === currentId.length && text.startsWith(currentId, srcStart) ? current : id(text.slice(srcStart, srcEnd));
      graph.refs[src].push(id(text.slice(tStart, tEnd)));
      i = tEnd;
      edge = text.indexOf(EDGE_OPEN, i);
      if (node >= 0 && node < i) node = text.indexOf(NODE_OPEN, i);
    }
  }
  return graph;
}
function parseFlakeMetadata(text) {
  const cmd = "nix flake metadata --json";
  const v = parseJson(cmd, text);
  if (!isObject(v)) throw new NixOutputError(cmd, "expected a JSON object");
  const str = (k) => {
    const x = v[k];
    if (x === void 0 || x === null) return void 0;
    if (typeof x !== "string") throw new NixOutputError(cmd, `${k}: expected a string`);
    return x;
  };
  const lm = v["lastModified"];
  if (lm !== void 0 && lm !== null && typeof lm !== "number") {
    throw new NixOutputError(cmd, "lastModified: expected a number");
  }
  let locked;
  if (isObject(v["locked"])) {
    locked = {};
    for (const [k, x] of Object.entries(v["locked"])) {
      if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") locked[k] = x;
    }
  }
  return {
    url: str("url"),
    resolvedUrl: str("resolvedUrl"),
    path: str("path"),
    description: str("description"),
    lastModified: typeof lm === "number" ? lm : void 0,
    revision: str("revision"),
    locked,
    locks: v["locks"] ?? void 0
  };
}
var DRV = String.raw`'(/[^'\s]+\.drv)'`;
var LEAF_PATTERNS = [
  // up to 2.2x: error: builder for '/nix/store/…drv' failed with exit code 1;
  new RegExp(String.raw`builder for ${DRV} failed`, "g"),
  // newer: error: Cannot build '/nix/store/…drv'.\n       Reason: builder failed …
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: builder failed`, "g"),
  new RegExp(String.raw`hash mismatch in fixed-output derivation ${DRV}`, "g")
];
var DEP_PATTERNS = [
  new RegExp(String.raw`dependencies of derivation ${DRV} failed to build`, "g"),
  new RegExp(String.raw`Cannot build ${DRV}\.?\s+Reason: \d+ dependenc`, "g")
];
function collect(text, patterns) {
  const out = /* @__PURE__ */ new Set();
  for (const re of patterns) for (const m of text.matchAll(re)) out.add(m[1]);
  return [...out];
}
function parseBuildFailures(stderr) {
  const text = stripAnsi(stderr);
  return { failed: collect(text, LEAF_PATTERNS), dependencyFailed: collect(text, DEP_PATTERNS) };
}

// src/nix-cli/nix-version.ts
var import_coerce = __toESM(require_coerce(), 1);
var import_gte = __toESM(require_gte(), 1);
var MIN_NIX = "2.4";
var LIX_BASE = "2.18.3";
var DETERMINATE_DEFAULT_BASE = "2.26.0";
var VERSION_RE = /\d+(?:\.\d+)*[0-9A-Za-z_.+-]*/;
var LINE_RE = /^nix \(([^)]*)\) (\S+)/;
function isPrerelease(v) {
  return /pre|dev|rc|alpha|beta/i.test(v);
}
function parseNixVersion(output) {
  const raw = output.trim().split("\n")[0]?.trim() ?? "";
  const m = LINE_RE.exec(raw);
  const plainVersion = m?.[2];
  if (!m || !plainVersion || !VERSION_RE.test(plainVersion)) {
    throw new UserError(
      `cannot read the Nix version from \`nix --version\`: '${raw}'`,
      void 0,
      void 0,
      "expected a line like `nix (Nix) 2.24.0`; is `nix` on PATH the Nix package manager?"
    );
  }
  const product = m[1];
  const lix = /^Lix\b/i.test(product);
  const det = /^Determinate Nix\b/i.test(product);
  if (lix) {
    return { flavour: "lix", version: plainVersion, nixBase: LIX_BASE, prerelease: isPrerelease(plainVersion), raw };
  }
  if (det) {
    const own = /Determinate Nix\s+(\S+)/i.exec(product)?.[1];
    return {
      flavour: "determinate",
      version: own ?? plainVersion,
      nixBase: own ? plainVersion : DETERMINATE_DEFAULT_BASE,
      prerelease: isPrerelease(plainVersion) || own !== void 0 && isPrerelease(own),
      raw
    };
  }
  return { flavour: "nix", version: plainVersion, nixBase: plainVersion, prerelease: isPrerelease(plainVersion), raw };
}
function semverOf(v) {
  const release = (0, import_coerce.default)(v, { loose: true });
  if (!release) return void 0;
  return isPrerelease(v) ? `${release.version}-pre` : release.version;
}
function atLeast(v, min) {
  const a = semverOf(v);
  const b = semverOf(min);
  return a !== void 0 && b !== void 0 && (0, import_gte.default)(a, b);
}
function nixFeatures(v) {
  const base = v.nixBase;
  if (!atLeast(base, MIN_NIX)) {
    throw new UserError(
      `Nix ${v.version} is too old: flake-steward needs Nix ${MIN_NIX} or newer (flakes)`,
      void 0,
      void 0,
      "install a current Nix, e.g. with DeterminateSystems/nix-installer-action or cachix/install-nix-action"
    );
  }
  const lix = v.flavour === "lix";
  const newUpdate = lix ? atLeast(v.version, "2.90") : atLeast(base, "2.19");
  let pathInfoShape = "array";
  let pathInfoJsonFormat;
  if (!lix && atLeast(base, "2.19")) pathInfoShape = "object";
  if (!lix && atLeast(base, "2.33")) {
    pathInfoShape = "wrapped";
    pathInfoJsonFormat = atLeast(base, "2.35") ? 3 : 2;
  }
  return {
    updateForm: newUpdate ? "flake-update" : "lock-update-input",
    nestedInputUpdate: true,
    printOutPaths: atLeast(base, "2.9"),
    pathInfoShape,
    pathInfoJsonFormat,
    pathInfoNulls: !lix && atLeast(base, "2.23"),
    diffClosuresSize: !lix && atLeast(base, "2.33") ? "dynamic" : "kib",
    drvOutputs: atLeast(base, "2.13") ? "drv^*" : "drv"
  };
}

// src/nix-cli/nix.ts
function nixConfigWithToken(existing, token, host = "github.com") {
  if (!/^[A-Za-z0-9.-]+(?::\d+)?$/.test(host)) throw new Error(`nixConfigWithToken: not a host name: '${host}'`);
  const line = `access-tokens = ${host}=${token}`;
  return existing && existing.trim() !== "" ? `${existing.replace(/\n+$/, "")}
${line}` : line;
}
async function detectNix(params) {
  const run = params.runner ?? runProcess;
  const r = await run(params.nixBin ?? "nix", ["--version"], { env: params.env, errorClass: NixError });
  const version = parseNixVersion(r.stdout);
  return { version, features: nixFeatures(version) };
}
async function closureGraph(params, paths) {
  const run = params.runner ?? runProcess;
  const { options } = params;
  const r = await run(nixStoreProgram(options.nixBin), graphmlArgs(paths), {
    env: options.env,
    errorClass: NixError,
    timeoutMs: options.timeoutMs
  });
  return readGraphML(r, paths);
}
function readGraphML(r, paths) {
  const storeDir = paths[0].slice(0, paths[0].lastIndexOf("/"));
  let graph;
  try {
    graph = parseGraphML(r.stdout, storeDir);
  } catch (e) {
    throw new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
  }
  const missing = paths.filter((p) => {
    const i = graph.find(p);
    return i === void 0 || graph.sizes[i] < 0;
  });
  if (missing.length > 0) throw new NixError(r.argv, r.code, r.stderr, `no node for ${missing.join(", ")}`);
  return graph;
}
function createNix(params) {
  const run = params.runner ?? runProcess;
  const { features, options, logger, token } = params;
  const bin = options.nixBin ?? "nix";
  const secrets = token ? [token] : [];
  if (token) logger.setSecret(token);
  const baseEnv = options.env ?? process.env;
  const env = { ...baseEnv };
  if (token) env["NIX_CONFIG"] = nixConfigWithToken(baseEnv["NIX_CONFIG"], token, params.tokenHost);
  const exec = async (args, check = true, cwd) => {
    logger.debug(`$ ${bin} ${args.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`).join(" ")}`);
    return run(bin, args, { env, secrets, check, cwd, errorClass: NixError, timeoutMs: options.timeoutMs });
  };
  const outputError = (r, e) => new NixError(r.argv, r.code, r.stderr, e instanceof NixOutputError ? e.message : String(e));
  let versionPromise;
  const pathInfoClosure = async (paths, opts = {}) => {
    const r = await exec(pathInfoArgs(features, options, paths, { recursive: true, derivation: opts.derivation }));
    let parsed;
    try {
      parsed = parsePathInfoJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    if (parsed.invalid.length > 0) {
      throw new NixError(r.argv, r.code, r.stderr, `not valid in the Nix store: ${parsed.invalid.join(", ")}`);
    }
    return parsed.infos;
  };
  const builtOutputs = (r, drvs) => {
    let built;
    try {
      built = parseBuildJson(r.stdout);
    } catch (e) {
      throw outputError(r, e);
    }
    const byDrv = new Map(built.map((b) => [b.drvPath, b]));
    const results = /* @__PURE__ */ new Map();
    for (const drvPath of drvs) {
      const b = byDrv.get(drvPath);
      if (!b) throw new NixError(r.argv, r.code, r.stderr, `no result for '${drvPath}'`);
      const outputs = {};
      for (const [name, p] of Object.entries(b.outputs)) {
        if (p === null) throw new NixError(r.argv, r.code, r.stderr, `no path for output '${name}' of '${drvPath}'`);
        outputs[name] = p;
      }
      results.set(drvPath, { drvPath, ok: true, outputs });
    }
    return results;
  };
  const build = async (drvPaths) => {
    const drvs = [...new Set(drvPaths)];
    if (drvs.length === 0) return /* @__PURE__ */ new Map();
    const r = await exec(buildArgs(features, options, drvs), false);
    if (r.code === 0) return builtOutputs(r, drvs);
    const failures = parseBuildFailures(r.stderr);
    const failing = /* @__PURE__ */ new Set([...failures.failed, ...failures.dependencyFailed]);
    const leaves = new Set(failures.failed);
    const message = tail(stripAnsi(r.stderr), 20);
    const failed = (drvPath, failedDrvs, msg) => ({
      drvPath,
      ok: false,
      failedDrvs,
      message: msg
    });
    if (failing.size === 0) {
      return new Map(drvs.map((d) => [d, failed(d, [], message)]));
    }
    const graph = await pathInfoClosure(drvs, { derivation: true });
    const results = /* @__PURE__ */ new Map();
    const built = [];
    for (const d of drvs) {
      const inGraph = [...closureOf([d], graph).keys()].filter((x) => failing.has(x));
      if (inGraph.length === 0) {
        built.push(d);
        continue;
      }
      const failedDrvs = inGraph.filter((x) => leaves.has(x)).sort();
      results.set(d, failed(d, failedDrvs, failedDrvs.length > 0 ? failureMessage(r.stderr, failedDrvs) : message));
    }
    if (built.length > 0) {
      const again = await exec(buildArgs(features, options, built), false);
      if (again.code === 0) for (const [d, res] of builtOutputs(again, built)) results.set(d, res);
      else for (const d of built) results.set(d, failed(d, [], tail(stripAnsi(again.stderr), 20)));
    }
    return new Map(drvs.map((d) => [d, results.get(d)]));
  };
  return {
    features,
    version() {
      versionPromise ??= exec(["--version"]).then((r) => parseNixVersion(r.stdout));
      return versionPromise;
    },
    async updateLock(flakeDir, inputs) {
      await exec(updateArgs(features, options, flakeDir, inputs));
    },
    async lock(flakeDir) {
      await exec(lockArgs(options, flakeDir));
    },
    async evalJson(flakeRef, attr, apply) {
      const r = await exec(evalArgs(options, flakeRef, attr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    async evalExprJson(expr, apply) {
      const r = await exec(evalExprArgs(options, expr, apply));
      try {
        return parseEvalJson(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    },
    build,
    async log(drv) {
      const r = await exec(logArgs(options, drv), false);
      return r.code === 0 ? r.stdout : "";
    },
    pathInfoClosure,
    async closureGraph(paths) {
      const program = nixStoreProgram(options.nixBin);
      const args = graphmlArgs(paths);
      logger.debug(`$ ${program} ${args.join(" ")}`);
      const r = await run(program, args, { env, secrets, errorClass: NixError, timeoutMs: options.timeoutMs });
      return readGraphML(r, paths);
    },
    async currentSystem() {
      const r = await exec(currentSystemArgs(options));
      const v = (() => {
        try {
          return parseEvalJson(r.stdout);
        } catch (e) {
          throw outputError(r, e);
        }
      })();
      if (typeof v !== "string" || v === "") throw outputError(r, "expected a system name such as x86_64-linux");
      return v;
    },
    async flakeMetadata(flakeRef) {
      const r = await exec(flakeMetadataArgs(options, flakeRef));
      try {
        return parseFlakeMetadata(r.stdout);
      } catch (e) {
        throw outputError(r, e);
      }
    }
  };
}
function failureMessage(stderr, drvs) {
  const lines = stripAnsi(stderr).split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith("error:") || !drvs.some((d) => line.includes(d))) continue;
    const block = [line];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]) && !lines[i + 1].startsWith("error:")) {
      block.push(lines[++i]);
    }
    const text = block.join("\n");
    if (!out.includes(text)) out.push(text);
  }
  return out.length > 0 ? tail(out.join("\n"), 40) : tail(stripAnsi(stderr), 20);
}

export {
  nixConfigWithToken,
  detectNix,
  closureGraph,
  createNix
};
