/** What every page gets: its route parameters and query, the <main> to render into. */
export interface PageContext {
  params: string[];
  query: URLSearchParams;
  main: HTMLElement;
  /** False once the analyst has navigated on: late answers must not overwrite the new page. */
  isCurrent(): boolean;
  setTitle(title: string): void;
}

/** Renders its heading synchronously (the router focuses it), then loads and renders its data. */
export type Page = (context: PageContext) => Promise<void>;

/** Puts a new query in the address bar (and history) without re-rendering: the page updates itself. */
export function pushQuery(path: string, query: string): void {
  history.pushState(null, '', `#/${path}${query ? `?${query}` : ''}`);
}
