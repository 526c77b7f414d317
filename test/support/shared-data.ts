/** The real list and eval files beside the project (../shared); tests that need them skip when absent. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const CSL_2022 = `${SHARED}lists/csl_consolidated_2022-05.csv.gz`;
export const CSL_SAMPLE_2025 = `${SHARED}lists/csl_consolidated_sample_2025-06.csv`;
export const SAMPLE_LIST = fileURLToPath(new URL('../../data/sample-csl.json', import.meta.url));

export const hasShared = existsSync(CSL_2022);
if (!hasShared) console.warn(`skipping tests on real list files: ${CSL_2022} is absent (it ships in ../shared)`);
