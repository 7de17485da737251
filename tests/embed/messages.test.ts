import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE_TYPE,
  heightMessage,
  pymHeightMessage,
  readHeightMessage,
  pymMessage,
  readFrameIds,
} from '../../src/embed/messages.ts';

describe('our height message', () => {
  it('is a versioned plain object naming the height and the frame id', () => {
    expect(heightMessage(812, 'story-map')).toEqual({
      type: 'nc-sheriffs-map:height',
      version: 1,
      height: 812,
      id: 'story-map',
    });
    expect(HEIGHT_MESSAGE_TYPE).toBe('nc-sheriffs-map:height');
  });

  it('survives structured cloning and JSON unchanged', () => {
    const message = heightMessage(300, null);
    expect(structuredClone(message)).toEqual(message);
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  });
});

describe('the pym.js v1 height message', () => {
  it('joins pym, the childId, "height" and the height with xPYMx, as pym.js does', () => {
    expect(pymHeightMessage('example', 640)).toBe('pymxPYMxexamplexPYMxheightxPYMx640');
    expect(pymMessage('a', 'width', '320')).toBe('pymxPYMxaxPYMxwidthxPYMx320');
  });

  it('is matched by the regular expression a pym Parent builds for its id', () => {
    // pym.js Parent: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    const parentRegex = new RegExp('^' + ['pym', 'chart-1', '(\\S+)', '(.*)'].join('xPYMx') + '$');
    const match = pymHeightMessage('chart-1', 1234).match(parentRegex);
    expect(match?.slice(1)).toEqual(['height', '1234']);
  });
});

describe('readFrameIds', () => {
  it('takes frameId first, then pym childId, and keeps childId for pym', () => {
    expect(readFrameIds('?embed=1&frameId=map-a')).toEqual({ id: 'map-a', pymId: null });
    expect(readFrameIds('?initialWidth=600&childId=graphic&parentTitle=x')).toEqual({
      id: 'graphic',
      pymId: 'graphic',
    });
    expect(readFrameIds('?frameId=ours&childId=theirs')).toEqual({ id: 'ours', pymId: 'theirs' });
    expect(readFrameIds('')).toEqual({ id: null, pymId: null });
  });

  it('ignores ids that are not short plain tokens', () => {
    expect(readFrameIds('?frameId=%3Cscript%3E').id).toBeNull();
    expect(readFrameIds('?childId=axPYMxb%20c').pymId).toBeNull();
    expect(readFrameIds(`?frameId=${'a'.repeat(65)}`).id).toBeNull();
    expect(readFrameIds('?frameId=').id).toBeNull();
  });
});

describe('readHeightMessage (parent side)', () => {
  it('reads the height of our own message', () => {
    expect(readHeightMessage({ type: 'nc-sheriffs-map:height', version: 1, height: 812, id: null })).toBe(
      812,
    );
  });

  it('ignores anything else: other types, versions, pym strings, bad heights', () => {
    expect(readHeightMessage({ type: 'nc-sheriffs-map:height', version: 2, height: 812 })).toBeNull();
    expect(readHeightMessage({ type: 'other:height', version: 1, height: 812 })).toBeNull();
    expect(readHeightMessage('pymxPYMxmapxPYMxheightxPYMx812')).toBeNull();
    expect(readHeightMessage({ type: 'nc-sheriffs-map:height', version: 1, height: -5 })).toBeNull();
    expect(readHeightMessage({ type: 'nc-sheriffs-map:height', version: 1, height: Number.NaN })).toBeNull();
    expect(readHeightMessage({ type: 'nc-sheriffs-map:height', version: 1, height: 1e9 })).toBeNull();
    expect(readHeightMessage(null)).toBeNull();
  });
});
