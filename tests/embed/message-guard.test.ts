import { describe, expect, it } from 'vitest';
import { parseParentMessage } from '../../src/embed/message-guard.ts';

const REQUEST = { kind: 'request-height' };

describe('parseParentMessage', () => {
  it('accepts our documented request for the height', () => {
    expect(parseParentMessage({ type: 'nc-sheriffs-map:request-height', version: 1 }, null)).toEqual(REQUEST);
  });

  it("accepts pym's width notice addressed to this frame's childId", () => {
    expect(parseParentMessage('pymxPYMxgraphicxPYMxwidthxPYMx640', 'graphic')).toEqual(REQUEST);
  });

  it('ignores our type with another version, extra keys, or an unknown type', () => {
    expect(parseParentMessage({ type: 'nc-sheriffs-map:request-height', version: 2 }, null)).toBeNull();
    expect(parseParentMessage({ type: 'nc-sheriffs-map:request-height', version: '1' }, null)).toBeNull();
    expect(
      parseParentMessage({ type: 'nc-sheriffs-map:request-height', version: 1, url: 'javascript:x' }, null),
    ).toBeNull();
    expect(parseParentMessage({ type: 'nc-sheriffs-map:navigate', version: 1 }, null)).toBeNull();
    expect(parseParentMessage({ type: 'nc-sheriffs-map:height', version: 1 }, null)).toBeNull();
  });

  it('ignores objects that only look like ours (arrays, class instances, inherited keys)', () => {
    expect(parseParentMessage(['nc-sheriffs-map:request-height', 1], null)).toBeNull();
    class Fake {
      type = 'nc-sheriffs-map:request-height';
      version = 1;
    }
    expect(parseParentMessage(new Fake(), null)).toBeNull();
    const inherited = Object.create({ type: 'nc-sheriffs-map:request-height', version: 1 }) as object;
    expect(parseParentMessage(inherited, null)).toBeNull();
  });

  it('ignores pym messages for other frames, of other types, or malformed', () => {
    expect(parseParentMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'graphic')).toBeNull();
    expect(
      parseParentMessage('pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.example/', 'graphic'),
    ).toBeNull();
    expect(parseParentMessage('pymxPYMxgraphicxPYMxwidthxPYMx640px', 'graphic')).toBeNull();
    expect(parseParentMessage('pymxPYMxgraphicxPYMxwidthxPYMx640xPYMx1', 'graphic')).toBeNull();
    expect(parseParentMessage('pymxPYMxgraphicxPYMxwidthxPYMx640', null)).toBeNull();
    expect(parseParentMessage('xpymxPYMxgraphicxPYMxwidthxPYMx640', 'graphic')).toBeNull();
  });

  it('ignores everything else a host page or its ads might post', () => {
    for (const data of [
      undefined,
      null,
      42,
      true,
      '',
      'hello',
      '{"type":"nc-sheriffs-map:request-height","version":1}',
      { 'datawrapper-height': { abc: 500 } },
      { type: 'resize', height: 500 },
      'x'.repeat(10_000),
    ]) {
      expect(parseParentMessage(data, 'graphic')).toBeNull();
    }
  });
});
