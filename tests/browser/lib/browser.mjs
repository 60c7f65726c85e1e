// Debian's Chromium driven by playwright-core, plus helpers shared by the tests.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Screenshots of failed tests go here (target/ is ignored by git). */
export const ARTIFACTS_DIR =
  process.env.WORKVOICE_BROWSER_ARTIFACTS ?? path.resolve(here, '../../../target/browser-test-artifacts');

/** The demo's logins; `totpKey` is each account's second-factor key (demo/data/logins.toml). */
export const DEMO_USERS = {
  admin: { username: 'admin', password: 'demo-admin-pass', totpKey: 'DOO3HQNGQ3YD6RN4IFFLWEVIONGXPL67' },
  supervisor: { username: 'supervisor', password: 'demo-supervisor-pass', totpKey: 'MVSMP2A6IM455ZSQLPHEEXGNUGQYIJRJ' },
  operator: { username: 'operator', password: 'demo-operator-pass', totpKey: 'RWVKSRRKAKTBCH4YKYDRKRRU3L5GCZ4V' },
  /** Factory contact of Rahman Knitwear Ltd; lands on /org. */
  factory: { username: 'factory', password: 'demo-factory-pass', home: '/org', totpKey: 'I4PAOKN5NEO27BUWC5WHV6NPFOEGE5CP' },
  /** Brand user; lands on /org. */
  brand: { username: 'brand', password: 'demo-brand-pass', home: '/org', totpKey: 'PR2W62UY2MMEC6LEHRZ53HPQPUIZCJD5' },
  /** Programme manager (awareness programme, no case); lands on the priority list. */
  programme: { username: 'programme', password: 'demo-programme-pass', home: '/awareness/priorities', totpKey: 'LTMCVXFKW233HY46XK5SYYQE4LWQB4DY' },
  /** OSH provider staff in Vietnam (Vietnamese UI, crates/app/src/demo/data/osh.toml); lands on /osh. */
  providerVi: { username: 'provider.vi', password: 'demo-provider-pass', home: '/osh', language: 'vi', totpKey: '4DBEL4VUCGEQN4SC7VSBQSJ7VEEVWRYQ' },
};

/** RFC 4648 base 32 to bytes. */
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The TOTP code (RFC 6238: HMAC-SHA-1, 6 digits, 30 s) of `step` for a base-32 key. */
export function totpCode(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(key)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** The last step used per server and user: the server accepts each step once. */
const lastStep = new Map();

/** A code the server accepts now (the earliest unused step within one step of drift), waiting for the clock if all are used. */
async function nextCode(baseUrl, username, key) {
  const id = `${baseUrl} ${username}`;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max((lastStep.get(id) ?? -Infinity) + 1, now - 1);
    if (step <= now + 1) {
      lastStep.set(id, step);
      return totpCode(key, step);
    }
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 50));
  }
}

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
  // The second step: the code the account's authenticator app would show.
  if (new URL(page.url()).pathname === '/login/second-factor') {
    const user = Object.values(DEMO_USERS).find((u) => u.username === username);
    assert.ok(user?.totpKey, `no second-factor key known for ${username}`);
    // By id and class: the page is in the account's language (the demo supervisor's is Bengali).
    await page.locator('input#code').fill(await nextCode(baseUrl, username, user.totpKey));
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/login/second-factor'),
      page.locator('main button.primary[type=submit]').click(),
    ]);
  }
  if (new URL(page.url()).pathname !== home) await page.waitForURL((url) => url.pathname === home).catch(() => {});
  assert.equal(new URL(page.url()).pathname, home, `after signing in as ${username} expected ${home}, got ${page.url()}`);
}

/** Switch the signed-in user's language with the header's language form (any language). */
export async function switchLanguage(page, code) {
  await page.locator('#language-switch').selectOption(code);
  await andWaitForLoad(page, () => page.locator('form.lang button[type=submit]').click());
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
