import { describe, expect, it } from 'vitest';
import { splitDataset } from '../../src/domain/dataset-split.ts';
import { sharedLegend, stepPicture } from '../../src/domain/step-picture.ts';
import { fixtureDataset } from '../fixtures/dataset.ts';

const { core } = splitDataset(fixtureDataset());

describe('stepPicture', () => {
  it('colours each county by its class at the step, with the palette of the layer', () => {
    const picture = stepPicture(core, 'stance', 'step-1');
    expect(picture.classOf).toEqual(
      new Map([
        ['37001', 'limits_cooperation'],
        ['37003', 'no_stated_policy'],
      ]),
    );
    expect(picture.fills).toEqual(
      new Map([
        ['37001', '#5e3c99'],
        ['37003', '#e0e0e0'],
      ]),
    );
  });

  it('counts every class of the layer, zeros included, in the layer’s order', () => {
    const picture = stepPicture(core, 'stance', 'step-2');
    expect(picture.legend.map((e) => [e.id, e.count])).toEqual([
      ['agreement_287g', 1],
      ['limits_cooperation', 1],
      ['no_stated_policy', 0],
    ]);
    expect(picture.legend[0]).toMatchObject({ label: '287(g) agreement', colour: '#b35806' });
  });

  it('hatches counties by the layer’s own evidence level and lists the levels present', () => {
    const stance = stepPicture(core, 'stance', 'step-2');
    expect(stance.patterns).toEqual(new Map([['37001', 'hatch-disputed']]));
    expect(stance.bases).toEqual(['disputed']);
    const detainer = stepPicture(core, 'detainer', 'step-2');
    expect(detainer.patterns.get('37001')).toBe('hatch-statewide');
    expect(detainer.bases).toEqual(['statewide']);
  });

  it('has no hatching on the sheriff layer and colours by party', () => {
    const picture = stepPicture(core, 'sheriff', 'step-1');
    expect(picture.patterns.size).toBe(0);
    expect(picture.bases).toEqual([]);
    expect(picture.fills.get('37003')).toBe('#2166ac');
  });

  it('gives an empty map, not an error, for an unknown step id', () => {
    const picture = stepPicture(core, 'stance', 'no-such-step');
    expect(picture.fills.size).toBe(0);
    expect(picture.legend.every((e) => e.count === 0)).toBe(true);
  });
});

describe('sharedLegend', () => {
  it('lists a class when any of the steps has a county in it, and no other', () => {
    const pictures = ['step-1', 'step-2'].map((id) => stepPicture(core, 'detainer', id));
    expect(sharedLegend(pictures).map((e) => e.id)).toEqual([
      'declines_without_judicial_order',
      'no_county_record',
      'holds_required_by_law',
    ]);
    expect(sharedLegend([])).toEqual([]);
  });
});
