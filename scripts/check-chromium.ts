import { DEFAULT_CHROMIUM, findChromium } from './chromium-path';

if (!findChromium()) {
  const asked = process.env.CHROMIUM_PATH;
  console.error(
    [
      '',
      `The end-to-end tests need Chromium, and ${asked ? `CHROMIUM_PATH (${asked})` : DEFAULT_CHROMIUM} is not an executable.`,
      "Install Debian's browser with:   sudo apt-get install chromium",
      'or point CHROMIUM_PATH at another Chromium binary.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
