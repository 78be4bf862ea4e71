#!/usr/bin/env node
import { createRequire as __fsCreateRequire } from 'node:module';
const require = __fsCreateRequire(import.meta.url);

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/engine/errors.ts
var UserError = class extends Error {
  constructor(message, file, position, hint) {
    super(message);
    this.file = file;
    this.position = position;
    this.hint = hint;
  }
  file;
  position;
  hint;
  name = "UserError";
  /** `FILE:LINE:COL: error: MESSAGE` (the parts that are known), then the hint. */
  format() {
    let where = "";
    if (this.file !== void 0) {
      where = this.file;
      if (this.position) where += `:${this.position.line}:${this.position.column}`;
      where += ": ";
    }
    const hint = this.hint ? ` (${this.hint})` : "";
    return `${where}error: ${this.message}${hint}`;
  }
};
var UsageError = class extends UserError {
  name = "UsageError";
  constructor(message, hint) {
    super(hint ? `${message} (${hint})` : message);
  }
  format() {
    return this.message;
  }
};
function stringifyError(e) {
  if (e instanceof UserError) return e.format();
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  try {
    return `unexpected error: ${JSON.stringify(e)}`;
  } catch {
    return `unexpected error: ${String(e)}`;
  }
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/cli/command.ts
var EXIT = { ok: 0, failure: 1, usage: 2 };

// src/cli/util.ts
import path from "node:path";
function dirArgument(command, positionals, io) {
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}'`, `usage: flake-steward ${command} [dir] [options]`);
  }
  return path.resolve(io.cwd, positionals[0] ?? ".");
}
function notAvailable(command) {
  throw new UsageError(`'${command}' is not available in this version yet`);
}

// src/cli/commands/diff-closures.ts
var diffClosuresCommand = {
  name: "diff-closures",
  summary: "(not available yet)",
  usage: "flake-steward diff-closures",
  help: "",
  options: {},
  run: async () => notAvailable("diff-closures")
};

// src/cli/commands/fix.ts
var fixCommand = {
  name: "fix",
  summary: "(not available yet)",
  usage: "flake-steward fix",
  help: "",
  options: {},
  run: async () => notAvailable("fix")
};

// src/cli/commands/graph.ts
var graphCommand = {
  name: "graph",
  summary: "(not available yet)",
  usage: "flake-steward graph",
  help: "",
  options: {},
  run: async () => notAvailable("graph")
};

// src/cli/commands/inputs.ts
var inputsCommand = {
  name: "inputs",
  summary: "(not available yet)",
  usage: "flake-steward inputs",
  help: "",
  options: {},
  run: async () => notAvailable("inputs")
};

// src/cli/commands/lint.ts
var lintCommand = {
  name: "lint",
  summary: "(not available yet)",
  usage: "flake-steward lint",
  help: "",
  options: {},
  run: async () => notAvailable("lint")
};

// src/cli/commands/parse.ts
var parseCommand = {
  name: "parse",
  summary: "(not available yet)",
  usage: "flake-steward parse",
  help: "",
  options: {},
  run: async () => notAvailable("parse")
};

// src/cli/commands/start.ts
var startCommand = {
  name: "start",
  summary: "Run the main job on a flake: lint, then the update report in dry-run",
  usage: "flake-steward start [dir]",
  help: "Runs `lint` on DIR (default: the current directory) and prints the result.",
  options: {},
  async run(positionals, _values, io) {
    const dir = dirArgument("start", positionals, io);
    io.stdout(`flake-steward: main job on ${dir}

== lint ==
`);
    return lintCommand.run([dir], {}, io);
  }
};

// src/cli/commands/update.ts
var updateCommand = {
  name: "update",
  summary: "(not available yet)",
  usage: "flake-steward update",
  help: "",
  options: {},
  run: async () => notAvailable("update")
};

// src/cli/commands/index.ts
var COMMAND_LIST = [
  startCommand,
  lintCommand,
  fixCommand,
  updateCommand,
  parseCommand,
  inputsCommand,
  graphCommand,
  diffClosuresCommand
];

// src/cli/main.ts
var COMMANDS = new Map(COMMAND_LIST.map((c) => [c.name, c]));
function topLevelHelp() {
  const width = Math.max(...COMMAND_LIST.map((c) => c.name.length));
  const list = COMMAND_LIST.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `flake-steward ${VERSION}: keeps Nix flakes healthy

Usage: flake-steward <command> [dir] [options]

Commands:
${list}

Options:
  -h, --help     show help (also: flake-steward <command> --help)
  -V, --version  print the version

Exit codes: 0 ok, 1 findings or failure, 2 usage error.
`;
}
function commandHelp(c) {
  return `Usage: ${c.usage}

${c.summary}

${c.help.trimEnd()}
`;
}
async function main(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const named = first === "help" && rest[0] ? COMMANDS.get(rest[0]) : void 0;
    io.stdout(named ? commandHelp(named) : topLevelHelp());
    return first === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (first === "-V" || first === "--version") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(first);
  if (!command) {
    io.stderr(
      `flake-steward: error: unknown command '${first}' (expected one of: ${[...COMMANDS.keys()].join(", ")}; see flake-steward --help)
`
    );
    return EXIT.usage;
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${e.message.replace(/\.$/, "")}`, `see flake-steward ${command.name} --help`);
    }
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flake-steward ${command.name}: error: ${stringifyError(e)}
`);
      return EXIT.usage;
    }
    io.stderr(`flake-steward ${command.name}: ${stringifyError(e)}
`);
    if (!(e instanceof UserError) && io.env["FLAKE_STEWARD_DEBUG"] && e instanceof Error && e.stack)
      io.stderr(`${e.stack}
`);
    return EXIT.failure;
  }
}

// src/cli/index.ts
var code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"]
});
process.exitCode = code;
