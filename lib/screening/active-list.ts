/**
 * The active list and its match index, loaded once per container. The pointer is checked at most
 * every `checkIntervalMs`; a newer version is loaded and indexed in the background and swapped in
 * whole, so no request waits for it or sees a half-built index.
 */
import { UnavailableError } from '../errors.js';
import { buildIndex, type MatchIndex } from '../match/index.js';
import { getActivePointer, type ListStore, loadVersion } from '../store/list-versions.js';
import type { ListVersionRef } from './screen-signup.js';

export interface ActiveList {
  index: MatchIndex;
  version: ListVersionRef;
}

export class ListUnavailableError extends UnavailableError {}

export class ActiveListCache {
  private current?: ActiveList;
  private loading?: Promise<ActiveList>;
  private checking?: Promise<void>;
  private checkedAt = 0;

  constructor(
    private readonly store: ListStore,
    private readonly checkIntervalMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The index to screen with; throws ListUnavailableError when no list can be had (fail closed). */
  async get(): Promise<ActiveList> {
    if (!this.current) {
      this.loading ??= this.load().finally(() => (this.loading = undefined));
      return this.loading;
    }
    if (this.now() - this.checkedAt >= this.checkIntervalMs && !this.checking) {
      this.checking = this.refresh().finally(() => (this.checking = undefined));
    }
    return this.current;
  }

  /**
   * Loads the active list now, while a container starts (Lambda's init phase, with provisioned
   * concurrency before any traffic), so no request waits for the load and the index build. Never
   * throws: without a list the container still starts, and each request fails closed until one loads.
   * Waits at most `timeoutMs` (Lambda allows init 10 s): a store that answers slowly leaves the load
   * running, and the first request waits for that same load.
   */
  async preload(timeoutMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      if ((await Promise.race([this.get(), timeout])) === 'timeout') {
        console.error(JSON.stringify({ level: 'warn', message: `active list still loading after ${timeoutMs} ms at start; the first request will wait for it` }));
      }
    } catch (error) {
      console.error(JSON.stringify({ level: 'warn', message: 'active list not loaded at start; requests will retry', error: String(error) }));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when a background check started by get() has finished (for tests and shutdown). */
  async settled(): Promise<void> {
    await this.checking;
  }

  private async load(): Promise<ActiveList> {
    let pointer;
    try {
      pointer = await getActivePointer(this.store);
    } catch (error) {
      throw new ListUnavailableError(`the list store cannot be read (${(error as Error).name}: ${(error as Error).message})`);
    }
    if (!pointer) throw new ListUnavailableError('no list version is active');
    this.current = await this.build(pointer.versionId, pointer.activatedAt);
    this.checkedAt = this.now();
    return this.current;
  }

  private async refresh(): Promise<void> {
    this.checkedAt = this.now();
    try {
      const pointer = await getActivePointer(this.store);
      if (pointer && pointer.versionId !== this.current?.version.versionId) this.current = await this.build(pointer.versionId, pointer.activatedAt);
    } catch (error) {
      // Keep answering from the version we have; the next check tries again.
      console.error(JSON.stringify({ level: 'warn', message: 'active list check failed', error: String(error) }));
    }
  }

  private async build(versionId: string, activatedAt: string): Promise<ActiveList> {
    let loaded;
    try {
      loaded = await loadVersion(this.store, versionId);
    } catch (error) {
      throw new ListUnavailableError(`list version ${versionId} cannot be loaded (${(error as Error).message})`);
    }
    return { index: buildIndex(loaded.entries), version: { versionId, activatedAt, entryCount: loaded.entries.length } };
  }
}

/**
 * The cache a function keeps for its container: the pointer is re-checked at most every
 * LIST_CHECK_SECONDS (default 60). A bad value stops the container at start, never a silent "never".
 */
export function activeListFromEnv(store: ListStore, value = process.env.LIST_CHECK_SECONDS): ActiveListCache {
  const seconds = value === undefined || value.trim() === '' ? 60 : Number(value);
  if (!(seconds >= 0 && Number.isFinite(seconds))) throw new Error(`LIST_CHECK_SECONDS must be a number of seconds, got "${value}"`);
  return new ActiveListCache(store, seconds * 1000);
}
