#!/usr/bin/env node
// Sums vitest JSON reports into one line CI can read. A failing step that ran no test (typecheck,
// lint, build) still counts as one failure, so a red run never prints "0 failed".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, statusText] = process.argv.slice(2);
const status = Number(statusText ?? 0);
let passed = 0;
let failed = 0;
for (const name of ['unit.json', 'e2e.json']) {
  const file = join(dir ?? '.', name);
  if (!existsSync(file)) {
    console.log(`${name}: not produced (that stage did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  console.log(
    `${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests ?? 0} skipped`,
  );
}
if (status !== 0 && failed === 0) {
  console.log('a step before or between the test runs failed (see above)');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
