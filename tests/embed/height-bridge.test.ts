import { describe, expect, it, vi } from 'vitest';
import { createHeightReporter, measureHeight, startHeightBridge } from '../../src/embed/height-bridge.ts';

/** A framed window stand-in: controllable content height, a recording parent, a manual ResizeObserver. */
function fakeFrame(search = '') {
  let height = 500;
  const events = new EventTarget();
  const posted: Array<[unknown, string]> = [];
  const parent = {
    postMessage: (data: unknown, targetOrigin: string) => posted.push([data, targetOrigin]),
  };
  const observers: FakeResizeObserver[] = [];
  class FakeResizeObserver {
    observed: unknown[] = [];
    disconnected = false;
    constructor(readonly callback: () => void) {
      observers.push(this);
    }
    observe(target: unknown) {
      this.observed.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
  }
  const documentElement = { getBoundingClientRect: () => ({ height }) };
  const body = {};
  const win = {
    parent,
    location: { search },
    document: { documentElement, body },
    ResizeObserver: FakeResizeObserver,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  } as unknown as Window;
  return {
    win,
    parent,
    posted,
    observers,
    documentElement,
    body,
    /** Changes the content height and lets the ResizeObserver fire, as layout would. */
    resizeTo(next: number) {
      height = next;
      for (const observer of observers) if (!observer.disconnected) observer.callback();
    },
    receive(data: unknown, source: unknown) {
      const event = new Event('message');
      Object.assign(event, { data, source });
      events.dispatchEvent(event);
    },
  };
}

const ours = (height: number, id: string | null = null) => [
  { type: 'nc-sheriffs-map:height', version: 1, height, id },
  '*',
];

describe('createHeightReporter', () => {
  it('sends only when the height changes, both up and down, and re-sends on request', () => {
    let height = 100;
    const sent: number[] = [];
    const report = createHeightReporter(
      () => height,
      (h) => sent.push(h),
    );
    report();
    report();
    height = 900;
    report();
    report();
    height = 120;
    report();
    report(true);
    expect(sent).toEqual([100, 900, 120, 120]);
  });

  it('never sends a height that is not a finite, positive number', () => {
    const sent: number[] = [];
    for (const bad of [NaN, Infinity, -1, 0])
      createHeightReporter(
        () => bad,
        (h) => sent.push(h),
      )();
    expect(sent).toEqual([]);
  });

  it('waits for the first layout: no 0 before the app renders, then the real height', () => {
    let height = 0;
    const sent: number[] = [];
    const report = createHeightReporter(
      () => height,
      (h) => sent.push(h),
    );
    report();
    height = 750;
    report();
    expect(sent).toEqual([750]);
  });
});

describe('measureHeight', () => {
  it('rounds the root box up to whole pixels', () => {
    const doc = {
      documentElement: { getBoundingClientRect: () => ({ height: 640.2 }) },
    } as unknown as Document;
    expect(measureHeight(doc)).toBe(641);
  });
});

describe('startHeightBridge', () => {
  it('does nothing on a page that is not framed', () => {
    const post = vi.spyOn(window, 'postMessage');
    const stop = startHeightBridge(window);
    expect(post).not.toHaveBeenCalled();
    stop();
  });

  it('reports the starting height to the parent in our format, to any origin', () => {
    const frame = fakeFrame('?embed=1');
    startHeightBridge(frame.win);
    expect(frame.posted).toEqual([ours(500)]);
  });

  it('observes the root and the body, and reports growth and shrinkage once each', () => {
    const frame = fakeFrame('?embed=1&frameId=story');
    startHeightBridge(frame.win);
    expect(frame.observers).toHaveLength(1);
    expect(frame.observers[0]?.observed).toEqual([frame.documentElement, frame.body]);
    frame.resizeTo(500);
    frame.resizeTo(1400);
    frame.resizeTo(1400);
    frame.resizeTo(300);
    expect(frame.posted).toEqual([ours(500, 'story'), ours(1400, 'story'), ours(300, 'story')]);
  });

  it("also speaks pym.js when a pym Parent gave it a childId, and answers pym's width notice", () => {
    const frame = fakeFrame('?initialWidth=640&childId=graphic&parentTitle=Story');
    startHeightBridge(frame.win);
    frame.resizeTo(720);
    expect(frame.posted).toEqual([
      ours(500, 'graphic'),
      ['pymxPYMxgraphicxPYMxheightxPYMx500', '*'],
      ours(720, 'graphic'),
      ['pymxPYMxgraphicxPYMxheightxPYMx720', '*'],
    ]);
    frame.posted.length = 0;
    frame.receive('pymxPYMxgraphicxPYMxwidthxPYMx600', frame.parent);
    expect(frame.posted).toEqual([ours(720, 'graphic'), ['pymxPYMxgraphicxPYMxheightxPYMx720', '*']]);
  });

  it('re-sends its height when the parent asks in our format', () => {
    const frame = fakeFrame();
    startHeightBridge(frame.win);
    frame.receive({ type: 'nc-sheriffs-map:request-height', version: 1 }, frame.parent);
    expect(frame.posted).toEqual([ours(500), ours(500)]);
  });

  it('ignores valid-looking messages from anyone but the parent, and malformed ones from the parent', () => {
    const frame = fakeFrame('?childId=graphic');
    startHeightBridge(frame.win);
    frame.posted.length = 0;
    const stranger = {};
    frame.receive({ type: 'nc-sheriffs-map:request-height', version: 1 }, stranger);
    frame.receive('pymxPYMxgraphicxPYMxwidthxPYMx600', null);
    frame.receive({ type: 'nc-sheriffs-map:request-height' }, frame.parent);
    frame.receive('pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://example.com/', frame.parent);
    expect(frame.posted).toEqual([]);
  });

  it('stops observing and listening when stopped', () => {
    const frame = fakeFrame();
    const stop = startHeightBridge(frame.win);
    stop();
    frame.posted.length = 0;
    frame.resizeTo(900);
    frame.receive({ type: 'nc-sheriffs-map:request-height', version: 1 }, frame.parent);
    expect(frame.observers[0]?.disconnected).toBe(true);
    expect(frame.posted).toEqual([]);
  });
});
