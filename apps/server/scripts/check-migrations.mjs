// Fails when the Drizzle tables and the committed SQL migrations disagree: drizzle-kit generates
// into a scratch copy of the migrations folder, and any new migration there means drift.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'obieg-migrations-'));
try {
  cpSync(path.join(root, 'migrations'), scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/db/schema.ts',
      '--out',
      scratch,
      '--name',
      'drift',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const added = readdirSync(scratch).filter((f) => !before.has(f));
  if (added.length > 0) {
    console.error(
      `Tables and migrations disagree: drizzle-kit would generate ${added.join(', ')}.\nRun \`npm run db:generate\` and commit the reviewed SQL.`,
    );
    process.exit(1);
  }
  console.log('Tables and migrations agree.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
