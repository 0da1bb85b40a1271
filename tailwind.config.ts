import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import { accentColors, brandColors } from './lib/brand';

export default {
  // lib/breaking.ts writes the breaking-news banner's markup, added to pages as they are sent.
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './lib/breaking.ts'],
  theme: {
    extend: {
      colors: {
        brand: brandColors,
        accent: accentColors,
        // Colours that change with the reader's colour scheme (app/globals.css): what a page is
        // made of, named for their use, so components carry no dark-mode classes of their own.
        page: 'var(--color-page)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        'ink-soft': 'var(--color-ink-soft)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        field: 'var(--color-field)',
        link: 'var(--color-link)',
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          'sans-serif',
        ],
        serif: ['Georgia', 'Cambria', '"Times New Roman"', 'Times', 'serif'],
      },
      maxWidth: { page: '72rem' },
    },
  },
  plugins: [typography],
} satisfies Config;
