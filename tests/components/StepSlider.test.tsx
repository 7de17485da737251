import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StepSlider } from '../../src/components/StepSlider.tsx';
import { STEP_SECONDS, stopPlayback } from '../../src/state/playback.ts';
import { resetAppStore, urlContext, useAppStore } from '../../src/state/store.ts';
import { fixtureOverSteps, renderWithData, type RenderWithDataOptions } from './support/renderWithData.tsx';

// The store's setStep and the playback timer accept only the real step ids, so the fixture's steps
// are renamed to them here; "Label n" / "Title n" tell the steps apart.
const ids = urlContext.stepIds;
const total = ids.length;
const at = (n: number) => ids[n - 1]!;

function renderSlider(options: RenderWithDataOptions = {}) {
  return renderWithData(<StepSlider />, { dataset: fixtureOverSteps(ids), ...options });
}

/**
 * Playback runs on setInterval; only that is faked, because Testing Library's async wrapper (used
 * by user-event) waits on a real setTimeout, which vitest's fake timers would never fire.
 */
function useFakePlaybackTimers() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
}

/** Advances the faked clock inside act(), so React renders the store updates it causes. */
function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** The test DOM lays nothing out: give every box a width of one STOP_WIDTH per step, starting at x = 0. */
const STOP_WIDTH = 100;
function stubTrackWidth() {
  const width = STOP_WIDTH * total;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    right: width,
    bottom: 20,
    width,
    height: 20,
    toJSON: () => ({}),
  });
}

const slider = () => screen.getByRole('slider', { name: 'Step in time' });

function expectStep(n: number) {
  expect(useAppStore.getState().step).toBe(at(n));
  expect(slider()).toHaveAttribute('aria-valuenow', String(n));
  expect(slider()).toHaveAttribute('aria-valuetext', `Label ${n}: Title ${n}`);
}

beforeEach(() => {
  resetAppStore();
});

afterEach(() => {
  stopPlayback();
  vi.useRealTimers();
});

describe('StepSlider', () => {
  it('needs at least four steps for these tests', () => {
    expect(total).toBeGreaterThanOrEqual(4);
  });

  it('is a labelled slider from 1 to the number of steps, its value the current step', () => {
    renderSlider({ state: { step: at(2) } });
    expect(slider()).toHaveAttribute('aria-valuemin', '1');
    expect(slider()).toHaveAttribute('aria-valuemax', String(total));
    expectStep(2);
    expect(slider()).toHaveAttribute('tabindex', '0');
  });

  it('starts at the last step by default', () => {
    renderSlider();
    expectStep(total);
  });

  it('moves one step with the arrow keys (right/up forward, left/down back)', async () => {
    const { user } = renderSlider({ state: { step: at(2) } });
    slider().focus();
    await user.keyboard('{ArrowRight}');
    expectStep(3);
    await user.keyboard('{ArrowUp}');
    expectStep(4);
    await user.keyboard('{ArrowLeft}');
    expectStep(3);
    await user.keyboard('{ArrowDown}');
    expectStep(2);
  });

  it('answers a key press in its own task, before React renders the change, and moves on from there', () => {
    renderSlider({ state: { step: at(2) } });
    // fireEvent runs each press inside act(), which flushes React's work, but not the task after it:
    // the second press must start from the step the first one reached.
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expectStep(4);
  });

  it('moves one step with PageUp (forward) and PageDown (back)', async () => {
    const { user } = renderSlider({ state: { step: at(2) } });
    slider().focus();
    await user.keyboard('{PageUp}');
    expectStep(3);
    await user.keyboard('{PageDown}');
    await user.keyboard('{PageDown}');
    expectStep(1);
  });

  it('jumps to the first step with Home and the last with End', async () => {
    const { user } = renderSlider({ state: { step: at(3) } });
    slider().focus();
    await user.keyboard('{Home}');
    expectStep(1);
    await user.keyboard('{End}');
    expectStep(total);
  });

  it('stays put at either end', async () => {
    const { user } = renderSlider({ state: { step: at(1) } });
    slider().focus();
    await user.keyboard('{ArrowLeft}{PageDown}{ArrowDown}');
    expectStep(1);
    await user.keyboard('{End}{ArrowRight}{PageUp}{ArrowUp}');
    expectStep(total);
  });

  it('ignores other keys and lets them through', async () => {
    const { user } = renderSlider({ state: { step: at(2) } });
    slider().focus();
    await user.keyboard('a{Enter}');
    expectStep(2);
  });

  it('goes to a step when its tick is clicked', async () => {
    const { user } = renderSlider({ state: { step: at(1) } });
    for (let n = 1; n <= total; n++) expect(screen.getByText(`Label ${n}`)).toBeInTheDocument();
    stubTrackWidth();
    // At the middle of the third of `total` equal stops, in case the tick's position is what counts.
    await user.pointer({
      keys: '[MouseLeft]',
      target: screen.getByText('Label 3'),
      coords: { clientX: 2.5 * STOP_WIDTH },
    });
    expectStep(3);
  });

  it('goes to the step under the pointer when the track is pressed', async () => {
    const { user } = renderSlider({ state: { step: at(1) } });
    stubTrackWidth();
    await user.pointer({ keys: '[MouseLeft]', target: slider(), coords: { clientX: 2.5 * STOP_WIDTH } });
    expectStep(3);
  });

  it('plays one step every STEP_SECONDS, shows Pause while playing, and stops at the last step', async () => {
    useFakePlaybackTimers();
    const { user } = renderSlider({ state: { step: at(1) } });
    await user.click(screen.getByRole('button', { name: 'Play the steps' }));
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause).toHaveAttribute('aria-pressed', 'true');
    expect(useAppStore.getState().playing).toBe(true);
    expectStep(1);

    advance(STEP_SECONDS * 1000 - 1);
    expectStep(1);
    advance(1);
    expectStep(2);

    for (let n = 3; n <= total; n++) {
      advance(STEP_SECONDS * 1000);
      expectStep(n);
    }
    expect(useAppStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play the steps' })).toHaveAttribute('aria-pressed', 'false');
    expect(vi.getTimerCount()).toBe(0);

    advance(STEP_SECONDS * 1000 * 3);
    expectStep(total);
  });

  it('pauses when Pause is pressed', async () => {
    useFakePlaybackTimers();
    const { user } = renderSlider({ state: { step: at(1) } });
    await user.click(screen.getByRole('button', { name: 'Play the steps' }));
    advance(STEP_SECONDS * 1000);
    expectStep(2);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play the steps' })).toHaveAttribute('aria-pressed', 'false');
    advance(STEP_SECONDS * 1000 * 2);
    expectStep(2);
  });

  it('starts again from the first step when played at the end', async () => {
    useFakePlaybackTimers();
    const { user } = renderSlider();
    expectStep(total);
    await user.click(screen.getByRole('button', { name: 'Play the steps' }));
    expectStep(1);
    advance(STEP_SECONDS * 1000);
    expectStep(2);
  });

  it('stops playing when the user moves the slider', async () => {
    useFakePlaybackTimers();
    const { user } = renderSlider({ state: { step: at(1) } });
    await user.click(screen.getByRole('button', { name: 'Play the steps' }));
    slider().focus();
    await user.keyboard('{End}');
    expect(useAppStore.getState().playing).toBe(false);
    await user.keyboard('{Home}');
    advance(STEP_SECONDS * 1000 * 2);
    expectStep(1);
  });

  it('disables Play when there is only one step', () => {
    renderWithData(<StepSlider />, { dataset: fixtureOverSteps([at(1)]), state: { step: at(1) } });
    expect(screen.getByRole('button', { name: 'Play the steps' })).toBeDisabled();
  });
});
