/**
 * The time slider's stops take their look from the slider's value alone (aria-valuenow on the
 * track), through generated rules: a step change then writes that one attribute (and the spoken
 * value) and no stop's class, which keeps the key press within its 2 ms budget, and pages without
 * JavaScript show the same. Each rule only sets custom properties, which the stop's rail, dot and
 * label read in src/styles/app.css:
 *   reached (stops up to the current one): --rail-left, --dot-fill, --dot-border
 *   passed (stops before the current one): --rail-right
 *   current: --dot-scale, --dot-border, --dot-ring, --label-colour, --label-line
 */

const TRACK = '.step-slider__track';
const STOP = '.step-slider__stop';

const at = (value: number, nth: string) => `${TRACK}[aria-valuenow='${value}'] > ${STOP}:nth-child(${nth})`;

const values = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** The stylesheet for a slider of `count` stops (values 1 to `count`). */
export function sliderStopRules(count: number): string {
  const reached = values(count).map((v) => at(v, `-n + ${v}`));
  const passed = values(count)
    .filter((v) => v > 1)
    .map((v) => at(v, `-n + ${v - 1}`));
  const current = values(count).map((v) => at(v, String(v)));
  const rule = (selectors: string[], body: string) =>
    selectors.length === 0 ? '' : `${selectors.join(',\n')} {\n  ${body}\n}\n`;
  return [
    rule(reached, '--rail-left: var(--accent); --dot-fill: var(--accent); --dot-border: var(--accent);'),
    rule(passed, '--rail-right: var(--accent);'),
    rule(
      current,
      '--dot-scale: 1.75; --dot-border: var(--bg); --dot-ring: var(--accent); --label-colour: var(--fg); --label-line: var(--accent);',
    ),
  ].join('');
}
