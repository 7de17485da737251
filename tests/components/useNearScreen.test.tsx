import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearScreen } from '../../src/components/useNearScreen.ts';

function Probe() {
  const ref = useRef<HTMLOutputElement>(null);
  const near = useNearScreen(ref);
  return (
    <output ref={ref} aria-label="probe">
      {near ? 'near' : 'far'}
    </output>
  );
}

/** Records what the hook asks of IntersectionObserver, and lets the test report intersections. */
function fakeObserver() {
  const seen: { options: IntersectionObserverInit | undefined; targets: Element[]; disconnected: boolean }[] =
    [];
  let report: (isIntersecting: boolean) => void = () => {};
  class Fake {
    private readonly record: (typeof seen)[number];
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.record = { options, targets: [], disconnected: false };
      seen.push(this.record);
      report = (isIntersecting) =>
        callback(
          this.record.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry),
          this as unknown as IntersectionObserver,
        );
    }
    observe(target: Element) {
      this.record.targets.push(target);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', Fake);
  return { seen, report: (isIntersecting: boolean) => report(isIntersecting) };
}

describe('useNearScreen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is true until the observer says otherwise, then follows it, with half a screen of margin', () => {
    const { seen, report } = fakeObserver();
    const { unmount } = render(<Probe />);
    expect(screen.getByLabelText('probe')).toHaveTextContent('near');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.options?.rootMargin).toBe('50% 0px');
    expect(seen[0]!.targets).toEqual([screen.getByLabelText('probe')]);
    act(() => report(false));
    expect(screen.getByLabelText('probe')).toHaveTextContent('far');
    act(() => report(true));
    expect(screen.getByLabelText('probe')).toHaveTextContent('near');
    unmount();
    expect(seen[0]!.disconnected).toBe(true);
  });

  it('is true while the page prints, whatever the observer said, and follows it again after', () => {
    const { report } = fakeObserver();
    render(<Probe />);
    act(() => report(false));
    expect(screen.getByLabelText('probe')).toHaveTextContent('far');
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByLabelText('probe')).toHaveTextContent('near');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByLabelText('probe')).toHaveTextContent('far');
  });

  it('stays true where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByLabelText('probe')).toHaveTextContent('near');
  });
});
