import { useLayoutEffect, useRef } from 'react';
import { useAppStore, type AppState } from '../state/store.ts';

/**
 * Writes a value of the store into the DOM in the store change's own task, ahead of React, which
 * renders the same value a task later (useStoreAfterTask): the key press's answer (new colours,
 * the slider's position, the pressed layer button) then costs no React render.
 *
 * `write` must write only what the component's own render also produces from the same value, so
 * React stays right without it. After each of the component's commits it runs again with the
 * store's current value, so a render React started before the latest change cannot leave its
 * older value on screen. `select` must return the same value while nothing it reads has changed.
 */
export function useLiveBinding<T>(select: (state: AppState) => T, write: (value: T) => void): void {
  const latest = useRef({ select, write });
  const written = useRef<{ value: T } | null>(null);

  useLayoutEffect(() => {
    latest.current = { select, write };
    const value = select(useAppStore.getState());
    write(value);
    written.current = { value };
  });

  useLayoutEffect(
    () =>
      useAppStore.subscribe((state) => {
        const value = latest.current.select(state);
        if (written.current && Object.is(written.current.value, value)) return;
        latest.current.write(value);
        written.current = { value };
      }),
    [],
  );
}
