/** The budgets; each line prints `BUDGET <name> <value> <op> <limit> PASS|FAIL`. */
import { kb, ms } from './format.mjs';

export function check(name, value, op, limit, show = (v) => String(v)) {
  const pass =
    value !== null &&
    value !== undefined &&
    (op === '<=' ? value <= limit : op === '>=' ? value >= limit : value === limit);
  return {
    name,
    pass,
    line: `BUDGET ${name} ${value === null || value === undefined ? 'n/a' : show(value)} ${op} ${show(limit)} ${pass ? 'PASS' : 'FAIL'}`,
  };
}

export const KB = 1024;
export const budgetKb = (name, bytes, limitKb) => check(name, bytes, '<=', limitKb * KB, kb);
export const budgetMs = (name, value, limit) => check(name, value, '<=', limit, ms);
