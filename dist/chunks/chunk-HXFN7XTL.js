// src/lint/docs.ts
var PROJECT_URL = "https://github.com/flake-steward/flake-steward";
var RULES_DOC_URL = `${PROJECT_URL}/blob/main/docs/rules.md`;
function ruleAnchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}
function ruleHelpUri(id) {
  return `${RULES_DOC_URL}#${ruleAnchor(id)}`;
}

export {
  PROJECT_URL,
  ruleHelpUri
};
