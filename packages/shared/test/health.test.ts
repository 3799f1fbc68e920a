import { describe, expect, it } from 'vitest';
import { actionItemHealth } from '../src';

const item = { status: 'in_progress' as const, createdOn: '2025-11-03', dueOn: '2025-12-03', progress: 0 };

describe('actionItemHealth', () => {
  it('is on track early in the window', () => {
    expect(actionItemHealth(item, '2025-11-05')).toBe('on_track');
  });
  it('is at risk when progress lags far behind the time used', () => {
    expect(actionItemHealth(item, '2025-11-25')).toBe('at_risk');
    expect(actionItemHealth({ ...item, progress: 80 }, '2025-11-25')).toBe('on_track');
  });
  it('is at risk in the last three days and when blocked', () => {
    expect(actionItemHealth({ ...item, progress: 90 }, '2025-11-30')).toBe('at_risk');
    expect(actionItemHealth({ ...item, status: 'blocked' }, '2025-11-04')).toBe('at_risk');
  });
  it('is overdue the day after the deadline, and has no health once resolved', () => {
    expect(actionItemHealth(item, '2025-12-03')).toBe('at_risk');
    expect(actionItemHealth(item, '2025-12-04')).toBe('overdue');
    expect(actionItemHealth({ ...item, status: 'done' }, '2025-12-04')).toBeNull();
  });
});
