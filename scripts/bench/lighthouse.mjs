/**
 * Lighthouse (mobile: its default config, with simulated slow-4G and 4x CPU) against the served build.
 * Chromium is started here with the bench's flags and a throwaway profile; Lighthouse talks to it
 * over its DevTools port on 127.0.0.1 and fetches nothing itself (the report is not uploaded).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // Its own process group, so stopping it also stops the helper processes that write to the profile.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill();
      }
    }
    await exited;
    // Helper processes may still be flushing the throwaway profile for a moment; a leftover temp
    // folder is not worth failing the benchmark over.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`bench: could not remove ${profile}: ${error.message}`);
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`bench: Chromium gave no DevTools port:\n${output}`));
    }, 20_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: Chromium exited (${code}) before its DevTools port opened:\n${output}`));
    });
  });
}

/** Scores 0-100 per category, the failing audits of each category, and any request off 127.0.0.1. */
export async function runLighthouse(url) {
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('bench: Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse: ${lhr.runtimeError.message}`);
    const scores = {};
    const failing = {};
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = Math.round((category?.score ?? 0) * 100);
      failing[id] = (category?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.displayValue ?? Math.round(audit.score * 100)})`);
    }
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const foreign = requests
      .map((r) => r.url)
      .filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    const metrics = {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      SI: metric('speed-index'),
    };
    return { version: lhr.lighthouseVersion, scores, failing, foreign, metrics };
  } finally {
    await chrome.stop();
  }
}
