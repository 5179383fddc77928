// Lint rules for the server, scripts and tests (npm run lint, part of npm test). Type-aware rules are
// left out: tsc --noEmit already type-checks, and they would double the time of npm test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tools/', 'console/', 'bench/results/', 'test-artifacts/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // House rule: no `any` without a comment saying why (an eslint-disable line with its reason).
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-console': ['error', { allow: ['error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tests read JSON answers of any shape: `any` there is the shape of an HTTP body, not a hole in a type.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-console': 'off' },
  },
  {
    // The command line and the start script talk to a person on the terminal.
    files: ['cli.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
