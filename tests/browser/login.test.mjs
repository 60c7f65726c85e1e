// Signing in, and switching the interface language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, withPage, andWaitForLoad, DEMO_USERS } from './lib/browser.mjs';

const env = serverAndBrowser();

test('signing in leads to the dashboard with the navigation', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'login-ok', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    assert.equal(await page.locator('h1').first().innerText(), 'My open work');
    for (const [name, href] of [['New case', '/cases/new'], ['Cases', '/cases'], ['Search', '/search']]) {
      const link = page.getByRole('link', { name, exact: true });
      assert.equal(await link.count(), 1, `one navigation link "${name}"`);
      assert.equal(new URL(await link.getAttribute('href'), baseUrl).pathname, href, `"${name}" links to ${href}`);
    }
    assert.equal(await page.getByRole('button', { name: 'Sign out', exact: true }).count(), 1, 'a "Sign out" button');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    // Signing out ends the session: the dashboard asks for a login again.
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Sign out', exact: true }).click());
    await page.goto(`${baseUrl}/`);
    assert.equal(new URL(page.url()).pathname, '/login', `after signing out / should redirect to /login, got ${page.url()}`);
  });
});

test('a wrong password keeps the user on the login page with a message', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'login-wrong-password', async (page) => {
    const { baseUrl } = env.server;
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Username', { exact: true }).fill(DEMO_USERS.operator.username);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Sign in', exact: true }).click());

    assert.equal(new URL(page.url()).pathname, '/login', `should stay on /login, got ${page.url()}`);
    await page.getByText('Wrong username or password').first().waitFor({ state: 'visible' });
    assert.equal(await page.getByLabel('Username', { exact: true }).inputValue(), DEMO_USERS.operator.username,
      'the username field keeps its value');
    assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '', 'the password is not echoed back');

    // And no session was created.
    await page.goto(`${baseUrl}/`);
    assert.equal(new URL(page.url()).pathname, '/login', 'the dashboard still needs a login');
  });
});

test('switching the language to Bengali translates the page', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'language-bengali', async (page) => {
    const { baseUrl } = env.server;
    // The demo's admin works in English (the demo supervisor works in Bengali).
    await loginAs(page, baseUrl, 'admin');
    assert.equal(await page.getByRole('link', { name: 'New case', exact: true }).count(), 1, 'English navigation before the switch');

    const select = page.getByLabel('Language', { exact: true });
    const options = await select.evaluate((el) => [...el.options].map((o) => o.textContent.trim()));
    for (const o of ['English', 'বাংলা', 'Tiếng Việt']) {
      assert.ok(options.includes(o), `the language switcher offers "${o}" (has ${JSON.stringify(options)})`);
    }
    await select.selectOption({ label: 'বাংলা' });
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Change', exact: true }).click());

    assert.equal(await page.locator('html').getAttribute('lang'), 'bn', 'html lang should be "bn"');
    assert.equal(await page.getByRole('link', { name: 'New case', exact: true }).count(), 0,
      'the navigation should no longer say "New case"');
    const newCaseLink = page.locator('a[href$="/cases/new"]').first();
    const text = (await newCaseLink.innerText()).trim();
    assert.match(text, /[\u0980-\u09FF]/, `the "new case" link should be in Bengali, got "${text}"`);

    // The choice sticks on the next page.
    await page.goto(`${baseUrl}/cases`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'bn', 'the language choice persists across pages');
  });
});
