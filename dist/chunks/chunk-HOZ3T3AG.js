import {
  UsageError
} from "./chunk-6FGB7YHV.js";

// src/core/branch-name.ts
function invalidBranchName(name) {
  if (name === "") return "it is empty";
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) return "it contains a space or one of ~ ^ : ? * [ \\";
  if (name.includes("..") || name.includes("@{") || name.includes("//")) return "it contains .., @{ or //";
  if (name === "@") return "it is @";
  if (name.startsWith("-") || name.startsWith("/") || name.endsWith("/") || name.endsWith(".")) {
    return "it starts with - or /, or ends with / or .";
  }
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) {
    return "a part starts with . or ends with .lock";
  }
  return void 0;
}
function assertValidBranchName(name, setting = "input 'branch'") {
  const why = invalidBranchName(name);
  if (why)
    throw new UsageError(
      `invalid branch name '${name}' for ${setting}: ${why}`,
      "use a name such as flake-steward/update"
    );
}

export {
  assertValidBranchName
};
