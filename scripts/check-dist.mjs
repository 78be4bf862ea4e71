// Fails when dist/ differs from a fresh build of src/ (GitHub runs dist/index.js; nobody runs npm there).
// Usage: node scripts/check-dist.mjs [ROOT]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const fresh = mkdtempSync(path.join(tmpdir(), 'flake-steward-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), fresh], { cwd: root, stdio: 'inherit' });
  const dist = path.join(root, 'dist');
  const names = new Set([...readdirSync(fresh), ...(existsSync(dist) ? readdirSync(dist) : [])]);
  const differ = [];
  for (const name of [...names].sort()) {
    const a = path.join(dist, name);
    const b = path.join(fresh, name);
    if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) differ.push(`dist/${name}`);
  }
  if (differ.length > 0) {
    console.error(`check-dist: ${differ.join(', ')} differ from a fresh build of src/. Run \`npm run bundle\` and commit dist/.`);
    process.exit(1);
  }
  console.log('check-dist: dist/ matches a fresh build of src/');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
