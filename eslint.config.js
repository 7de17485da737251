import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Imports flow one way: data → domain → state → components (ARCHITECTURE.md).
 * Each layer may not import the layers after it; data/ may take types from domain/ only.
 */
const layerRule = (forbidden, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbidden.map((layer) => ({
          group: [`**/${layer}/**`, `../${layer}`, `./${layer}`],
          message: `Imports flow data → domain → state → components: this layer may not import ${layer}/.`,
        })),
        ...extra,
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results', 'src/data/*.json', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/domain/**'],
              allowTypeImports: true,
              message: 'data/ may import only types from domain/.',
            },
            { group: ['**/state/**', '**/components/**'], message: 'data/ is the first layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: layerRule(
      ['state', 'components'],
      [
        {
          group: ['react', 'react-dom', 'react-dom/*', 'zustand'],
          message: 'domain/ is pure: no React, no store.',
        },
      ],
    ),
  },
  {
    files: ['src/state/**'],
    rules: layerRule(
      ['components'],
      [{ group: ['react-dom', 'react-dom/*'], message: 'state/ does not touch the DOM renderer.' }],
    ),
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
