// The monthly report prints to PDF through the browser (issue 12 item 4): the demo's
// administrator, switched to Bengali, opens the programme's monthly report; Chromium prints
// it as A4 (`page.pdf()`, which uses the print CSS), and poppler's `pdftoppm` renders the
// first page to a grey image that must carry ink — a page of boxes or nothing would not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, withPage, andWaitForLoad } from './lib/browser.mjs';

const run = promisify(execFile);
const env = serverAndBrowser();
let tmpDir;

before(async () => {
  tmpDir = await mkdtemp(path.join(os.tmpdir(), 'workvoice-monthly-report-'));
});

after(async () => {
  if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
});

/** Share of dark pixels in a binary PGM (P5) image. */
function inkShare(pgm) {
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = header.match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(m, 'a PGM image');
  const [, w, h] = m.map(Number);
  const pixels = pgm.subarray(m[0].length, m[0].length + w * h);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark += 1;
  return dark / (w * h);
}

test('the monthly report prints to an A4 PDF that renders with ink on it', { timeout: 180_000 }, async () => {
  await withPage(env.browser, env.server, 'monthly-report-pdf', async (page) => {
    const { baseUrl } = env.server;
    // The demo's administrator signs in in English and switches to Bengali.
    await loginAs(page, baseUrl, 'admin');
    await page.goto(`${baseUrl}/reports/monthly`);
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'বাংলা' });
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Change', exact: true }).click());
    assert.equal(await page.locator('html').getAttribute('lang'), 'bn');
    const heading = await page.locator('h1').innerText();
    assert.match(heading, /[\u0980-\u09FF]/, `a Bengali heading, got "${heading}"`);
    assert.match(heading, /[০-৯]/, 'the month in Bengali digits');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top nav').isVisible().catch(() => false), false, 'no navigation in print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.length > 1000, 'a PDF came out');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const file = path.join(tmpDir, 'monthly.pdf');
    await writeFile(file, pdf);
    await run('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', file, path.join(tmpDir, 'page')]);
    const image = await readFile(path.join(tmpDir, 'page-1.pgm'));
    const ink = inkShare(image);
    assert.ok(ink > 0.005, `the first page carries text and charts (ink ${ink})`);
  });
});
