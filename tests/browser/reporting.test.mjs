// Reporting is an act (issue 7): a case recorded by the operator reaches nobody; once the
// operator reports it to the factory, the factory sees it with the date it was told and no
// time of the call; the brand still sees nothing until the case is reported to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, logout, withPage, nonce, andWaitForLoad } from './lib/browser.mjs';
import { createCase, reportTo } from './lib/cases.mjs';

const RAHMAN = 'Rahman Knitwear Ltd';
const env = serverAndBrowser();

/** Whether the organisation user's case list links to the case, and the case page's status. */
async function orgSees(page, baseUrl, caseId) {
  await page.goto(`${baseUrl}/org`);
  const listed = await page.locator('main').getByRole('link', { name: `#${caseId}`, exact: true }).count();
  const response = await page.goto(`${baseUrl}/org/cases/${caseId}`);
  const status = response.status();
  await page.goto(`${baseUrl}/org`);
  return { listed: listed > 0, status };
}

test('an unreported case reaches nobody; reported, the factory sees it with the date only; the brand waits for its own report', { timeout: 120_000 }, async () => {
  await withPage(env.browser, env.server, 'reporting', async (page) => {
    const { baseUrl } = env.server;
    const shareable = `Fire exit on floor 2 chained at night ${nonce('zr')}`;
    await loginAs(page, baseUrl, 'operator');
    const { url: caseUrl } = await createCase(page, baseUrl, {
      workplace: RAHMAN,
      category: 'Blocked or locked exits',
      urgency: 'Urgent',
      callLanguage: 'English',
      phone: '01712345679',
      summary: `Locked exit ${nonce()}`,
      shareable,
    });
    const caseId = new URL(caseUrl).pathname.split('/').pop();
    // The page leads with the next protocol action, and offers the report.
    await page.goto(caseUrl);
    const next = await page.getByTestId('next-action').innerText();
    assert.match(next, /due in|overdue by/, `the next action should have its deadline; got "${next}"`);
    await logout(page);

    for (const who of ['factory', 'brand']) {
      await loginAs(page, baseUrl, who);
      assert.deepEqual(await orgSees(page, baseUrl, caseId), { listed: false, status: 404 },
        `${who}: an unreported case must be invisible (a 404 like a missing case)`);
      await logout(page);
    }

    await loginAs(page, baseUrl, 'operator');
    await reportTo(page, caseUrl, RAHMAN);
    const told = await page.getByTestId('reporting-panel').innerText();
    assert.match(told, /told on \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(version 1\)/, `the panel says when the factory was told; got: ${told}`);
    assert.ok(told.includes(shareable), 'the panel lists the version shared');
    await logout(page);

    await loginAs(page, baseUrl, 'factory');
    assert.deepEqual(await orgSees(page, baseUrl, caseId), { listed: true, status: 200 });
    await andWaitForLoad(page, () => page.goto(`${baseUrl}/org/cases/${caseId}`));
    assert.equal((await page.getByTestId('shareable-summary').innerText()).trim(), shareable);
    const facts = await page.locator('dl.facts').innerText();
    assert.match(facts, /Reported to you\s+\d{4}-\d{2}-\d{2}\s/, `the factory sees the date it was told; got: ${facts}`);
    assert.doesNotMatch(facts, /\d{1,2}:\d{2}/, `no time of day on the factory's facts; got: ${facts}`);
    for (const hidden of ['Channel', 'Phone call', 'Tanvir Ahmed']) {
      assert.ok(!(await page.content()).includes(hidden), `the factory's page must not show "${hidden}"`);
    }
    await logout(page);

    await loginAs(page, baseUrl, 'brand');
    assert.deepEqual(await orgSees(page, baseUrl, caseId), { listed: false, status: 404 },
      'the brand must not see a case reported to the factory only');
    await logout(page);
  });
});

test('the case page puts the state beside the timeline on a desktop and folds its sections on a phone', { timeout: 120_000 }, async () => {
  await withPage(env.browser, env.server, 'case-layout', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    const caseUrl = `${baseUrl}/cases/120`;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(caseUrl);
    const timeline = page.getByRole('heading', { level: 2, name: 'Timeline', exact: true });
    const reporting = page.getByRole('heading', { level: 2, name: 'Reporting', exact: true });
    const [t, r] = [await timeline.boundingBox(), await reporting.boundingBox()];
    assert.ok(t.x > r.x + 300, `on a desktop the timeline sits beside the state (timeline x ${t.x}, reporting x ${r.x})`);
    assert.ok(t.y < 400, `the timeline starts at the top of the page, not below the forms (y ${t.y})`);

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(caseUrl);
    const steps = page.locator('#steps');
    const toggle = steps.getByRole('button', { name: /Protocol steps/ });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'on a phone the steps start folded');
    assert.equal(await steps.locator('table').isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await steps.locator('table').isVisible(), true, 'tapping the heading shows the steps');
    assert.equal(await page.getByTestId('reporting-panel').getByText('Shareable summary').first().isVisible(), true,
      'reporting stays open on a phone');
  });
});
