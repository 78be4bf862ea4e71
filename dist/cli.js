#!/usr/bin/env node
import {
  VERSION
} from "./chunks/chunk-63CPMTXH.js";
import {
  EXIT
} from "./chunks/chunk-PRLAEPIX.js";
import {
  didYouMean
} from "./chunks/chunk-5Z4T2RLS.js";
import {
  UsageError,
  UserError,
  stringifyError
} from "./chunks/chunk-6FGB7YHV.js";
import {
  neutralise,
  neutraliseLines
} from "./chunks/chunk-6WGRO25Q.js";
import "./chunks/chunk-YLVDSGH3.js";

// src/cli/commands/index.ts
var COMMAND_TABLE = [
  {
    name: "lint",
    summary: "Check flake.nix and flake.lock: follows, duplicates, sync, hygiene, freshness (no Nix needed)",
    load: async () => (await import("./chunks/lint-HXJYB2ZA.js")).lintCommand
  },
  {
    name: "fix",
    summary: "Apply the fixes lint found to flake.nix (follows, overrides, branches, release tags), then nix flake lock",
    load: async () => (await import("./chunks/fix-QETLBRXC.js")).fixCommand
  },
  {
    name: "update",
    summary: "Update flake inputs, build every configuration before and after, and report the package changes",
    load: async () => (await import("./chunks/update-NHUEB2ZM.js")).updateCommand
  },
  {
    name: "plan",
    summary: "First stage of a matrix update: update the lock, find what changed, split it into shards, write the plan",
    load: async () => (await import("./chunks/plan-NWXREFRD.js")).planCommand
  },
  {
    name: "build",
    summary: "Second stage of a matrix update: build one shard of a plan before and after, write its build file",
    load: async () => (await import("./chunks/build-YRJW52VB.js")).buildCommand
  },
  {
    name: "report",
    summary: "Last stage of a matrix update: merge the plan and every build file into the report (and the pull request)",
    load: async () => (await import("./chunks/report-QWUQMOYG.js")).reportCommand
  },
  {
    name: "review",
    summary: "Review a lockfile change (anyone's pull request): changelog, builds of what changed, package diffs, new lint",
    load: async () => (await import("./chunks/review-DW5WZJZR.js")).reviewCommand
  },
  {
    name: "parse",
    summary: "Check that Nix files parse, as Nix would (syntax and parse-time checks)",
    load: async () => (await import("./chunks/parse-DUB2QVZR.js")).parseCommand
  },
  {
    name: "inputs",
    summary: "Show the inputs a flake.nix declares, read from its syntax as Nix reads them",
    load: async () => (await import("./chunks/inputs-VURQENWH.js")).inputsCommand
  },
  {
    name: "graph",
    summary: "Show every input path of flake.lock and the node it resolves to (follows resolved as Nix does)",
    load: async () => (await import("./chunks/graph-UME2LQRO.js")).graphCommand
  },
  {
    name: "diff-closures",
    summary: "Show what changed between two closures, as `nix store diff-closures` does (with --json)",
    load: async () => (await import("./chunks/diff-closures-6RDCY6UX.js")).diffClosuresCommand
  }
];

// src/cli/command-argv.ts
import { parseArgs } from "node:util";
var quoted = (s) => `'${neutralise(s, { max: 80 })}'`;
function parseCommandArgv(command, args) {
  const see = `see flake-steward ${command.name} --help`;
  const { tokens, positionals, values } = parseArgs({
    args: [...args],
    options: command.options,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  const known = Object.keys(command.options).map((n) => `--${n}`);
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = command.options[t.name];
    if (spec === void 0) {
      const written = t.rawName.startsWith("--") ? t.rawName : (args[t.index] ?? t.rawName).split("=")[0];
      const long = `--${written.replace(/^-+/, "")}`;
      const near = known.includes(long) ? long : didYouMean(long, known);
      throw new UsageError(`unknown option ${quoted(written)}`, near ? `did you mean '${near}'? ${see}` : see);
    }
    if (spec.type === "boolean" && t.value !== void 0) {
      throw new UsageError(`option '${t.rawName}' takes no value (got ${quoted(t.value)})`, see);
    }
    if (spec.type === "string") {
      if (t.value === void 0) throw new UsageError(`option '${t.rawName}' needs a value`, see);
      if (!t.inlineValue && t.value.startsWith("-") && t.value !== "-") {
        throw new UsageError(
          `option '${t.rawName}' needs a value, not the option ${quoted(t.value)}`,
          `write ${t.rawName}=${neutralise(t.value, { max: 80 })} if that is the value; ${see}`
        );
      }
    }
  }
  return { positionals, values };
}

// src/cli/main.ts
function topLevelHelp(commands = COMMAND_TABLE) {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `flake-steward ${VERSION}: keeps Nix flakes healthy

Usage: flake-steward <command> [dir] [options]

Commands:
${list}

Options:
  -h, --help     show help (also: flake-steward <command> --help)
  -V, --version  print the version

Exit codes: 0 ok, 1 findings or failure, 2 usage error, 130/143/129 interrupted (SIGINT/SIGTERM/SIGHUP: the files the
command changed are put back, Nix is stopped).
`;
}
function commandHelp(c) {
  return `Usage: ${c.usage}

${c.summary}

${c.help.trimEnd()}
`;
}
async function printCommandHelp(entry, io) {
  let command;
  try {
    command = await entry.load();
  } catch (e) {
    io.stderr(`flake-steward ${entry.name}: ${stringifyError(e)}
`);
    return EXIT.failure;
  }
  io.stdout(commandHelp(command));
  return EXIT.ok;
}
function guardedIO(io) {
  return {
    ...io,
    stdout: (text) => io.stdout(neutraliseLines(text, { max: Infinity, keepSgr: io.isTTY })),
    stderr: (text) => io.stderr(neutraliseLines(text))
  };
}
async function main(argv, raw, commands = COMMAND_TABLE) {
  const io = guardedIO(raw);
  const [first, ...rest] = argv;
  const entryOf = (name) => commands.find((c) => c.name === name);
  if (first === void 0 || first === "-h" || first === "--help" || first === "help") {
    const named = first === "help" ? entryOf(rest[0]) : void 0;
    if (named) return await printCommandHelp(named, io);
    io.stdout(topLevelHelp(commands));
    return first === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (first === "-V" || first === "--version") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const entry = entryOf(first);
  if (!entry) {
    const names = commands.map((c) => c.name);
    const near = didYouMean(first, names);
    const hint = near ? `did you mean '${near}'?` : `commands: ${names.join(", ")};`;
    io.stderr(
      `flake-steward: error: unknown command '${neutralise(first, { max: 80 })}' (${hint} see flake-steward --help)
`
    );
    return EXIT.usage;
  }
  if (rest.includes("-h") || rest.includes("--help")) return await printCommandHelp(entry, io);
  const { installInterruptHandler, interruption } = await import("./chunks/interrupt-W5RKEB7J.js");
  installInterruptHandler((line) => io.stderr(`flake-steward ${entry.name}: ${line}
`));
  try {
    const command = await entry.load();
    const parsed = parseCommandArgv(command, rest);
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (e) {
    const interrupted = interruption();
    if (interrupted) return await interrupted;
    if (e instanceof UsageError) {
      io.stderr(`flake-steward ${entry.name}: error: ${stringifyError(e)}
`);
      return EXIT.usage;
    }
    io.stderr(`flake-steward ${entry.name}: ${stringifyError(e)}
`);
    if (!(e instanceof UserError) && io.env["FLAKE_STEWARD_DEBUG"] && e instanceof Error && e.stack)
      io.stderr(`${e.stack}
`);
    return EXIT.failure;
  }
}

// src/cli/pipe-writer.ts
function pipeWriter(stream) {
  let closed = false;
  stream.on("error", (e) => {
    if (e.code === "EPIPE") {
      closed = true;
      return;
    }
    throw e;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

// src/cli/index.ts
var code = await main(process.argv.slice(2), {
  stdout: pipeWriter(process.stdout),
  stderr: pipeWriter(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"]
});
process.exitCode = code;
