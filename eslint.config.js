import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noDefaultExport = {
  selector: 'ExportDefaultDeclaration',
  message: 'Use named exports (STYLE.md §3).',
};

// Module boundaries (STYLE.md §2): another module is reached only through its use cases, types,
// errors and constants. Repositories may join other modules' tables (read-only joins; ADR 0003).
const crossModule = {
  group: ['../*/*.repository.js', '../*/*.models.js', '../*/*.routes.js', '../*/*.table.js'],
  message: "Import only another module's *.usecases, *.types, *.errors or *.constants (STYLE.md §2).",
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'apps/server/migrations/**',
      'apps/web/e2e/artifacts/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './apps/server/tsconfig.check.json',
          './packages/contracts/tsconfig.check.json',
          './apps/web/tsconfig.json',
          './apps/web/e2e/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-syntax': ['error', noDefaultExport],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-console': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['apps/server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-utils.ts', '**/*.table.ts', '**/*.repository.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule] }] },
  },
  {
    files: ['apps/server/src/modules/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ ...crossModule, group: crossModule.group.filter((g) => !g.endsWith('table.js')) }] },
      ],
    },
  },
  {
    files: ['apps/server/src/**/*.routes.ts', 'apps/server/src/app/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-utils.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository.js', '**/*.table.js'],
              message: 'Routes call use cases, never repositories (STYLE.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/vitest.config.ts',
      '**/vitest.*.config.ts',
      '**/vite.config.ts',
      '**/drizzle.config.ts',
      'eslint.config.js',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**/*.ts', 'apps/server/bench/**/*.ts'],
    rules: {
      'no-console': 'off',
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
