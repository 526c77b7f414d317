/**
 * The analyst's session in this tab: the bearer token (a local analyst token, or on AWS the Cognito
 * ID token) in sessionStorage, so it ends with the tab, and the analyst's name the API reported.
 */
const TOKEN_KEY = 'partyscreen.token';
const ANALYST_KEY = 'partyscreen.analyst';

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(ANALYST_KEY);
}

export function analyst(): string | null {
  return sessionStorage.getItem(ANALYST_KEY);
}

export function rememberAnalyst(name: string): void {
  sessionStorage.setItem(ANALYST_KEY, name);
}

/** On AWS: where the sign-in link leads (the Cognito Hosted UI), from the page's meta tag; '' locally. */
export function signInUrl(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="partyscreen-sign-in-url"]')?.content.trim() ?? '';
}

/**
 * On AWS: the Hosted UI's logout address, which ends its session too (else the sign-in link would sign
 * straight back in without a password), built from the sign-in link: same domain and client, back to
 * the console (its redirect_uri, also the app client's logout URL). '' locally.
 */
export function hostedSignOutUrl(base: string): string {
  if (!base) return '';
  const signInLink = new URL(base, location.href);
  const clientId = signInLink.searchParams.get('client_id');
  if (!clientId) return '';
  const back = signInLink.searchParams.get('redirect_uri') || `${location.origin}/`;
  return `${signInLink.origin}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: back })}`;
}

const STATE_KEY = 'partyscreen.signInState';

/** The Hosted UI address for this sign-in, with a fresh `state` the return must carry back. */
export function hostedSignInUrl(base: string): string {
  const state = crypto.randomUUID();
  sessionStorage.setItem(STATE_KEY, state);
  return `${base}${base.includes('?') ? '&' : '?'}state=${encodeURIComponent(state)}`;
}

/**
 * Back from the Hosted UI (implicit grant), the fragment carries `id_token=...&state=...`: keep the
 * token only when the state is the one this tab sent (a link carrying someone else's token is
 * refused), and clean the address bar. Returns 'signed-in', 'refused' or 'none'.
 */
export function takeTokenFromRedirect(): 'signed-in' | 'refused' | 'none' {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const idToken = fragment.get('id_token');
  if (!idToken) return 'none';
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  const accepted = expected !== null && fragment.get('state') === expected;
  if (accepted) signIn(idToken);
  history.replaceState(null, '', `${location.pathname}${accepted ? '#/search' : '#/sign-in?expired=1'}`);
  return accepted ? 'signed-in' : 'refused';
}
