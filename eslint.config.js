import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'dist-firefox/', 'artifacts/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // src/core runs unchanged in a content script, a service worker and Node: no DOM, no browser.*, no node:*.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'net', 'tls', 'dns', 'crypto', 'child_process', 'buffer', 'stream', 'util'], message: 'src/core is pure: no Node modules.' },
          { group: ['webextension-polyfill', '**/extension/**', '**/probe/**', '**/server/**', '**/cli/**', 'preact', 'preact/*'], message: 'src/core is pure: no browser or surface code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'process', 'Buffer', 'navigator', 'localStorage', 'require', '__dirname'],
    },
  },
  {
    // The content script renders what the service worker explains: the knowledge base, the provider
    // tables and the engine stay out of its bundle (types only). content-imports.test.ts checks the graph.
    files: ['src/extension/content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/core/knowledge/*', '**/core/providers/*', '**/core/parse/*', '**/core/classify/*', '**/core/formats/*', '**/core/text/*', '**/core/analyze', '**/core/analyze.ts', '**/core/index', '**/core/index.ts'],
          allowTypeImports: true,
          message: 'The content script asks the service worker (bg:annotate): import only types from the engine and the knowledge base.',
        }],
      }],
    },
  },
  {
    // The Node side (and the types it shares with the extension) never reaches into the extension.
    files: ['src/{cli,helper,node,probe,server,shared}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/extension/**', 'webextension-polyfill', 'preact', 'preact/*'], message: 'Node code and src/shared do not import from src/extension: move shared types to src/shared.' }],
      }],
    },
  },
);
