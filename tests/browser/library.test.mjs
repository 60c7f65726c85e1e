// The public good-practice library on a 360 px phone with no sign-in, in Vietnamese
// (issue 13): the reader filters by technical area, opens a practice and sees its
// before and after photos (served by the public photo route), and prints its leaflet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import { withPage, andWaitForLoad } from './lib/browser.mjs';

const env = serverAndBrowser();

test('the public library at 360 px in Vietnamese: filter by area, open a practice with its photos', { timeout: 180_000 }, async () => {
  await withPage(env.browser, env.server, 'library-public', async (page) => {
    const { baseUrl } = env.server;
    await page.goto(`${baseUrl}/library`);
    // Nobody signed in; the browser asks for Vietnamese.
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.equal(await page.locator('form[action="/logout"]').count(), 0, 'no session');
    assert.match(await page.locator('h1').innerText(), /Thư viện thực hành tốt/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the library is ${overflow}px wider than the screen`);
    const cards = page.getByTestId('library_card');
    assert.ok((await cards.count()) >= 2, 'the demo publishes a few practices');

    // The area of the first practice, chosen in the filter by its Vietnamese label.
    const meta = await cards.first().locator('.meta').innerText();
    const area = page.getByLabel('Lĩnh vực kỹ thuật', { exact: true });
    const labels = await area.locator('option').allInnerTexts();
    const label = labels.find((l) => l && meta.startsWith(l));
    assert.ok(label, `an area label begins "${meta}"`);
    await area.selectOption({ label });
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Xem', exact: true }).click());
    assert.match(page.url(), /area=[a-z_]+/);
    const filtered = await page.getByTestId('library_card').locator('.meta').allInnerTexts();
    assert.ok(filtered.length >= 1);
    for (const m of filtered) assert.ok(m.startsWith(label), `"${m}" is of ${label}`);

    // Open it: the problem, the solution and the photo pair.
    await andWaitForLoad(page, () => page.getByTestId('library_card').first().locator('h2 a').click());
    assert.match(page.url(), /\/library\/\d+$/);
    assert.match(await page.getByTestId('library_practice').innerText(), /Vấn đề[\s\S]*Cách đã làm/);
    for (const phase of ['library_before', 'library_after']) {
      const img = page.getByTestId(phase).locator('img').first();
      await img.scrollIntoViewIfNeeded();
      assert.match(await img.getAttribute('src'), /^\/library\/photos\/\d+$/);
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
      const box = await img.boundingBox();
      assert.ok(box && box.width <= 360, `the ${phase} photo fits the phone`);
    }
    const after = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(after <= 1, `the practice page is ${after}px wider than the screen`);

    // Its leaflet prints (the browser's print makes the PDF), A4 and A5, without the page's
    // navigation.
    await andWaitForLoad(page, () => page.getByTestId('library_leaflet_link').click());
    assert.match(await page.getByTestId('library_leaflet').innerText(), /Thư viện thực hành tốt/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.leaflet .no-print').isVisible(), false, 'no links in print');
    const a4 = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(a4.subarray(0, 5).toString('latin1'), '%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${page.url()}?size=a5`);
    await page.emulateMedia({ media: 'print' });
    const a5 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.equal(a5.subarray(0, 5).toString('latin1'), '%PDF-');
  }, { viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
});
