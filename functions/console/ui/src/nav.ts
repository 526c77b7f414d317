/** Navigation shared by the router and the pages' own handlers (form submits, buttons). */
import { SignInRequired } from './api.js';
import { fill } from './dom.js';
import { errorNotice } from './render.js';

export function goToSignIn(expired: boolean): void {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  const next = path && path !== 'sign-in' ? location.hash : '';
  location.hash = `#/sign-in?${new URLSearchParams({ ...(next && { next }), ...(expired && { expired: '1' }) })}`;
}

/** A failed call: to sign-in when the session ended, else the error shown in `container`. */
export function showError(container: Element, error: unknown): void {
  if (error instanceof SignInRequired) return goToSignIn(error.expired);
  fill(container, errorNotice(error));
}
