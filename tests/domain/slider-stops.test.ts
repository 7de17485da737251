import { describe, expect, it } from 'vitest';
import { sliderStopRules } from '../../src/domain/slider-stops.ts';

/** The rules' selector lists, by the custom property their body sets first. */
function selectorsBySetting(css: string): Map<string, string[]> {
  const rules = [...css.matchAll(/([^{}]+)\{\s*(--[a-z-]+):/g)];
  return new Map(
    rules.map(([, selectors, property]) => [property!, selectors!.split(',').map((s) => s.trim())]),
  );
}

const at = (value: number, nth: string) =>
  `.step-slider__track[aria-valuenow='${value}'] > .step-slider__stop:nth-child(${nth})`;

describe('sliderStopRules', () => {
  it('marks, for each value, the stops reached (up to it), passed (before it) and current (it)', () => {
    const rules = selectorsBySetting(sliderStopRules(3));
    expect(rules.get('--rail-left')).toEqual([at(1, '-n + 1'), at(2, '-n + 2'), at(3, '-n + 3')]);
    expect(rules.get('--rail-right')).toEqual([at(2, '-n + 1'), at(3, '-n + 2')]);
    expect(rules.get('--dot-scale')).toEqual([at(1, '1'), at(2, '2'), at(3, '3')]);
  });

  it('sets the current stop after the reached ones, so its dot border wins', () => {
    const css = sliderStopRules(2);
    expect(css.indexOf('--dot-border: var(--bg)')).toBeGreaterThan(
      css.indexOf('--dot-border: var(--accent)'),
    );
  });

  it('has nothing passed on a one-step slider', () => {
    const rules = selectorsBySetting(sliderStopRules(1));
    expect(rules.has('--rail-right')).toBe(false);
    expect(rules.get('--dot-scale')).toEqual([at(1, '1')]);
  });
});
