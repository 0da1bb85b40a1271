import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/components/Pagination';

describe('pageWindow', () => {
  it.each([
    { page: 1, total: 1, expected: [1] },
    { page: 1, total: 3, expected: [1, 2, 3] },
    { page: 1, total: 500, expected: [1, 2, 3, 500] },
    { page: 250, total: 500, expected: [1, 248, 249, 250, 251, 252, 500] },
    { page: 500, total: 500, expected: [1, 498, 499, 500] },
  ])('page $page of $total', ({ page, total, expected }) => {
    expect(pageWindow(page, total)).toEqual(expected);
  });
});
