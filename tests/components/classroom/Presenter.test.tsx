import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import Presenter from '../../../src/components/classroom/Presenter.tsx';
import { resetAppStore, useAppStore } from '../../../src/state/store.ts';
import { fixtureOverSteps, renderWithData } from '../support/renderWithData.tsx';

// Real step ids (the store's setStep accepts only those): '2018-12' has step-1's cells, '2019-08' step-2's.
const dataset = fixtureOverSteps(['2018-12', '2019-08']);

beforeEach(() => {
  resetAppStore();
});

function renderPresenter(step = '2018-12') {
  return renderWithData(<Presenter />, { dataset, state: { present: true, step } });
}

const counter = () => document.querySelector('.presenter__counter');
const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(document.body, { key: k, ...init });
  });

describe('Presenter', () => {
  it('shows the step as a slide: counter (polite), title, map, legend, what happened, the law and questions', () => {
    renderPresenter();
    const deck = screen.getByRole('region', { name: 'Presentation' });
    expect(deck).toHaveFocus();
    expect(counter()).toHaveTextContent('Slide 1 of 2: Label 1');
    expect(counter()).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('heading', { level: 1, name: 'Title 1' })).toBeInTheDocument();
    expect(deck.querySelectorAll('path[data-fips]')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent('Publicly limits cooperation');
    expect(screen.getByText('The governor vetoed the bill.')).toBeInTheDocument();
    expect(screen.getByText('Honoring detainers was voluntary.')).toBeInTheDocument();
    const discuss = screen.getByRole('region', { name: 'Discuss' });
    expect(within(discuss).getAllByRole('listitem')[0]).toHaveTextContent(
      'What did state law require of sheriffs at this point, and what was left to each sheriff to decide?',
    );
  });

  it('moves with arrows, PageUp/PageDown, Space and Shift+Space, and stops at the ends', () => {
    renderPresenter();
    key('PageDown');
    expect(useAppStore.getState().step).toBe('2019-08');
    expect(counter()).toHaveTextContent('Slide 2 of 2: Label 2');
    key('ArrowRight');
    expect(counter()).toHaveTextContent('Slide 2 of 2');
    key('PageUp');
    expect(counter()).toHaveTextContent('Slide 1 of 2');
    key(' ');
    expect(counter()).toHaveTextContent('Slide 2 of 2');
    key(' ', { shiftKey: true });
    expect(counter()).toHaveTextContent('Slide 1 of 2');
    key('ArrowLeft');
    expect(counter()).toHaveTextContent('Slide 1 of 2');
    key('End');
    expect(counter()).toHaveTextContent('Slide 2 of 2');
    // With a modifier the browser keeps the key (e.g. Alt+ArrowLeft is Back).
    key('ArrowLeft', { altKey: true });
    expect(counter()).toHaveTextContent('Slide 2 of 2');
  });

  it('has named buttons; Previous is disabled on the first slide, Next on the last', async () => {
    const { user } = renderPresenter();
    expect(screen.getByRole('button', { name: /Previous slide/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next slide/ }));
    expect(counter()).toHaveTextContent('Slide 2 of 2');
    expect(screen.getByRole('button', { name: /Next slide/ })).toBeDisabled();
  });

  it('Escape and the Exit button leave presenter mode', async () => {
    const { user } = renderPresenter();
    key('Escape');
    expect(useAppStore.getState().present).toBe(false);
    act(() => useAppStore.setState({ present: true }));
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(useAppStore.getState().present).toBe(false);
  });

  it('notice & wonder hides legend, labels and step text until revealed (R or the button), per slide', async () => {
    const { user } = renderPresenter();
    key('n');
    expect(screen.getByRole('button', { name: 'Notice & wonder' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Legend' })).not.toBeInTheDocument();
    expect(screen.queryByText('The governor vetoed the bill.')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Title 1' })).not.toBeInTheDocument();
    expect(counter()).toHaveTextContent(/^Slide 1 of 2$/);
    expect(document.querySelector('path[data-fips="37001"]')).toHaveAttribute('aria-label', 'West County');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What do you notice? What do you wonder?',
    );

    key('r');
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
    expect(document.querySelector('path[data-fips="37001"]')).toHaveAttribute(
      'aria-label',
      'West County: Publicly limits cooperation',
    );
    key('ArrowRight');
    expect(screen.queryByRole('region', { name: 'Legend' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Title 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide again' }));
    expect(screen.queryByRole('heading', { name: 'Title 2' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Notice & wonder' }));
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });

  it('Space on a focused button presses the button only (no double step)', async () => {
    const { user } = renderPresenter();
    screen.getByRole('button', { name: /Next slide/ }).focus();
    await user.keyboard(' ');
    expect(counter()).toHaveTextContent('Slide 2 of 2');
  });
});
