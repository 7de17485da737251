import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, setStep, setView, useAppStore, urlContext } from '../../src/state/store.ts';
import { startUrlSync } from '../../src/state/url-sync.ts';

/** Just enough of a window for url-sync: an address, a history that records calls, events. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  const location = { pathname: '/map/', search: '', hash: '' };
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const go = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    calls.push({ kind, url });
    location.search = new URL(url, 'http://x').search;
  };
  const win = {
    location,
    history: { pushState: go('push'), replaceState: go('replace') },
    addEventListener: (type: string, listener: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
  };
  return { win, calls };
}

/** A `later` the test runs by hand: what url-sync leaves for after the task. */
function manualLater() {
  const queue = new Set<() => void>();
  const later = (write: () => void) => {
    queue.add(write);
    return () => queue.delete(write);
  };
  const runAll = () => {
    const writes = [...queue];
    queue.clear();
    writes.forEach((write) => write());
  };
  return { later, runAll, size: () => queue.size };
}

const [firstStep, secondStep] = urlContext.stepIds;

describe('startUrlSync', () => {
  let stop: () => void = () => {};
  beforeEach(() => resetAppStore());
  afterEach(() => stop());

  it('writes the address after the task that changed the store, not during it', () => {
    const { win, calls } = fakeWindow();
    const { later, runAll } = manualLater();
    stop = startUrlSync(win as unknown as Window, later);
    setStep(firstStep!);
    expect(calls).toEqual([]);
    runAll();
    expect(calls).toEqual([{ kind: 'push', url: `/map/?step=${firstStep}` }]);
  });

  it('makes one history entry for the changes of one task', () => {
    const { win, calls } = fakeWindow();
    const { later, runAll, size } = manualLater();
    stop = startUrlSync(win as unknown as Window, later);
    setStep(firstStep!);
    setView('table');
    expect(size()).toBe(1);
    runAll();
    expect(calls).toEqual([{ kind: 'push', url: `/map/?step=${firstStep}&view=table` }]);
  });

  it('replaces the entry while playing, so playback leaves one entry', () => {
    const { win, calls } = fakeWindow();
    const { later } = manualLater();
    const idle = manualLater();
    stop = startUrlSync(win as unknown as Window, later, idle.later);
    useAppStore.setState({ playing: true, step: secondStep! });
    idle.runAll();
    expect(calls).toEqual([{ kind: 'replace', url: `/map/?step=${secondStep}` }]);
  });

  it('while playing, writes at an idle moment, not after each step, and writes the latest step', () => {
    const { win, calls } = fakeWindow();
    const after = manualLater();
    const idle = manualLater();
    stop = startUrlSync(win as unknown as Window, after.later, idle.later);
    useAppStore.setState({ playing: true, step: firstStep! });
    useAppStore.setState({ step: secondStep! });
    expect(after.size()).toBe(0);
    expect(idle.size()).toBe(1);
    after.runAll();
    expect(calls).toEqual([]);
    idle.runAll();
    expect(calls).toEqual([{ kind: 'replace', url: `/map/?step=${secondStep}` }]);
  });

  it('pausing is written after its task, not left waiting for an idle moment', () => {
    const { win, calls } = fakeWindow();
    const after = manualLater();
    const idle = manualLater();
    stop = startUrlSync(win as unknown as Window, after.later, idle.later);
    useAppStore.setState({ playing: true, step: secondStep! });
    useAppStore.setState({ playing: false });
    expect(idle.size()).toBe(0);
    after.runAll();
    expect(calls).toEqual([{ kind: 'push', url: `/map/?step=${secondStep}` }]);
  });

  it('on Back, drops a write still pending and loads the entry Back went to', () => {
    const { win, calls } = fakeWindow();
    const { later, runAll } = manualLater();
    stop = startUrlSync(win as unknown as Window, later);
    setView('table');
    win.location.search = `?step=${secondStep}`;
    win.fire('popstate');
    runAll();
    expect(calls).toEqual([]);
    expect(useAppStore.getState().step).toBe(secondStep);
    expect(useAppStore.getState().view).toBe('map');
  });

  it('writes what is pending when the page is left', () => {
    const { win, calls } = fakeWindow();
    const { later } = manualLater();
    stop = startUrlSync(win as unknown as Window, later);
    setView('about');
    win.fire('pagehide');
    expect(calls).toEqual([{ kind: 'push', url: '/map/?view=about' }]);
  });

  it('does not write back a state it loaded from history', () => {
    const { win, calls } = fakeWindow();
    const { later, runAll, size } = manualLater();
    stop = startUrlSync(win as unknown as Window, later);
    win.location.search = '?view=table';
    win.fire('popstate');
    expect(size()).toBe(0);
    runAll();
    expect(calls).toEqual([]);
  });
});
