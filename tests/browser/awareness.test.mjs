// A programme manager imports a workplace from CSV, records a training and an awareness
// check there, and sees the workplace move down the training priority list (issue 9).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, withPage, nonce, andWaitForLoad } from './lib/browser.mjs';

const env = serverAndBrowser();
let tmpDir;

before(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), 'workvoice-awareness-test-'));
});

after(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

/** Today in Dhaka as YYYY-MM-DD (the demo's programme time zone). */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka' }).format(new Date());
}

/** The 1-based rank of `name` on the priority list (following its pages). */
async function rankOf(page, baseUrl, name) {
  await page.goto(`${baseUrl}/awareness/priorities`);
  for (;;) {
    const row = page.locator(`[data-testid="priority-row"][data-workplace="${name}"]`);
    if (await row.count()) return Number(await row.locator('td').first().innerText());
    const next = page.getByRole('link', { name: 'Next', exact: true });
    if (!(await next.count())) return null;
    await andWaitForLoad(page, () => next.click());
  }
}

test('a programme manager imports a CSV, records a training and a check, and the workplace moves on the priority list', { timeout: 180_000 }, async () => {
  await withPage(env.browser, env.server, 'awareness-priorities', async (page) => {
    const { baseUrl } = env.server;
    const name = `Padma Knit Garments ${nonce()}`;
    const number = `B-${Math.floor(Math.random() * 1e9)}`;
    const csv = `\ufeffname,country,district,bgmea,workers_total,workers_women,status,invited_on,onboarded_on,trained_on,active_on\r\n`
      + `${name},BD,Gazipur,${number},6000,3600,active,2026-01-05,2026-01-20,2026-02-01,2026-02-10\r\n`;
    const file = path.join(tmpDir, 'workplaces.csv');
    await writeFile(file, csv);

    // (1) Signed in, the programme manager lands on the priority list; no case pages.
    await loginAs(page, baseUrl, 'programme');
    assert.equal(await page.getByRole('link', { name: 'Cases', exact: true }).count(), 0);

    // (2) Import the workplace: preview, then confirm.
    await page.goto(`${baseUrl}/workplaces/import`);
    await page.getByLabel('CSV file', { exact: true }).setInputFiles(file);
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Show what would change' }).click());
    assert.match(await page.getByTestId('import-counts').innerText(), /1 new workplace/);
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Import the good rows' }).click());
    assert.match(await page.locator('main').innerText(), /Imported/);

    // (3) Untrained, unchecked and silent, 6,000 workers: at the top of the list.
    const before = await rankOf(page, baseUrl, name);
    assert.ok(before !== null && before <= 3, `new workplace ranked ${before}`);
    const row = page.locator(`[data-testid="priority-row"][data-workplace="${name}"]`);
    assert.match(await row.innerText(), /Never trained/);

    // (4) Its awareness record: a training session, then an awareness check.
    await andWaitForLoad(page, () => row.getByRole('link', { name }).click());
    await page.getByText('Record a training session', { exact: true }).click();
    await page.getByLabel('Date held', { exact: true }).fill(today());
    await page.getByLabel('Trainer', { exact: true }).fill('নাসরিন আক্তার');
    await page.getByLabel('Women', { exact: true }).fill('3400');
    await page.getByLabel('Men', { exact: true }).fill('2200');
    await page.getByLabel('Small-group size', { exact: true }).fill('25');
    await page.getByLabel('The helpline number', { exact: true }).check();
    await page.getByLabel('What happens after calling', { exact: true }).check();
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Save the training session' }).click());
    assert.match(await page.getByTestId('training-row').first().innerText(), /নাসরিন আক্তার/);

    await page.getByText('Record an awareness check', { exact: true }).click();
    await page.getByLabel('Date checked', { exact: true }).fill(today());
    await page.getByLabel('Workers asked', { exact: true }).fill('25');
    await page.getByLabel('Knows the number', { exact: true }).fill('23');
    await page.getByLabel('Carries the card', { exact: true }).fill('21');
    await page.getByLabel('Knows what happens after calling', { exact: true }).fill('19');
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Save the awareness check' }).click());
    assert.match(await page.getByTestId('check-row').first().innerText(), /23 · 92%/);
    assert.doesNotMatch(await page.getByTestId('awareness-score').innerText(), /: 0$/);

    // (5) Back on the list, it has moved down: others need training more now.
    const after = await rankOf(page, baseUrl, name);
    assert.ok(after > before, `expected the workplace below rank ${before}, it is at ${after}`);
    const moved = page.locator(`[data-testid="priority-row"][data-workplace="${name}"]`);
    assert.doesNotMatch(await moved.innerText(), /Never trained|No awareness check yet/);
  });
});
