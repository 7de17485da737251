/**
 * The messages an embedded map exchanges with the page that frames it. This is a public contract
 * (README, "Embedding (for newsroom developers)"): change it only by bumping `version`.
 */

/** Prefix shared by all our message types, so host pages can tell them from anyone else's. */
export const MESSAGE_NAMESPACE = 'nc-sheriffs-map';
export const MESSAGE_VERSION = 1;

/** Child → parent: the embedded page's content height in CSS pixels (an integer, rounded up). */
export const HEIGHT_MESSAGE_TYPE = `${MESSAGE_NAMESPACE}:height`;
/** Parent → child: "send me your height now", e.g. when the loader starts after the frame loaded. */
export const REQUEST_HEIGHT_MESSAGE_TYPE = `${MESSAGE_NAMESPACE}:request-height`;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
  height: number;
  /** The `frameId` (or pym's `childId`) query parameter of the embedded page, null when absent. */
  id: string | null;
}

export interface RequestHeightMessage {
  type: typeof REQUEST_HEIGHT_MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
}

export function heightMessage(height: number, id: string | null): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, version: MESSAGE_VERSION, height, id };
}

/**
 * pym.js v1 wire format: `['pym', id, messageType, message].join('xPYMx')`, a plain string
 * (nprapps/pym.js src/pym.js: `MESSAGE_DELIMITER = 'xPYMx'`, `_makeMessage`; the Parent matches
 * `^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$` and, for type `height`, sets the iframe's height to
 * `parseInt(message) + 'px'`). The id is the `childId` query parameter pym's Parent adds to the
 * iframe src; a Child sends `document.body.offsetHeight` as the message.
 */
export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(id: string, messageType: string, message: string): string {
  return ['pym', id, messageType, message].join(PYM_DELIMITER);
}

export function pymHeightMessage(id: string, height: number): string {
  return pymMessage(id, 'height', String(height));
}

/** Ids are echoed into messages only; keep them short and plain so they cannot smuggle markup or delimiters. */
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Which frame this is, from the page's query string: our own `frameId`, else pym's `childId`.
 * Returns null when absent or not a plain token.
 */
export function readFrameIds(search: string): { id: string | null; pymId: string | null } {
  const params = new URLSearchParams(search);
  const valid = (value: string | null): string | null =>
    value !== null && ID_PATTERN.test(value) ? value : null;
  const pymId = valid(params.get('childId'));
  return { id: valid(params.get('frameId')) ?? pymId, pymId };
}

/** Parent side: the height in a message from one of our frames, or null for anything else. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Partial<HeightMessage>;
  if (message.type !== HEIGHT_MESSAGE_TYPE || message.version !== MESSAGE_VERSION) return null;
  const height = message.height;
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000
    ? height
    : null;
}
