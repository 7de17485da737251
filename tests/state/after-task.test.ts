import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTask } from '../../src/state/after-task.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterTask', () => {
  it('runs nothing in the current task, then every callback in order, in one timer', () => {
    const ran: string[] = [];
    afterTask(() => ran.push('a'));
    afterTask(() => ran.push('b'));
    expect(ran).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(ran).toEqual(['a', 'b']);
  });

  it('drops a cancelled callback and keeps the others', () => {
    const ran: string[] = [];
    const cancel = afterTask(() => ran.push('a'));
    afterTask(() => ran.push('b'));
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual(['b']);
  });

  it('leaves what a callback schedules for the task after', () => {
    const ran: string[] = [];
    afterTask(() => {
      ran.push('first');
      afterTask(() => ran.push('second'));
    });
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['first', 'second']);
  });
});
