// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/** Import rules that keep the layers of DESIGN.md §4: arrows point down only. */
const layer = (files, forbidden, message, extra = []) => ({
  files,
  ignores: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...forbidden.map((group) => ({ group: [group], message })), ...extra] },
    ],
  },
});

/** Repositories of registers that run on the register kit: only the kit writes their rows. */
const REGISTER_REPOSITORIES = ['ai-system', 'obligation', 'context', 'objective', 'document'];
const registerWrites = [
  {
    group: REGISTER_REPOSITORIES.map((name) => `**/storage/${name}.repository.js`),
    importNamePattern: '^(insert|update|delete|save|remove)',
    message:
      'Register rows are created, changed and removed through the register kit (services/registers/).',
  },
];
const SERVICE_LAYER = ['**/http/*', '**/cli/*', '**/web/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'src/web/api/schema.d.ts', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Fastify plugins and handlers are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringContaining) are typed any by design.
    files: ['test/**', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Migrations are frozen in time: typed Kysely<any>, never importing the app's schema.
    files: ['src/storage/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['src/domain/**'],
    [
      '../storage/*',
      '../../storage/*',
      '../services/*',
      '../../services/*',
      '../http/*',
      '../../http/*',
      '../cli/*',
      '../../cli/*',
      'node:*',
      'fastify*',
      'kysely',
      'pg',
      'better-sqlite3',
    ],
    'domain/ is pure: it imports nothing of ours outside domain/, no node:* and no framework.',
  ),
  layer(
    ['src/storage/**'],
    ['**/services/*', '**/http/*', '**/cli/*', '**/web/*'],
    'storage/ may import domain/ only.',
  ),
  layer(
    ['src/services/**'],
    SERVICE_LAYER,
    'services/ may import storage/ and domain/ only.',
    registerWrites,
  ),
  layer(
    ['src/services/registers/**'],
    SERVICE_LAYER,
    'services/ may import storage/ and domain/ only.',
  ),
  layer(['src/http/**', 'src/cli/**'], ['**/web/*'], 'http/ and cli/ never import web/.'),
  layer(
    ['src/web/**/*.{ts,tsx}'],
    ['**/domain/*', '**/storage/*', '**/services/*', '**/http/*', '**/cli/*', 'node:*'],
    'web/ talks to the API only.',
  ),
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass a clock into the domain.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass a clock into the domain.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass an id generator or random source into the domain.',
        },
      ],
    },
  },
  prettier,
);
