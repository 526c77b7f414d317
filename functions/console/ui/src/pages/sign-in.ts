/** Sign-in: on AWS a link to the Cognito Hosted UI; locally (and as a fallback) the analyst pastes a token. */
import { api, ApiError, SignInRequired } from '../api.js';
import { field, formValues, h } from '../dom.js';
import { errorNotice } from '../render.js';
import { hostedSignInUrl, signIn, signInUrl, signOut } from '../session.js';
import type { Page } from './page.js';

export const signInPage: Page = async ({ main, query, setTitle }) => {
  setTitle('Sign in');
  const hostedUi = signInUrl();
  const messages = h('div', { role: 'alert' });
  if (query.get('expired')) messages.append(h('p', { class: 'notice error' }, 'Your session ended or the token was not accepted. Sign in again.'));
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = h(
    'form',
    { class: 'stack', 'aria-labelledby': 'sign-in-heading' },
    field('Analyst token', input, hostedUi ? 'A Cognito ID token, if you have one at hand.' : 'The token npm start printed, or yours from PARTYSCREEN_ANALYSTS.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Sign in')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    messages.replaceChildren();
    signIn(formValues(form).token ?? '');
    try {
      await api('/v1/lists/status');
    } catch (error) {
      // Any answer but 401 means the token was accepted (the list may just be unavailable).
      if (error instanceof SignInRequired || (error instanceof ApiError && error.status === 403)) {
        signOut();
        messages.append(error instanceof SignInRequired ? h('p', { class: 'notice error' }, 'That token was not accepted.') : errorNotice(error));
        input.focus();
        return;
      }
    }
    location.hash = query.get('next') || '#/search';
  });
  main.append(
    h('section', { class: 'sign-in' },
      h('h1', { id: 'sign-in-heading' }, 'Sign in'),
      h('p', null, 'The console is for compliance analysts. Every action you take is recorded under your name.'),
      messages,
      hostedUi ? h('p', null, h('a', { href: hostedUi, onclick: (event: Event) => { event.preventDefault(); location.assign(hostedSignInUrl(hostedUi)); } }, 'Sign in with your analyst account')) : null,
      hostedUi ? h('p', { class: 'muted' }, 'Or paste a token:') : null,
      form,
    ),
  );
};
