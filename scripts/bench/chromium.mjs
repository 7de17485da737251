/** Debian's Chromium with the same flags as the e2e tests (scripts/chromium-flags.json: no GPU, no background network). */
import { chromium } from 'playwright-core';
import flags from '../chromium-flags.json' with { type: 'json' };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = flags;

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
