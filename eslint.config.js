// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is pure: no I/O, no clock, no environment.
      // At any depth: `../../services/errors` from domain/budget is as outside as `../services/errors`.
      // (depcruise checks the same with resolved paths; this gives the message in the editor.)
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(services|adapters|tab|cli|demo|devtools|appPackage|i18n)(/|$)',
              message: 'The domain imports nothing of ours outside src/domain.',
            },
            {
              regex: '^(\\.\\./)+(composition|main|config|startup)$',
              message: 'The domain imports nothing of ours outside src/domain.',
            },
            {
              regex: '^(node:|fs$|path$|http$|https$|child_process$|express$)',
              message: 'The domain does no I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain takes dates as arguments.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The domain takes dates as arguments.',
        },
      ],
    },
  },
  {
    // Tests read JSON answers of the API, whose shape the assertions themselves check.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
