import guide from '../../../../docs/analysts.md?raw';
import { extractExamples } from './extract-examples';

/** The guide's copy-paste queries, read at build time from the guide itself. */
export const ANALYST_EXAMPLES = extractExamples(guide);
