import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Code may only import towards `shared`: renderer ↛ main/preload, preload ↛ main/renderer, shared ↛ anything. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the CSP forbids it.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the CSP forbids it.' },
      ],
    },
  },
  {
    // Playwright fixtures with no dependencies are declared with `{}` by design.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['**/main/**', '**/preload/**', 'electron', 'node:*', 'fs', 'path'], 'The renderer only talks to main through window.api.'),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(['**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'node:*', 'react', 'react-dom'], 'src/shared is plain TypeScript: no Electron, Node or DOM.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(['**/main/**', '**/renderer/**', 'node:*'], 'The preload only bridges the shared contract.'),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/**/*.test.ts'],
    rules: restrict(['**/renderer/**', '**/preload/**'], 'Main does not import renderer or preload code.'),
  },
);
