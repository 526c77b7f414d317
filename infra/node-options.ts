/**
 * The node flags every partyscreen Lambda function runs with (NODE_OPTIONS), and the benchmarks
 * measure with: source maps for stack traces, and a young generation of 64 MB semi-spaces. Each new
 * name screened leaves entries in the matcher's bounded caches that outlive the next scavenge; with
 * the default 16 MB, a scavenge of 4-5 ms fell into 6 of 1,150 sign-ups and set the p99 (`npm run
 * bench`: 1.6-4.3 ms), with 64 MB into one or two (0.8-1.0 ms).
 */
export const NODE_OPTIONS = '--enable-source-maps --max-semi-space-size=64';
