// Helpers for the intake form, the case page and search.
import assert from 'node:assert/strict';
import { andWaitForLoad } from './browser.mjs';

export const CASE_CODE_RE = /^\d{3}-\d{3}-\d{4}$/;

/** Locators of the intake form's fields, in their tab order. */
export function intakeFields(page) {
  const f = (label) => page.getByLabel(label, { exact: true });
  return {
    workplace: f('Workplace'),
    category: f('Category'),
    urgency: f('Urgency'),
    callLanguage: f('Language of the call'),
    phone: f('Caller phone'),
    callerName: f('Caller name'),
    mayCallBack: f('May call back'),
    maySms: f('May send SMS'),
    smsCaseCode: f('Send the case code by SMS now (ask first: is the phone only theirs?)'),
    safeFrom: f('Safe time from'),
    safeTo: f('Safe time to'),
    summary: f('Summary'),
    narrative: f('Narrative (internal)'),
    shareable: f('Shareable summary'),
    save: page.getByRole('button', { name: 'Save case', exact: true }),
  };
}

/**
 * Fill and submit the intake form with fill()/selectOption() (not keyboard-only).
 * `c` has workplace, category, urgency, callLanguage (option labels), phone,
 * callerName, mayCallBack, maySms, smsCaseCode, safeFrom, safeTo, summary, narrative, shareable.
 * Does not wait for the result page.
 */
export async function fillIntake(page, baseUrl, c) {
  await page.goto(`${baseUrl}/cases/new`);
  const f = intakeFields(page);
  await f.workplace.fill(c.workplace);
  await f.category.selectOption({ label: c.category });
  await f.urgency.selectOption({ label: c.urgency });
  await f.callLanguage.selectOption({ label: c.callLanguage });
  await f.phone.fill(c.phone);
  await f.callerName.fill(c.callerName ?? '');
  await f.mayCallBack.setChecked(!!c.mayCallBack);
  await f.maySms.setChecked(!!c.maySms);
  await f.smsCaseCode.setChecked(!!c.smsCaseCode);
  await f.safeFrom.fill(c.safeFrom ?? '');
  await f.safeTo.fill(c.safeTo ?? '');
  await f.summary.fill(c.summary);
  await f.narrative.fill(c.narrative ?? '');
  await f.shareable.fill(c.shareable ?? '');
  return f;
}

/** After "Save case": expect the case page, read the one-time case code. */
export async function expectCaseCreated(page) {
  await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname) && url.pathname !== '/cases/new', {
    timeout: 20_000,
  });
  await page.getByRole('heading', { name: 'Case code to read to the caller' }).waitFor();
  const codes = page.getByTestId('case-code');
  assert.equal(await codes.count(), 1, 'expected exactly one [data-testid=case-code]');
  const code = (await codes.innerText()).trim();
  assert.match(code, CASE_CODE_RE, `case code "${code}" should look like 123-456-7890`);
  return { url: page.url(), code };
}

/** Create a case through the form and return { url, code }. */
export async function createCase(page, baseUrl, c) {
  const f = await fillIntake(page, baseUrl, c);
  await f.save.click();
  return expectCaseCreated(page);
}

/** Search via the /search form; return the texts of the result links. */
export async function search(page, baseUrl, query) {
  await page.goto(`${baseUrl}/search`);
  const box = page.getByLabel('Search', { exact: true });
  assert.equal(await box.getAttribute('type'), 'search', 'the "Search" field should be type=search');
  await box.fill(query);
  await andWaitForLoad(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
  return page.getByTestId('search-result').allInnerTexts();
}

/** Assert that one of the result texts contains `needle` (NFC-normalised). */
export function assertFound(results, needle, query) {
  const n = needle.normalize('NFC');
  assert.ok(
    results.some((r) => r.normalize('NFC').includes(n)),
    `searching "${query}" should find a result containing "${needle}"; got ${results.length} results: ${JSON.stringify(results.slice(0, 20))}`,
  );
}

/**
 * On the operator's case page, report the case to an organisation with the reporting
 * panel's button ("Report to <org>") and return to the page.
 */
export async function reportTo(page, caseUrl, org) {
  await page.goto(caseUrl);
  const button = page.getByTestId('reporting-panel').getByRole('button', { name: `Report to ${org}`, exact: true });
  assert.equal(await button.count(), 1, `the reporting panel should offer "Report to ${org}"`);
  await andWaitForLoad(page, () => button.click());
  assert.equal(new URL(page.url()).pathname, new URL(caseUrl).pathname, 'back on the case page after reporting');
}
