import { urlContext, useAppStore } from './store.ts';

/** Seconds each step stays on screen while playing: long enough to read the step card's title. */
export const STEP_SECONDS = 2.5;

let timer: ReturnType<typeof setInterval> | null = null;

function advance(): void {
  const { step } = useAppStore.getState();
  const ids = urlContext.stepIds;
  const next = ids[ids.indexOf(step) + 1];
  if (next === undefined) {
    stopPlayback();
    return;
  }
  useAppStore.setState({ step: next });
  if (next === ids.at(-1)) stopPlayback();
}

/** Plays from the current step (from the first if at the end) and stops at the last step. */
export function startPlayback(): void {
  if (timer !== null) return;
  const ids = urlContext.stepIds;
  if (ids.length < 2) return;
  const { step } = useAppStore.getState();
  if (step === ids.at(-1)) useAppStore.setState({ step: ids[0]! });
  useAppStore.setState({ playing: true });
  timer = setInterval(advance, STEP_SECONDS * 1000);
}

export function stopPlayback(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
  if (useAppStore.getState().playing) useAppStore.setState({ playing: false });
}

export function togglePlayback(): void {
  if (useAppStore.getState().playing) stopPlayback();
  else startPlayback();
}
