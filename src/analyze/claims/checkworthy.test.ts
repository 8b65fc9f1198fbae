import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_THRESHOLD, scoreCheckWorthiness } from './checkworthy.js';

describe('scoreCheckWorthiness', () => {
  it('checkworthy: a sentence with a figure and named actors scores above the threshold', () => {
    const { score, reasons } = scoreCheckWorthiness(
      'Unemployment in Spain fell to 11.2 percent in 2024, the lowest since 2008.',
    );
    expect(score).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(reasons.length).toBeGreaterThan(0);
  });

  it('checkworthy: opinions and questions score below the threshold', () => {
    expect(scoreCheckWorthiness('I think that is a wonderful idea.').score).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(scoreCheckWorthiness('What are you going to do about it?').score).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });

  it('checkworthy: the score is deterministic and in [0, 1]', () => {
    const s = 'The committee voted 12 to 3 to approve the budget.';
    const a = scoreCheckWorthiness(s);
    expect(scoreCheckWorthiness(s)).toEqual(a);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(1);
  });

  it('checkworthy: reasons name the features that moved the score', () => {
    const { reasons } = scoreCheckWorthiness('I feel we must do better.');
    expect(reasons.some((r) => r.startsWith('−'))).toBe(true);
  });

  it('checkworthy: empty and huge inputs do not throw', () => {
    expect(scoreCheckWorthiness('').score).toBeGreaterThanOrEqual(0);
    expect(scoreCheckWorthiness('word '.repeat(100_000)).score).toBeLessThanOrEqual(1);
  });
});
