// Integration and end-to-end tests use real Nix and git. Without them they fail here, once, saying how to install
// them; they never skip silently.
const { execFileSync } = require('node:child_process');

module.exports = async function requireNix() {
  const missing = [];
  for (const [cmd, args] of [
    ['nix', ['--version']],
    ['git', ['--version']],
  ]) {
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
    } catch {
      missing.push(cmd);
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `These tests need ${missing.join(' and ')} on PATH. Install them with \`sudo ./scripts/install-nix.sh\` ` +
        '(Debian/Ubuntu: installs nix-bin and git and configures Nix for offline use), or run only the unit tests ' +
        'with `npm run test:unit`.',
    );
  }
};
