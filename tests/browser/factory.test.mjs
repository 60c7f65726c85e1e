// A factory contact answers a case without seeing the worker's identity; the
// helpline sees the answer and tells the worker (issue 3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, logout, withPage, nonce, andWaitForLoad, selectedLabel } from './lib/browser.mjs';
import { createCase, reportTo } from './lib/cases.mjs';

const RAHMAN = 'Rahman Knitwear Ltd';
/** A valid 1×1 PNG. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const env = serverAndBrowser();
let tmpDir;

before(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), 'workvoice-factory-test-'));
});

after(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

/** The text of the <section> whose <h2> reads `heading` exactly. */
function sectionText(page, heading) {
  return page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) })
    .last()
    .innerText();
}

test('a factory contact answers with a photo without seeing the worker; the operator sees it and marks the worker informed', { timeout: 120_000 }, async () => {
  await withPage(env.browser, env.server, 'factory-response', async (page) => {
    const { baseUrl } = env.server;
    const id = nonce();
    const callerName = `Canary Rahima ${id}`;
    const narrativeWord = nonce('zn');
    const shareableWord = nonce('zs');
    const phone = '01712345678';
    const summary = `Night shift wages withheld ${id}`;
    const shareable = `Night shift wages withheld on line three ${shareableWord}`;
    const whatDone = `Wages for line three paid in full ${nonce('zw')}`;
    const byWhom = 'Payroll manager';
    const byWhen = '2030-01-31';
    const fileName = `proof-${id}.png`;
    const filePath = path.join(tmpDir, fileName);
    await writeFile(filePath, PNG_1X1);

    // (1) The operator records the case.
    await loginAs(page, baseUrl, 'operator');
    const { url: caseUrl } = await createCase(page, baseUrl, {
      workplace: RAHMAN,
      category: 'Unpaid wages',
      urgency: 'Normal',
      callLanguage: 'English',
      phone,
      callerName,
      mayCallBack: true,
      maySms: false,
      summary,
      narrative: `The supervisor said not to tell anyone ${narrativeWord}`,
      shareable,
    });
    const caseId = new URL(caseUrl).pathname.split('/').pop();
    assert.match(caseId, /^\d+$/, `case URL ${caseUrl} should end in a numeric id`);
    // Nothing reaches the factory until the helpline reports it (see reporting.test.mjs).
    await reportTo(page, caseUrl, RAHMAN);
    await logout(page);

    // (2) The factory contact finds the case in /org and sees it without identity.
    await loginAs(page, baseUrl, 'factory');
    // The list shows no summary, only the case number: find the case by it.
    const link = page.locator('main').getByRole('link', { name: `#${caseId}`, exact: true });
    assert.equal(await link.count(), 1, `/org should list case #${caseId} of ${RAHMAN} once`);
    assert.equal(await link.getAttribute('href'), `/org/cases/${caseId}`);
    await andWaitForLoad(page, () => link.click());
    assert.equal(new URL(page.url()).pathname, `/org/cases/${caseId}`);
    assert.equal((await page.getByTestId('shareable-summary').innerText()).trim(), shareable,
      'the factory contact sees the shareable summary');
    assert.ok(shareable.includes(shareableWord));
    const html = await page.content();
    for (const secret of [callerName, 'Canary Rahima', narrativeWord, summary, phone, '1712345678', '+880']) {
      assert.ok(!html.includes(secret), `the factory's case page must not contain "${secret}"`);
    }
    assert.doesNotMatch(html, /1712[\s-]*345[\s-]*678/, 'no formatted form of the caller phone on the factory page');
    assert.equal(await page.getByTestId('disclosed-identity').count(), 0, 'no identity section without consent');

    // (3) The factory contact responds and uploads a photo.
    await page.getByLabel('What was done', { exact: true }).fill(whatDone);
    await page.getByLabel('By when', { exact: true }).fill(byWhen);
    await page.getByLabel('By whom', { exact: true }).fill(byWhom);
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Save response', exact: true }).click());
    assert.equal(new URL(page.url()).pathname, `/org/cases/${caseId}`, 'back on the case after responding');
    const responses = await sectionText(page, 'Responses');
    for (const s of [whatDone, `By whom: ${byWhom}`, `By when: ${byWhen}`, 'Rahman Knitwear Ltd']) {
      assert.ok(responses.includes(s), `the factory's Responses should show "${s}"; got: ${responses}`);
    }

    await page.getByLabel('Photo or document (JPEG, PNG or PDF, up to 5 MB)', { exact: true }).setInputFiles(filePath);
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Upload', exact: true }).click());
    assert.equal(new URL(page.url()).pathname, `/org/cases/${caseId}`, 'back on the case after uploading');
    const evidence = page.getByTestId('attachment-link').filter({ hasText: fileName });
    assert.equal(await evidence.count(), 1, `the factory's Evidence should list ${fileName}; got: ${await sectionText(page, 'Evidence')}`);
    // A second look after upload: still no identity.
    const html2 = await page.content();
    for (const secret of [callerName, narrativeWord, '1712345678']) {
      assert.ok(!html2.includes(secret), `after responding, the factory's page must still not contain "${secret}"`);
    }
    await logout(page);

    // (4) The operator sees the response and the photo, and marks the worker informed.
    await loginAs(page, baseUrl, 'operator');
    await page.goto(caseUrl);
    const timeline = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Timeline', exact: true }) });
    const events = () => timeline.locator('ol.timeline > li').allInnerTexts();
    const before = await events();
    assert.ok(before.some((e) => e.includes("recorded the factory's response")),
      `the timeline should show the factory's response; got ${JSON.stringify(before)}`);
    assert.ok(before.some((e) => e.includes('attached evidence')),
      `the timeline should show the evidence; got ${JSON.stringify(before)}`);
    const orgPanel = await page.getByTestId('org-panel').innerText();
    assert.ok(orgPanel.includes(whatDone), `"Responses from the workplace" should show the response; got: ${orgPanel}`);
    assert.ok(orgPanel.includes(fileName), `"Evidence from the workplace" should list ${fileName}; got: ${orgPanel}`);
    const orgPanelLink = page.getByTestId('org-panel').getByRole('link', { name: fileName, exact: true });
    assert.match(await orgPanelLink.getAttribute('href'), /^\/org\/attachments\/\d+$/);

    const panel = page.locator('#worker');
    assert.equal(await panel.getByRole('heading', { name: 'Worker kept informed' }).count(), 1);
    const responseStage = () => panel.getByTestId('worker-stages').locator('dt', { hasText: 'Factory response' }).locator('xpath=following-sibling::dd[1]').innerText();
    assert.match(await responseStage(), /Not informed yet/, 'before: the worker is not informed of the response');
    const stage = panel.getByLabel('Worker informed of', { exact: true });
    await stage.selectOption({ label: 'Factory response' });
    await panel.getByLabel('How', { exact: true }).selectOption({ label: 'Callback' });
    assert.equal(await selectedLabel(stage), 'Factory response');
    await andWaitForLoad(page, () => panel.getByRole('button', { name: 'Mark worker informed', exact: true }).click());
    assert.equal(new URL(page.url()).pathname, new URL(caseUrl).pathname, 'back on the case page');
    assert.equal(await page.locator('#worker').getByRole('alert').count(), 0, 'no error in the worker panel');
    assert.match(await responseStage(), /Informed by callback on/, 'after: the worker is informed of the response by callback');
    const after = await events();
    assert.ok(after.some((e) => e.includes('informed the worker')),
      `the timeline should show that the worker was informed; got ${JSON.stringify(after)}`);
  });
});
