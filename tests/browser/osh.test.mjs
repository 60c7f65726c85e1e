// OSH provider staff on a 360 px phone, in Vietnamese (issue 10): record a follow-up visit
// with both views and the action checklist (its half-filled form kept as a server-side
// draft), an improvement with risk before, before/after
// photos (small JPEGs drawn by the browser itself) and the verified status with the risk
// after, and see the programme's results count it.
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
  tmpDir = await mkdtemp(path.join(os.tmpdir(), 'workvoice-osh-test-'));
});

after(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

/** A small JPEG drawn on a canvas in the page: `after` is tidier and brighter. */
async function jpeg(page, file, after) {
  const dataUrl = await page.evaluate((tidy) => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 240;
    const g = c.getContext('2d');
    g.fillStyle = tidy ? '#d8d4c8' : '#8a867c';
    g.fillRect(0, 0, 320, 240);
    for (let i = 0; i < 12; i++) {
      g.fillStyle = ['#46e', '#b53', '#5a5', '#cb4'][i % 4];
      if (tidy) g.fillRect(20 + (i % 6) * 48, 40 + Math.floor(i / 6) * 60, 40, 40);
      else g.fillRect((i * 97) % 280, 80 + ((i * 53) % 140), 36, 28);
    }
    return c.toDataURL('image/jpeg', 0.8);
  }, after);
  await writeFile(file, Buffer.from(dataUrl.split(',')[1], 'base64'));
}

/** The value beside `label` in the results' headline figures, as a number. */
async function headline(page, label) {
  const text = await page.getByTestId('osh_headline').evaluate((dl, wanted) => {
    const dt = [...dl.querySelectorAll('dt')].find((d) => d.textContent.trim() === wanted);
    return dt ? dt.nextElementSibling.textContent : '';
  }, label);
  assert.ok(text, `no headline figure ${label}`);
  return Number(text.replace(/[^0-9]/g, ''));
}

test('provider staff record a visit with a checklist and a verified improvement with photos, and the results change', { timeout: 240_000 }, async () => {
  await withPage(env.browser, env.server, 'osh-provider', async (page) => {
    const { baseUrl } = env.server;
    const tag = nonce();
    await loginAs(page, baseUrl, 'providerVi');
    assert.match(await page.locator('h1').innerText(), /Chuyến thăm an toàn, vệ sinh lao động/);
    // Nothing is wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the OSH home is ${overflow}px wider than the screen`);

    await page.goto(`${baseUrl}/osh/aggregates`);
    const verifiedBefore = await headline(page, 'Đã xác minh');

    // (1) A follow-up visit with both views, recorded apart.
    await page.goto(`${baseUrl}/osh/visits/new`);
    await page.getByLabel('Loại chuyến thăm', { exact: true }).selectOption({ label: 'Thăm theo dõi' });
    // A dropped connection loses nothing: the form autosaves a draft on the server, and
    // reopening the form fills it in again.
    const autosaved = page.waitForResponse((r) => r.url().includes('/osh/drafts/visit') && r.request().method() === 'POST');
    await page.getByLabel('Người đi thăm', { exact: true }).fill(`Trần Thị Lan ${tag}`);
    assert.equal((await autosaved).status(), 204);
    await page.goto(`${baseUrl}/osh/visits/new`);
    assert.equal(await page.getByLabel('Người đi thăm', { exact: true }).inputValue(), `Trần Thị Lan ${tag}`);
    assert.match(await page.getByTestId('osh_draft_restored').innerText(), /Bản nháp của bạn/);
    await page.getByLabel('Loại chuyến thăm', { exact: true }).selectOption({ label: 'Thăm theo dõi' });
    await page.getByLabel('Phía người sử dụng lao động', { exact: true }).fill('1');
    await page.getByLabel('Người lao động', { exact: true }).fill('14');
    await page.getByLabel('Trong đó, nữ', { exact: true }).fill('10');
    const employer = page.getByRole('group', { name: 'Ý kiến của người sử dụng lao động' });
    await employer.getByLabel('Mức hiệu quả của hỗ trợ (1 đến 5)').selectOption('5');
    const workers = page.getByRole('group', { name: 'Ý kiến của người lao động' });
    await workers.getByLabel('Mức hiệu quả của hỗ trợ (1 đến 5)').selectOption('4');
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Lưu chuyến thăm', exact: true }).click());
    assert.match(page.url(), /\/osh\/visits\/\d+$/);
    assert.match(await page.locator('main').innerText(), new RegExp(tag));
    await page.goto(`${baseUrl}/osh/visits/new`);
    assert.equal(await page.getByTestId('osh_draft_restored').count(), 0, 'the draft is gone once the visit is recorded');
    await page.goBack();

    // (2) The action checklist: the first item needs action, the second is already good.
    const items = page.getByTestId('osh_item');
    await items.nth(0).getByLabel('Bạn có đề xuất hành động không?').selectOption({ label: 'Có' });
    await items.nth(0).getByLabel('Ưu tiên', { exact: true }).check();
    await items.nth(0).getByLabel('Ghi chú', { exact: true }).fill(`gần bàn cắt ${tag}`);
    await items.nth(1).getByLabel('Bạn có đề xuất hành động không?').selectOption({ label: 'Không' });
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Lưu bảng kiểm', exact: true }).click());
    assert.equal(await page.getByTestId('osh_item').nth(0).getByLabel('Ghi chú', { exact: true }).inputValue(), `gần bàn cắt ${tag}`);

    // (3) An improvement with the risk before.
    await page.goto(`${baseUrl}/osh/improvements/new`);
    await page.getByLabel('Lĩnh vực kỹ thuật', { exact: true }).selectOption({ index: 0 });
    await page.getByLabel('Đã thay đổi gì', { exact: true }).fill(`Kệ nhiều tầng cho vải đã cắt ${tag}`);
    await page.getByLabel('Chi phí thấp', { exact: true }).check();
    await page.getByLabel('Người phụ trách tại doanh nghiệp', { exact: true }).fill('Anh Tuấn');
    const riskBefore = page.getByRole('group', { name: 'Rủi ro trước' });
    await riskBefore.getByLabel('Khả năng xảy ra (1 đến 5)').selectOption('4');
    await riskBefore.getByLabel('Mức nghiêm trọng (1 đến 5)').selectOption('4');
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Lưu cải thiện', exact: true }).click());
    assert.match(page.url(), /\/osh\/improvements\/\d+$/);
    const improvement = page.url();

    // (4) Before and after photos, as the phone's camera would give them.
    for (const [phase, after] of [['Trước', false], ['Sau', true]]) {
      const file = path.join(tmpDir, `${phase === 'Trước' ? 'before' : 'after'}.jpg`);
      await jpeg(page, file, after);
      await page.getByLabel('Ảnh lúc', { exact: true }).selectOption({ label: phase });
      await page.getByLabel('Ảnh', { exact: true }).setInputFiles(file);
      await andWaitForLoad(page, () => page.getByRole('button', { name: 'Thêm ảnh', exact: true }).click());
      assert.equal(page.url(), improvement);
    }
    const photos = page.getByTestId('osh_photos');
    assert.equal(await photos.locator('img[alt="Trước"]').count(), 1);
    assert.equal(await photos.locator('img[alt="Sau"]').count(), 1);
    const loaded = await photos.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((img) => img.decode().then(() => img.naturalWidth))));
    assert.ok(loaded.every((w) => w > 0), 'both photos show');

    // (5) Done, then verified on a visit with the risk after.
    for (const [status, method] of [['Đã làm xong', null], ['Đã xác minh', 'Quan sát khi đi thăm']]) {
      await page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: status });
      if (method) await page.getByLabel('Cách xác minh', { exact: true }).selectOption({ label: method });
      const riskAfter = page.getByRole('group', { name: 'Rủi ro sau' }).last();
      await riskAfter.getByLabel('Khả năng xảy ra (1 đến 5)').selectOption('1');
      await riskAfter.getByLabel('Mức nghiêm trọng (1 đến 5)').selectOption('4');
      await andWaitForLoad(page, () => page.getByRole('button', { name: 'Lưu trạng thái', exact: true }).click());
      assert.equal(page.url(), improvement);
    }
    assert.ok(await page.getByTestId('osh_transition').count(), 'the band transition is shown');

    // (6) The results count the verified improvement.
    await page.goto(`${baseUrl}/osh/aggregates`);
    assert.equal(await headline(page, 'Đã xác minh'), verifiedBefore + 1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(width <= 1, `the results page is ${width}px wider than the screen`);
  }, { viewport: { width: 360, height: 740 } });
});
