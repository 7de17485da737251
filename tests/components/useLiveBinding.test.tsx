import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { useLiveBinding } from '../../src/components/useLiveBinding.ts';
import { resetAppStore, selectLayer, useAppStore } from '../../src/state/store.ts';

let writes = 0;

/** Renders `rendered` (standing in for React's lagging value); the binding writes the store's. */
function Probe({ rendered }: { rendered: string }) {
  const output = useRef<HTMLOutputElement>(null);
  useLiveBinding(selectLayer, (layer) => {
    writes += 1;
    output.current?.setAttribute('data-layer', layer);
  });
  return <output ref={output} data-layer={rendered} aria-label="probe" />;
}

const probe = () => screen.getByRole('status', { name: 'probe' });

beforeEach(() => {
  resetAppStore();
  writes = 0;
});

describe('useLiveBinding', () => {
  it('writes a store change in the change’s own task, with no React render', () => {
    render(<Probe rendered="stance" />);
    useAppStore.setState({ layer: 'sheriff' });
    expect(probe()).toHaveAttribute('data-layer', 'sheriff');
  });

  it('writes only when its value changes', () => {
    render(<Probe rendered="stance" />);
    const before = writes;
    useAppStore.setState({ county: '37001' });
    expect(writes).toBe(before);
    useAppStore.setState({ layer: 'detainer' });
    expect(writes).toBe(before + 1);
  });

  it('puts the store’s value back after a commit of an older one', () => {
    const { rerender } = render(<Probe rendered="stance" />);
    useAppStore.setState({ layer: 'sheriff' });
    rerender(<Probe rendered="detainer" />);
    expect(probe()).toHaveAttribute('data-layer', 'sheriff');
  });

  it('stops writing once unmounted', () => {
    const { unmount } = render(<Probe rendered="stance" />);
    unmount();
    const before = writes;
    useAppStore.setState({ layer: 'sheriff' });
    expect(writes).toBe(before);
  });
});
