import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import { accentColors, brandColors } from './lib/brand';

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: brandColors,
        accent: accentColors,
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
