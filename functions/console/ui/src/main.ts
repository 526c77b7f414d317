/**
 * The console's pages: hash routes (`#/search`, `#/entries/{id}?source=`, `#/screen`, `#/alerts`,
 * `#/alerts/{id}`, `#/customers/{id}`, `#/status`, `#/sign-in`), rendered into <main>. Without a
 * session every page leads to sign-in; after each navigation the page heading takes focus.
 */
import { SignInRequired } from './api.js';
import { fill } from './dom.js';
import { goToSignIn } from './nav.js';
import { alertPage } from './pages/alert.js';
import { alertsPage } from './pages/alerts.js';
import { customerPage } from './pages/customer.js';
import { entryPage } from './pages/entry.js';
import type { Page, PageContext } from './pages/page.js';
import { screenPage } from './pages/screen.js';
import { searchPage } from './pages/search.js';
import { signInPage } from './pages/sign-in.js';
import { statusPage } from './pages/status.js';
import { errorNotice } from './render.js';
import { analyst, hostedSignOutUrl, signInUrl, signOut, takeTokenFromRedirect, token } from './session.js';

const ROUTES: [RegExp, Page][] = [
  [/^search$/, searchPage],
  [/^entries\/([^/]+)$/, entryPage],
  [/^screen$/, screenPage],
  [/^alerts$/, alertsPage],
  [/^alerts\/([^/]+)$/, alertPage],
  [/^customers\/([^/]+)$/, customerPage],
  [/^status$/, statusPage],
  [/^sign-in$/, signInPage],
];

let renderCount = 0;
/** The first page of a visit keeps the browser's own focus (so the skip link comes first); later ones focus their heading. */
let navigated = false;

function parseHash(): { path: string; query: URLSearchParams } {
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { path, query: new URLSearchParams(query) };
}

function updateChrome(path: string): void {
  const signedIn = Boolean(token());
  document.getElementById('nav')!.hidden = !signedIn;
  document.getElementById('who')!.hidden = !signedIn;
  document.getElementById('analyst-name')!.textContent = analyst() ?? 'analyst';
  const section = path.split('/')[0];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    if (a.getAttribute('href') === `#/${section}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function render(): Promise<void> {
  const id = ++renderCount;
  const { path, query } = parseHash();
  if (!path) {
    location.replace('#/search');
    return;
  }
  if (!token() && path !== 'sign-in') return goToSignIn(false);
  const main = document.getElementById('main')!;
  const route = ROUTES.map(([pattern, page]) => ({ match: pattern.exec(path), page })).find((r) => r.match);
  updateChrome(path);
  main.replaceChildren();
  const context: PageContext = {
    params: (route?.match?.slice(1) ?? []).map(decodeURIComponent),
    query,
    main,
    isCurrent: () => id === renderCount,
    setTitle: (title) => (document.title = `${title} · partyscreen console`),
  };
  try {
    if (!route) {
      context.setTitle('Not found');
      fill(main, errorNotice(new Error(`No page ${location.hash}`)));
    } else {
      const rendered = route.page(context);
      // The heading takes focus at once (screen readers hear the new page), then data arrives.
      if (navigated) focusHeading(main);
      navigated = true;
      await rendered;
    }
  } catch (error) {
    if (error instanceof SignInRequired) return goToSignIn(error.expired);
    if (context.isCurrent()) main.append(errorNotice(error));
  }
  if (context.isCurrent()) updateChrome(path);
}

function focusHeading(main: HTMLElement): void {
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else main.focus();
}

document.getElementById('sign-out')!.addEventListener('click', () => {
  signOut();
  const hostedSignOut = hostedSignOutUrl(signInUrl());
  if (hostedSignOut) location.assign(hostedSignOut);
  else location.hash = '#/sign-in';
});
takeTokenFromRedirect();
window.addEventListener('hashchange', () => void render());
void render();
