// Debian's Chromium driven by playwright-core, plus helpers shared by the tests.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of failed tests go here (target/ is ignored by git). */
export const ARTIFACTS_DIR =
  process.env.WORKVOICE_BROWSER_ARTIFACTS ?? path.resolve(here, '../../../target/browser-test-artifacts');

export const DEMO_USERS = {
  admin: { username: 'admin', password: 'demo-admin-pass' },
  supervisor: { username: 'supervisor', password: 'demo-supervisor-pass' },
  operator: { username: 'operator', password: 'demo-operator-pass' },
  /** Factory contact of Rahman Knitwear Ltd; lands on /org. */
  factory: { username: 'factory', password: 'demo-factory-pass', home: '/org' },
  /** Brand user; lands on /org. */
  brand: { username: 'brand', password: 'demo-brand-pass', home: '/org' },
  /** Programme manager (awareness programme, no case); lands on the priority list. */
  programme: { username: 'programme', password: 'demo-programme-pass', home: '/awareness/priorities' },
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies) and page with short default timeouts. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(20_000);
  return page;
}

export async function login(page, baseUrl, username, password, home = '/') {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/login'),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
  if (new URL(page.url()).pathname !== home) await page.waitForURL((url) => url.pathname === home).catch(() => {});
  assert.equal(new URL(page.url()).pathname, home, `after signing in as ${username} expected ${home}, got ${page.url()}`);
}

/** Sign out with the header's "Sign out" button; expect the login page. */
export async function logout(page) {
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/login'),
    page.getByRole('button', { name: 'Sign out', exact: true }).click(),
  ]);
}

/**
 * Do `action` (a click, a key press) that submits a form or follows a link and
 * wait until the next document has loaded (works for GET and POST forms, also
 * when the URL stays the same).
 */
export async function andWaitForLoad(page, action) {
  const loaded = page.waitForEvent('load', { timeout: 20_000 });
  await action();
  await loaded;
}

export function loginAs(page, baseUrl, who) {
  const u = DEMO_USERS[who];
  return login(page, baseUrl, u.username, u.password, u.home ?? '/');
}

/** A short random nonce of latin letters, to find this test's own data. */
export function nonce(prefix = 'zq') {
  return prefix + Math.random().toString(36).slice(2, 10).replace(/[0-9]/g, (d) => 'abcdefghij'[d]);
}

/**
 * Run fn(page); on failure save a screenshot and print the URL, the page text
 * and the server log tail, then rethrow.
 */
export async function withPage(browser, server, name, fn, contextOptions = {}) {
  const page = await newPage(browser, contextOptions);
  try {
    await fn(page);
  } catch (err) {
    await diagnose(page, server, name);
    throw err;
  } finally {
    await page.context().close();
  }
}

export async function diagnose(page, server, name) {
  try {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9_-]+/gi, '_')}-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    console.error(`--- screenshot: ${file}`);
  } catch (e) {
    console.error(`--- (no screenshot: ${e.message})`);
  }
  try {
    console.error(`--- page URL: ${page.url()}`);
    const text = await page.locator('body').innerText({ timeout: 5_000 });
    console.error(`--- page text (first 3000 chars):\n${text.slice(0, 3000)}`);
  } catch (e) {
    console.error(`--- (no page text: ${e.message})`);
  }
  if (server) console.error(`--- server log tail:\n${await server.logTail()}`);
}

/** Assert the focused element is the one `locator` finds. */
export async function assertFocused(page, locator, what) {
  const focused = await locator.evaluate((el) => el === document.activeElement);
  if (!focused) {
    const actual = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return 'nothing';
      const label = el.labels?.[0]?.textContent?.trim();
      return `<${el.tagName.toLowerCase()} name="${el.getAttribute('name') ?? ''}" id="${el.id}">` +
        (label ? ` labelled "${label}"` : '') + ` text "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    });
    assert.fail(`expected focus on ${what}, but the focused element is ${actual}`);
  }
}

/** The visible text of the selected option of a <select>. */
export function selectedLabel(select) {
  return select.evaluate((el) => el.selectedOptions[0]?.textContent.trim() ?? '');
}

/**
 * With the <select> focused, press ArrowDown/ArrowUp (keyboard only) until the
 * option labelled `label` is selected.
 */
export async function arrowToOption(page, select, label) {
  const labels = await select.evaluate((el) => [...el.options].map((o) => o.textContent.trim()));
  const target = labels.indexOf(label);
  assert.ok(target >= 0, `option "${label}" not found; options are ${JSON.stringify(labels)}`);
  for (let i = 0; i <= labels.length; i++) {
    const current = await select.evaluate((el) => el.selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  assert.equal(await selectedLabel(select), label, `could not reach option "${label}" with the arrow keys`);
}

/** Horizontal overflow: scrollWidth of the document vs the viewport width. */
export async function assertNoHorizontalScroll(page, width, what) {
  const { scrollWidth, wide } = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > vw + 1)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(/\s+/).join('.') : ''}> right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  assert.ok(scrollWidth <= width, `${what}: horizontal scrolling at ${width}px wide (scrollWidth ${scrollWidth}); too wide: ${wide.join(', ')}`);
}

/**
 * Every visible form control (input except hidden, select, textarea) has an
 * associated label (<label for>, wrapping <label>, aria-label or
 * aria-labelledby). Returns how many controls were checked.
 */
export async function assertAllControlsLabelled(page, what) {
  const { count, unlabelled } = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')];
    const unlabelled = controls
      .filter((el) => {
        if (el.labels && el.labels.length > 0 && [...el.labels].some((l) => l.textContent.trim())) return false;
        if ((el.getAttribute('aria-label') ?? '').trim()) return false;
        const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        if (ids.some((id) => document.getElementById(id)?.textContent.trim())) return false;
        return true;
      })
      .map((el) => el.outerHTML.slice(0, 120));
    return { count: controls.length, unlabelled };
  });
  assert.ok(count > 0, `${what}: no form controls found`);
  assert.deepEqual(unlabelled, [], `${what}: form controls without a label`);
  return count;
}
