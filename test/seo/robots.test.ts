import { afterEach, describe, expect, it } from 'vitest';
import { robotsMetadata } from '@/lib/seo/metadata';

const original = process.env.SITE_ENV;
afterEach(() => {
  process.env.SITE_ENV = original;
});

describe('robotsMetadata', () => {
  it.each([
    [undefined, false],
    ['staging', false],
    ['production', true],
  ])('SITE_ENV=%s → index %s, always large image previews', (env, indexable) => {
    if (env === undefined) delete process.env.SITE_ENV;
    else process.env.SITE_ENV = env;
    expect(robotsMetadata()).toEqual({ index: indexable, follow: indexable, 'max-image-preview': 'large' });
  });
});
