import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    '.next-sites/**',
    '.contentlayer/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  // Which way imports go (README, "Layout"). The server's edge (lib/server/) is used by
  // scripts/start.ts and instrumentation.ts alone; lib/http/ holds small helpers that know no
  // content; pictures are made and served without asking for stories (types aside).
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['contentlayer/generated', '**/.contentlayer/**'], message: 'Ask lib/content instead.' },
            {
              group: ['@/lib/server/*', '**/lib/server/*'],
              message: 'lib/server is the server edge: scripts/start.ts only.',
            },
          ],
        },
      ],
    },
  },
  // Code that runs in the browser (the error boundary's face, the site's one script) takes nothing
  // from lib/: a client bundle must never carry the server's code or settings.
  {
    files: ['**/*.client.tsx', 'client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/*', '**/lib/*', 'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto'],
              message: 'Browser code takes nothing from lib/ or Node: pass what it needs as props.',
            },
            { group: ['contentlayer/generated', '**/.contentlayer/**'], message: 'Ask lib/content instead.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Next's own server modules are not ours.
              group: ['**/server/*', '@/lib/server/*', '!next/dist/**'],
              message: 'lib/server is the server edge: scripts/start.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/http/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/content/*',
                '**/media/*',
                '**/seo/*',
                '**/search/*',
                '**/popularity/*',
                '**/server/*',
              ],
              message: 'lib/http holds helpers that know no content: put this in lib/server.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/media/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content/*', '**/server/*'],
              message: 'Pictures are made and served without asking for stories: lib/content uses lib/media.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
]);
