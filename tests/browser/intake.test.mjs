// Intake of cases by a helpline operator, and finding them again by search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './lib/suite.mjs';
import {
  loginAs,
  withPage,
  nonce,
  assertFocused,
  arrowToOption,
  selectedLabel,
  andWaitForLoad,
  assertNoHorizontalScroll,
  assertAllControlsLabelled,
} from './lib/browser.mjs';
import { intakeFields, fillIntake, createCase, expectCaseCreated, search, assertFound } from './lib/cases.mjs';

const RAHMAN = 'Rahman Knitwear Ltd';
const SAIGON = 'Công ty May Sài Gòn Xanh';

const env = serverAndBrowser();

test('operator records a Bengali life-safety case with the keyboard only, then finds it by search', { timeout: 90_000 }, async () => {
  await withPage(env.browser, env.server, 'bengali-keyboard-intake', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    await page.goto(`${baseUrl}/cases/new`);
    const f = intakeFields(page);
    const kb = page.keyboard;
    const tab = () => kb.press('Tab');

    const id = nonce();
    const summary = `কারখানায় অগ্নিকাণ্ড ${id}`;
    const narrative = 'তৃতীয় তলায় ধোঁয়া, সিঁড়ির দরজা তালাবদ্ধ। শ্রমিকরা বের হতে পারছে না।';
    const shareable = 'তৃতীয় তলায় আগুন, বের হওয়ার দরজা বন্ধ';
    const callerName = 'রহিমা বেগম';

    // The life-safety prompt is not shown before a life-safety category is chosen.
    const safetyAlert = page.getByRole('alert').filter({ hasText: 'Are you safe?' });
    assert.equal(await safetyAlert.count(), 0, 'the "Are you safe?" prompt should be hidden on an empty form');

    // Workplace: autofocused; typing the full name is enough.
    await assertFocused(page, f.workplace, '"Workplace" (autofocus)');
    await kb.type(RAHMAN, { delay: 10 });
    await tab();

    // Category: type-ahead on the focused select; fall back to the arrow keys
    // should another option also start with "Fire".
    await assertFocused(page, f.category, '"Category"');
    await kb.type('Fire');
    if ((await selectedLabel(f.category)) !== 'Fire') await arrowToOption(page, f.category, 'Fire');
    assert.equal(await selectedLabel(f.category), 'Fire');
    assert.equal(
      await f.category.evaluate((el) => el.selectedOptions[0].parentElement.label ?? ''),
      'Life safety',
      '"Fire" should be in the option group "Life safety"',
    );
    // The life-safety prompt shows before saving.
    await safetyAlert.first().waitFor({ state: 'visible', timeout: 5_000 });
    await tab();

    await assertFocused(page, f.urgency, '"Urgency"');
    await kb.type('Life');
    if ((await selectedLabel(f.urgency)) !== 'Life-safety emergency') {
      await arrowToOption(page, f.urgency, 'Life-safety emergency');
    }
    assert.equal(await selectedLabel(f.urgency), 'Life-safety emergency');
    await tab();

    await assertFocused(page, f.callLanguage, '"Language of the call"');
    await arrowToOption(page, f.callLanguage, 'বাংলা');
    await tab();

    await assertFocused(page, f.phone, '"Caller phone"');
    await kb.type('01712345678');
    await tab();

    await assertFocused(page, f.callerName, '"Caller name"');
    await kb.type(callerName);
    await tab();

    await assertFocused(page, f.mayCallBack, '"May call back"');
    await kb.press('Space');
    assert.equal(await f.mayCallBack.isChecked(), true, 'Space should check "May call back"');
    await tab();

    await assertFocused(page, f.maySms, '"May send SMS"');
    await tab();

    await assertFocused(page, f.smsCaseCode, '"Send the case code by SMS now"');
    await tab();

    await assertFocused(page, f.safeFrom, '"Safe time from"');
    await kb.type('18:00');
    await tab();

    await assertFocused(page, f.safeTo, '"Safe time to"');
    await kb.type('21:30');
    await tab();

    await assertFocused(page, f.summary, '"Summary"');
    await kb.type(summary);
    await tab();

    await assertFocused(page, f.narrative, '"Narrative (internal)"');
    await kb.type(narrative);
    await tab();

    await assertFocused(page, f.shareable, '"Shareable summary"');
    await kb.type(shareable);
    await tab();

    // "May the factory be told?": the worker agrees; the arrow key picks the answer.
    const notAsked = page.getByLabel("Not asked: the protocol's default for this category", { exact: true });
    await assertFocused(page, notAsked, 'the factory agreement question');
    await kb.press('ArrowDown');
    assert.ok(await page.getByLabel('Yes, the worker agrees', { exact: true }).isChecked(), 'the arrow key chose "Yes"');
    await tab();

    await assertFocused(page, f.save, 'the "Save case" button');
    await andWaitForLoad(page, () => kb.press('Enter'));

    const { url, code } = await expectCaseCreated(page);
    console.log(`created ${url} with case code ${code}`);
    assert.ok((await page.locator('body').innerText()).normalize('NFC').includes(summary.normalize('NFC')),
      'the case page should show the summary');

    // The case code is shown once, right after intake.
    await page.reload();
    assert.equal(await page.getByTestId('case-code').count(), 0, 'the case code must not be shown again after a reload');

    // Bengali search: whole word, then prefix.
    assertFound(await search(page, baseUrl, 'অগ্নিকাণ্ড'), summary, 'অগ্নিকাণ্ড');
    assertFound(await search(page, baseUrl, 'অগ্নি'), summary, 'অগ্নি');
    // And a miss: the nonce of a case that does not exist.
    const none = await search(page, baseUrl, nonce('xv'));
    assert.equal(none.length, 0, `a search for an unknown word should find nothing, got ${JSON.stringify(none)}`);
  });
});

test('a Vietnamese case is found by a search without diacritics', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'vietnamese-search', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    const id = nonce();
    const summary = `Công nhân bị ngất vì nóng ${id}`;
    await createCase(page, baseUrl, {
      workplace: SAIGON,
      category: 'Heat',
      urgency: 'Urgent',
      callLanguage: 'Tiếng Việt',
      phone: '0901234567',
      callerName: 'Nguyễn Thị Lan',
      mayCallBack: true,
      maySms: false,
      safeFrom: '12:00',
      safeTo: '13:00',
      summary,
      narrative: 'Xưởng may rất nóng, không có quạt. Hai công nhân bị ngất trong ca chiều.',
      shareable: 'Nhiệt độ trong xưởng quá cao',
    });
    // The case page names the workplace.
    assert.ok((await page.locator('body').innerText()).normalize('NFC').includes(SAIGON.normalize('NFC')),
      `the case page should name the workplace "${SAIGON}"`);

    assertFound(await search(page, baseUrl, 'cong nhan bi ngat'), summary, 'cong nhan bi ngat');
    assertFound(await search(page, baseUrl, id), summary, id);
  });
});

test('an invalid phone number brings the form back with an error and every typed value kept', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'invalid-phone', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    const id = nonce();
    const c = {
      workplace: RAHMAN,
      category: 'Unpaid wages',
      urgency: 'Normal',
      callLanguage: 'English',
      phone: '12ab',
      callerName: `Caller ${id}`,
      mayCallBack: true,
      maySms: true,
      safeFrom: '19:00',
      safeTo: '20:15',
      summary: `Wages unpaid for two months ${id}`,
      narrative: `Line 4 has not been paid since March ${id}`,
      shareable: `Wages unpaid ${id}`,
    };
    const f = await fillIntake(page, baseUrl, c);
    await andWaitForLoad(page, () => f.save.click());

    assert.equal(await page.getByTestId('case-code').count(), 0, 'no case may be created with an invalid phone');
    // The error sits next to "Caller phone": referenced by aria-describedby or
    // inside the same field wrapper as the input and its label.
    const errorText = await f.phone.evaluate((input) => {
      const parts = [];
      for (const id of (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
        parts.push(document.getElementById(id)?.textContent ?? '');
      }
      const label = input.labels?.[0];
      let box = input.parentElement;
      while (box && label && !box.contains(label)) box = box.parentElement;
      if (box && box.tagName !== 'FORM' && box.tagName !== 'BODY') parts.push(box.textContent ?? '');
      return parts.join(' | ');
    });
    assert.match(errorText, /phone number/i, `an error mentioning "phone number" should be next to "Caller phone"; found: ${errorText.slice(0, 300)}`);

    assert.equal(await f.workplace.inputValue(), c.workplace, 'Workplace kept');
    assert.equal(await selectedLabel(f.category), c.category, 'Category kept');
    assert.equal(await selectedLabel(f.urgency), c.urgency, 'Urgency kept');
    assert.equal(await selectedLabel(f.callLanguage), c.callLanguage, 'Language of the call kept');
    assert.equal(await f.phone.inputValue(), c.phone, 'Caller phone kept as typed');
    assert.equal(await f.callerName.inputValue(), c.callerName, 'Caller name kept');
    assert.equal(await f.mayCallBack.isChecked(), true, 'May call back kept');
    assert.equal(await f.maySms.isChecked(), true, 'May send SMS kept');
    assert.equal(await f.safeFrom.inputValue(), c.safeFrom, 'Safe time from kept');
    assert.equal(await f.safeTo.inputValue(), c.safeTo, 'Safe time to kept');
    assert.equal(await f.summary.inputValue(), c.summary, 'Summary kept');
    assert.equal(await f.narrative.inputValue(), c.narrative, 'Narrative kept');
    assert.equal(await f.shareable.inputValue(), c.shareable, 'Shareable summary kept');

    // Nothing was saved: searching the nonce finds nothing.
    const results = await search(page, baseUrl, id);
    assert.equal(results.length, 0, `the rejected case must not be searchable, got ${JSON.stringify(results)}`);
  });
});

test('on a 360x740 phone screen the intake form and the case queue fit and every control is labelled', { timeout: 60_000 }, async () => {
  await withPage(
    env.browser,
    env.server,
    'small-screen',
    async (page) => {
      const { baseUrl } = env.server;
      await loginAs(page, baseUrl, 'operator');
      // One case of our own, so that the queue has at least one row.
      const id = nonce();
      await createCase(page, baseUrl, {
        workplace: RAHMAN,
        category: 'Unpaid wages',
        urgency: 'Normal',
        callLanguage: 'English',
        phone: '01712345679',
        callerName: 'A caller with a rather long name to test wrapping',
        summary: `Overtime not paid for the whole sewing line number seven ${id}`,
        narrative: 'Long narrative '.repeat(20),
        shareable: 'Overtime unpaid',
      });

      await page.goto(`${baseUrl}/cases/new`);
      await assertNoHorizontalScroll(page, 360, 'intake form /cases/new');
      const n1 = await assertAllControlsLabelled(page, 'intake form /cases/new');
      assert.ok(n1 >= 13, `the intake form should have at least 13 controls, found ${n1}`);

      await page.goto(`${baseUrl}/cases`);
      const rows = page.getByTestId('case-row');
      await rows.first().waitFor();
      assert.ok((await rows.count()) >= 1, 'the case queue should list at least one case');
      await assertNoHorizontalScroll(page, 360, 'case queue /cases');
      await assertAllControlsLabelled(page, 'case queue /cases');
      for (const label of ['Status', 'Urgency', 'Category']) {
        assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, `the queue should have a "${label}" filter`);
      }
    },
    { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  );
});

test('a note added on the case page appears in the timeline', { timeout: 60_000 }, async () => {
  await withPage(env.browser, env.server, 'case-note', async (page) => {
    const { baseUrl } = env.server;
    await loginAs(page, baseUrl, 'operator');
    const id = nonce();
    const summary = `Blocked fire exit on floor two ${id}`;
    await createCase(page, baseUrl, {
      workplace: RAHMAN,
      category: 'Fire',
      urgency: 'Urgent',
      callLanguage: 'English',
      phone: '01712345670',
      summary,
      narrative: 'The exit is blocked by boxes.',
      shareable: 'Blocked fire exit',
    });
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    const note = `Called the factory manager ${id}`;
    await page.getByLabel('Note', { exact: true }).fill(note);
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Add note', exact: true }).click());
    const body = await page.locator('body').innerText();
    assert.ok(body.includes(summary), 'the case page shows the summary');
    // The note appears after the "Timeline" heading.
    const inTimeline = await page.evaluate((note) => {
      const h = [...document.querySelectorAll('h1,h2,h3,h4')].find((e) => e.textContent.trim() === 'Timeline');
      if (!h) return false;
      const range = document.createRange();
      range.setStartAfter(h);
      range.setEndAfter(document.body.lastChild);
      return range.toString().includes(note);
    }, note);
    assert.ok(inTimeline, `the note "${note}" should appear in the timeline`);
  });
});
