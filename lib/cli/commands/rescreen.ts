/**
 * `partyscreen rescreen [--full] [--version ID] [--label L] [--json]`: re-screens every stored
 * customer against what the version changed (default: the active one), or with --full against the
 * whole list, and raises alerts. A progress bar on stderr; the summary on stdout. An interrupted run
 * resumes where it stopped when started again; a finished one is not repeated unless given a new
 * --label (after a matcher or policy change).
 */
import { InputError } from '../../errors.js';
import { isVersionId } from '../../rescreen/events.js';
import { type RescreenProgress, type RescreenResult, runRescreen } from '../../rescreen/run.js';
import { storeConfig } from '../../store/config.js';
import { isRunLabel } from '../../store/rescreen-jobs.js';
import { approximateProfileCount } from '../../store/customer-scan.js';
import { getActivePointer } from '../../store/list-versions.js';
import { openLocalStore } from '../../store/local.js';
import { flag, parseArgs, UsageError } from '../args.js';

export const summary = 're-screen stored customers against the active version\'s changes: [--full] [--version ID] [--label L] [--json]';

const BAR_WIDTH = 30;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['version', 'label'], switches: ['full', 'json'] });
  const label = flag(args, 'label');
  if (label !== undefined && !isRunLabel(label)) throw new UsageError(`--label takes letters, digits, '.', '_' and '-' (at most 64), got "${label}"`);
  const config = storeConfig();
  const local = await openLocalStore(config);
  try {
    const client = local.lists.client;
    const deps = {
      lists: local.lists,
      customers: { client, screeningsTable: config.screeningsTable, customersTable: config.customersTable },
      alerts: { client, alertsTable: config.alertsTable },
    };
    const versionId = flag(args, 'version') ?? (await getActivePointer(local.lists))?.versionId;
    if (!versionId) throw new InputError('no list version is active (load one with `partyscreen lists load FILE`)');
    if (!isVersionId(versionId)) throw new UsageError(`--version must be a version id such as v20261126T001500Z-a1b2c3, got "${versionId}"`);
    const progress = progressBar((await approximateProfileCount(deps.customers)) ?? 0);
    const result = await runRescreen(deps, { versionId, mode: args.switches.has('full') ? 'full' : 'diff', ...(label && { label }), onProgress: progress.draw });
    progress.end();
    process.stdout.write(args.switches.has('json') ? `${JSON.stringify(result)}\n` : describe(result));
    return result.status === 'complete' ? 0 : 1;
  } finally {
    await local.close();
  }
}

function describe(result: RescreenResult): string {
  const c = result.counts;
  const t = result.timings;
  const lines = [
    `${result.mode === 'full' ? 'full re-screening' : 're-screening'} of ${result.versionId}${result.label ? ` (run ${result.label})` : ''}${result.previousVersionId ? ` (changes since ${result.previousVersionId})` : ''}: ${result.status}`,
    `  ${c.customers} customers (${c.upToDate} already screened against it at sign-up), ${c.parties} parties screened, ${c.hits} matches`,
    `  alerts: ${c.raised} raised, ${c.known} already open, ${c.suppressed} suppressed (cleared before for the same data)`,
    ...(result.entryPhase ? [`  changed and removed entries: ${result.entryPhase.rechecked} open matches re-checked, ${result.entryPhase.raised} alerts`] : []),
    `  segments ${result.segments.done}/${result.segments.total}; ${ms(t.totalMs)} (plan ${ms(t.planMs)}, reading ${ms(t.readMs)}, matching ${ms(t.matchMs)}, alerts ${ms(t.alertMs)})`,
  ];
  if (result.status === 'busy') lines.push('  another run holds the remaining segments; it will finish them');
  return `${lines.join('\n')}\n`;
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** Redrawn in place on a terminal; elsewhere a line every few seconds. Total customers is DynamoDB's estimate. */
function progressBar(total: number): { draw(progress: RescreenProgress): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  const line = ({ counts, segmentsDone, totalSegments }: RescreenProgress) => {
    const fraction = total > 0 ? Math.min(1, counts.customers / total) : segmentsDone / totalSegments;
    const filled = Math.round(fraction * BAR_WIDTH);
    const of = total > 0 ? `${counts.customers}/${total}` : `${counts.customers}`;
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${of} customers, ${counts.raised} alerts`;
  };
  let last: RescreenProgress | undefined;
  return {
    draw(progress) {
      last = progress;
      const now = Date.now();
      if (now - lastDraw < (tty ? 100 : 5_000)) return;
      lastDraw = now;
      drawn = true;
      process.stderr.write(tty ? `\r${line(progress)}` : `${line(progress)}\n`);
    },
    end() {
      if (drawn && last) process.stderr.write(tty ? `\r${line(last)}\n` : `${line(last)}\n`);
    },
  };
}
