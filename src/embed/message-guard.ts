import { MESSAGE_VERSION, PYM_DELIMITER, REQUEST_HEIGHT_MESSAGE_TYPE } from './messages.ts';

/** What a parent may ask of the embedded page. Anything else it posts is ignored. */
export type ParentRequest = { kind: 'request-height' };

const MAX_MESSAGE_LENGTH = 256;

/**
 * Validates a message posted to the embedded page against the documented formats and returns
 * what it asks for, or null to ignore it. Accepted, exactly:
 * - our `{ type: 'nc-sheriffs-map:request-height', version: 1 }` (no other keys);
 * - pym.js's width notice `pymxPYMx{childId}xPYMxwidthxPYMx{integer}` addressed to this frame's
 *   childId (a pym Child answers it with its height, so we do too).
 * The caller must also check that the message came from `window.parent`.
 */
export function parseParentMessage(data: unknown, pymId: string | null): ParentRequest | null {
  if (typeof data === 'string') {
    if (pymId === null || data.length > MAX_MESSAGE_LENGTH) return null;
    const parts = data.split(PYM_DELIMITER);
    if (parts.length !== 4) return null;
    const [prefix, id, type, value] = parts;
    if (prefix !== 'pym' || id !== pymId || type !== 'width' || !/^\d{1,6}$/.test(value ?? '')) return null;
    return { kind: 'request-height' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (Object.getPrototypeOf(data) !== Object.prototype) return null;
  const keys = Object.keys(data).sort();
  if (keys.length !== 2 || keys[0] !== 'type' || keys[1] !== 'version') return null;
  const message = data as { type: unknown; version: unknown };
  if (message.type !== REQUEST_HEIGHT_MESSAGE_TYPE || message.version !== MESSAGE_VERSION) return null;
  return { kind: 'request-height' };
}
