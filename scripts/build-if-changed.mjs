// Builds what changed since the last build (contracts, server, web app), comparing a hash of the
// sources with a stamp in each dist folder. Uses only Node built-ins (runs right after npm install).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function hashTree(paths) {
  const hash = createHash('sha256');
  const visit = (target) => {
    if (!existsSync(target)) return;
    const stat = statSync(target);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(target).sort())
        if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(target, entry));
    } else {
      hash.update(path.relative(root, target)).update(readFileSync(target));
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return hash.digest('hex');
}

function buildIfChanged({ name, sources, output, stamp, workspaces }) {
  const digest = hashTree(sources);
  const stampFile = path.join(root, stamp);
  if (
    existsSync(path.join(root, output)) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === digest
  )
    return;
  process.stdout.write(`Building ${name}…\n`);
  for (const workspace of workspaces) {
    const result = spawnSync(npm, ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, digest);
}

export function buildAll() {
  const contracts = ['packages/contracts/src', 'packages/contracts/package.json', 'tsconfig.base.json'];
  buildIfChanged({
    name: 'the server',
    sources: [...contracts, 'apps/server/src', 'apps/server/tsconfig.json', 'apps/server/package.json'],
    output: 'apps/server/dist/main.js',
    stamp: 'apps/server/dist/.source-hash',
    workspaces: ['@obieg/contracts', '@obieg/server'],
  });
  buildIfChanged({
    name: 'the web app',
    sources: [
      ...contracts,
      'apps/web/src',
      'apps/web/index.html',
      'apps/web/public',
      'apps/web/vite.config.ts',
      'apps/web/package.json',
    ],
    output: 'apps/web/dist/index.html',
    stamp: 'apps/web/dist/.source-hash',
    workspaces: ['@obieg/web'],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildAll();
