/** Parsed real data for the derivation tests. */
import { parseData } from '../../../scripts/dataset/parse.ts';
import { realFiles } from '../../fixtures/dataset/real-data.ts';

const issues: never[] = [];
export const real = parseData(realFiles(), issues);
