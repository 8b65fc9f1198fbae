import { describe, expect, it } from 'vitest';
import { partitionPoint } from './span.js';

describe('core: partitionPoint', () => {
  it('core: partitionPoint finds the first index where the predicate turns false', () => {
    const ends = [3, 5, 5, 9, 12];
    expect(partitionPoint(ends.length, (i) => ends[i]! <= 5)).toBe(3);
    expect(partitionPoint(ends.length, (i) => ends[i]! <= 0)).toBe(0);
    expect(partitionPoint(ends.length, (i) => ends[i]! <= 99)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
