/**
 * The console in headless Debian Chromium (playwright-core): sign-in, search and an entry, an ad hoc
 * screening, clearing an alert with a reason, and what an unauthenticated visitor sees. Screenshots
 * of the main pages go to test-output/screenshots/ (git-ignored). Skips when /usr/bin/chromium is
 * absent (`apt-get install -y chromium`; CI installs it).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../lib/store/alerts.js';
import { startTestService, type TestService } from '../support/local-service.js';
import { seedAlert, seedRefreshRun } from './seed.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = new URL('../../test-output/screenshots/', import.meta.url);
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the console's browser tests: ${CHROMIUM} is absent (apt-get install -y chromium)`);

let service: TestService;
let browser: Browser;
let alert: Alert;

describe.skipIf(!hasChromium)('the console in a browser', () => {
  beforeAll(async () => {
    service = await startTestService();
    await mkdir(SCREENSHOTS, { recursive: true });
    const customer = { type: 'person', name: 'Arkady Volkov', nationality: 'RU', address: { city: 'Limassol', country: 'CY' } };
    await service.post('/v1/screenings', { customerId: 'cust-browser', customer, beneficialOwners: [] });
    alert = await seedAlert({ customerId: 'cust-browser', entryId: '90102', source: 'SDN', entryName: 'VOLKOV, Arkady Petrovich', score: 0.92, origin: 'signup', kind: 'signup-review' });
    await seedAlert({ customerId: 'cust-other', partyName: 'Kestrel Holdings Ltd', entryId: '90101', source: 'SDN', entryName: 'KESTREL HOLDINGS LIMITED', score: 0.88 });
    await seedRefreshRun((await service.get('/v1/lists/status')).json.versionId);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  /** A fresh tab; signed in by putting the token where the sign-in page keeps it. */
  async function open(path: string, signedIn = true, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 860 } });
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !/401|404|409/.test(message.text()) && problems.push(message.text()));
    (page as Page & { problems: string[] }).problems = problems;
    if (signedIn) await page.addInitScript((token) => sessionStorage.setItem('partyscreen.token', token), service.service.token);
    await page.goto(`${service.service.url}/${path}`);
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

  /** Every form control has a label the browser knows (what a screen reader announces). */
  async function expectLabelled(page: Page): Promise<void> {
    const unlabelled = await page.$$eval('input:not([type=hidden]), select, textarea', (controls) =>
      controls.filter((c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-label')).map((c) => c.outerHTML));
    expect(unlabelled).toEqual([]);
  }

  it('shows the sign-in page to a visitor without a session, whatever page was asked for', async () => {
    const page = await open('#/alerts', false);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.locator('#nav').isHidden()).toBe(true);
    await expectLabelled(page);
    await shot(page, '01-sign-in');
    await page.getByLabel('Analyst token').fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That token was not accepted.').waitFor();
    await page.getByLabel('Analyst token').fill(service.service.token);
    await page.getByLabel('Analyst token').press('Enter');
    // Back to the page first asked for, signed in as the analyst the API names.
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await expect.poll(() => page.locator('#analyst-name').textContent()).toBe('local-analyst');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/v1/alerts')).status);
    expect(status).toBe(401);
    await page.close();
  });

  it('signs in through the Cognito Hosted UI when one is configured, checking the state it sent, and signs out of it', async () => {
    const hostedUi = `https://auth.example.test/oauth2/authorize?response_type=token&client_id=console&redirect_uri=${encodeURIComponent(`${service.service.url}/`)}`;
    process.env.CONSOLE_SIGN_IN_URL = hostedUi;
    try {
      const page = await open('#/status', false);
      // A stand-in for the Hosted UI: it sends the browser back with a token and the state it was given.
      let sentState = '';
      await page.route('https://auth.example.test/**', (route) => {
        sentState = new URL(route.request().url()).searchParams.get('state') ?? '';
        return route.fulfill({ status: 302, headers: { location: `${service.service.url}/#id_token=${service.service.token}&token_type=Bearer&state=${sentState}` } });
      });
      await page.getByRole('link', { name: 'Sign in with your analyst account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Search the lists' }).waitFor();
      expect(sentState).toMatch(/^[0-9a-f-]{36}$/);
      expect(page.url()).not.toContain('id_token');
      // Signing out ends the Hosted UI's session too, which sends the browser back to the console.
      let logout: URL | undefined;
      await page.route('https://auth.example.test/logout**', (route) => {
        logout = new URL(route.request().url());
        return route.fulfill({ status: 302, headers: { location: `${service.service.url}/` } });
      });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(Object.fromEntries(logout!.searchParams)).toEqual({ client_id: 'console', logout_uri: `${service.service.url}/` });
      expect(await page.evaluate(() => sessionStorage.getItem('partyscreen.token'))).toBeNull();
      // A link carrying a token this tab never asked for is refused.
      const forged = await open(`#id_token=${service.service.token}&state=forged`, false);
      await forged.getByText('Your session ended or the token was not accepted.').waitFor();
      expect(await forged.evaluate(() => sessionStorage.getItem('partyscreen.token'))).toBeNull();
      await page.close();
      await forged.close();
    } finally {
      delete process.env.CONSOLE_SIGN_IN_URL;
    }
  });

  it('searches by name, explains a result, and opens the entry with every field', async () => {
    const page = await open('#/search');
    await page.getByRole('heading', { name: 'Search the lists' }).waitFor();
    await expectLabelled(page);
    await page.getByLabel('Name or text').fill('Arkady Volkov');
    await page.getByLabel('Name or text').press('Enter');
    await page.getByRole('status').filter({ hasText: /results? for "Arkady Volkov"/ }).waitFor();
    expect(page.url()).toContain('#/search?q=Arkady+Volkov');
    const first = page.locator('#results tbody tr').first();
    expect(await first.locator('td').nth(1).textContent()).toBe('VOLKOV, Arkady Petrovich');
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    await first.getByRole('columnheader', { name: 'Query word' }).waitFor();
    await shot(page, '02-search');
    await first.getByRole('link', { name: 'VOLKOV, Arkady Petrovich' }).click();
    await page.getByRole('heading', { level: 1, name: 'VOLKOV, Arkady Petrovich' }).waitFor();
    const fields = await page.locator('dl.fields-list dt').allTextContents();
    expect(fields).toEqual(expect.arrayContaining(['Source', 'Aliases', 'Title', 'Addresses', 'Dates of birth', 'Places of birth', 'IDs', 'Programs', 'Source list']));
    expect(await page.locator('dl.fields-list').textContent()).toContain('RUSSIA-EO14024');
    await shot(page, '03-entry');
    await page.goBack();
    await page.getByRole('status').filter({ hasText: 'Arkady Volkov' }).waitFor();
    expect((page as Page & { problems: string[] }).problems).toEqual([]);
    await page.close();
  });

  it('shows that a listing matched under its twin\'s name is the same party listed twice', async () => {
    const page = await open('#/search?q=Cherny+Mys+Shipyard');
    await page.getByRole('status').filter({ hasText: /results? for "Cherny Mys Shipyard"/ }).waitFor();
    const twin = page.locator('#results tbody tr').filter({ hasText: /Black Cape Shipyard State Unitary Enterprise/ });
    await twin.locator('summary').click();
    expect(await twin.textContent()).toContain('That name is SDN entry 90104\'s (BLACK CAPE SHIPYARD STATE UNITARY ENTERPRISE): the same party listed twice');
    await page.close();
  });

  it('finds entries by address, remarks or ID with the filters', async () => {
    const page = await open('#/search?q=Limassol&source=SDN');
    await page.getByRole('status').filter({ hasText: /results? for "Limassol"/ }).waitFor();
    expect(await page.getByLabel('Source').inputValue()).toBe('SDN');
    const names = await page.locator('#results tbody tr td:nth-child(2)').allTextContents();
    expect(names).toContain('KESTREL HOLDINGS LIMITED');
    await page.locator('#results tbody tr').first().locator('summary').click();
    expect(await page.locator('#results mark').first().textContent()).toMatch(/limassol/i);
    await page.close();
  });

  it('screens a party ad hoc and shows the decision with its reasons', async () => {
    const page = await open('#/screen');
    await page.getByRole('heading', { name: 'Screen a party' }).waitFor();
    await page.locator('#customer-type').selectOption('person');
    await page.locator('#customer-name').fill('Arkady Volkov');
    await page.locator('#customer-dateOfBirth').fill('1962-07-14');
    await page.getByRole('button', { name: 'Add a beneficial owner' }).click();
    await page.locator('#owner-0-name').fill('Harbour Light Software Ltd');
    await page.locator('#owner-0-type').selectOption('organization');
    await page.locator('#owner-0-ownershipPercent').fill('40');
    await expectLabelled(page);
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.locator('#decision').waitFor();
    expect(await page.locator('#decision .big').textContent()).toBe('deny');
    expect(await page.locator('#screening-result').textContent()).toContain('blocking-list-match');
    expect(await page.locator('#screening-result').textContent()).toContain('VOLKOV, Arkady Petrovich');
    expect(await page.locator('#screening-result h4').allTextContents()).toEqual(['Customer: Arkady Volkov', 'Owner 1: Harbour Light Software Ltd']);
    await shot(page, '04-screen');
    await page.close();
  });

  it('clears an alert with a reason, records it, and the alert leaves the open queue', async () => {
    const page = await open('#/alerts');
    await page.getByRole('status').filter({ hasText: /open alerts?/ }).waitFor();
    const row = page.locator(`tr[data-alert-id="${alert.alertId}"]`);
    await row.waitFor();
    await page.getByRole('button', { name: 'Score' }).click();
    await expect.poll(() => page.locator('tbody tr').first().getAttribute('data-alert-id')).toBe(alert.alertId);
    expect(page.url()).toContain('sort=score');
    await shot(page, '05-alerts');
    await row.getByRole('link', { name: /Open alert/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Arkady Volkov vs VOLKOV, Arkady Petrovich' }).waitFor();
    expect(await page.locator('table.compare').textContent()).toContain('Limassol, CY');
    // The short party box keeps its own height beside the long entry.
    const [party, entry] = await page.locator('.side-by-side > section').evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().height));
    expect(party).toBeLessThan(entry! / 2);
    await expectLabelled(page);
    await shot(page, '06-alert');
    await page.getByLabel(/^Clear/).check();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Give a reason to clear the alert').waitFor();
    await page.getByRole('textbox', { name: /^Reason/ }).fill('Different person: the customer was born in 1990 (passport checked).');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.locator('#main').getByText('Alert cleared. Recorded in its history.').waitFor();
    const lastStep = await page.locator('table').last().locator('tbody tr').last().locator('td').allTextContents();
    expect(lastStep.slice(1)).toEqual(['local-analyst', 'clear', 'cleared', 'Different person: the customer was born in 1990 (passport checked).']);
    await shot(page, '07-alert-cleared');
    await page.getByRole('link', { name: 'Back to the open alerts' }).click();
    await page.getByRole('status').filter({ hasText: /open alerts?/ }).waitFor();
    expect(await page.locator(`tr[data-alert-id="${alert.alertId}"]`).count()).toBe(0);
    await page.getByLabel('Status').selectOption('cleared');
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await page.locator(`tr[data-alert-id="${alert.alertId}"]`).waitFor();
    await page.close();
  });

  it('shows a customer with screenings and alerts, and the list status', async () => {
    const page = await open('#/customers/cust-browser');
    await page.getByRole('heading', { name: /Screening history/ }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Arkady Volkov');
    await shot(page, '08-customer');
    await page.getByRole('link', { name: 'List status' }).click();
    await page.getByRole('heading', { name: 'Entries per source' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('data/sample-csl.json');
    expect(await page.locator('main').textContent()).toContain('12 added, 3 removed, 5 changed');
    await shot(page, '09-status');
    await page.close();
  });

  it('fits a narrow screen: the page never scrolls sideways, a wide table scrolls in its own box', async () => {
    const page = await open('#/search?q=Arkady+Volkov', true, 390);
    await page.locator('#results tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.locator('#results .table-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    await shot(page, '10-search-narrow');
    await page.close();
  });

  it('is usable from the keyboard: a skip link first, then the navigation', async () => {
    const page = await open('#/search');
    await page.getByRole('heading', { name: 'Search the lists' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Screen a party' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });
});
