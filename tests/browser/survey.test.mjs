// Satisfaction survey by voice (issue 8): a case is closed in the browser; the survey's
// first attempt is made by `workvoice surveys run` (as the server's job would a day later),
// which places the call through the voice provider's API — here a fake provider that
// records the call; the test then plays the provider: it fetches the call's TwiML from the
// server's webhooks, signed with X-Twilio-Signature computed here, and keys the answers.
// A supervisor sees the answers on the closed case and the survey counted on the
// satisfaction page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import { serverAndBrowser } from './lib/suite.mjs';
import { loginAs, logout, withPage, nonce, andWaitForLoad, switchLanguage } from './lib/browser.mjs';
import { createCase } from './lib/cases.mjs';

const TOKEN = 'browser-test-voice-token';
const HELPLINE = '+8809612000001';
const WORKER_NATIONAL = '01712' + String(Math.floor(100000 + Math.random() * 899999));
const WORKER = '+880' + WORKER_NATIONAL.slice(1);

/** The fake voice provider's "create call" API: records every call asked for. */
const provider = { calls: [], server: null, port: 0 };
before(async () => {
  provider.server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      provider.calls.push({ auth: req.headers.authorization, form: Object.fromEntries(new URLSearchParams(body)) });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sid: `CAfake${provider.calls.length}` }));
    });
  });
  await new Promise((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
  provider.port = provider.server.address().port;
});
after(() => provider.server?.close());

const env = serverAndBrowser({
  env: (port) => ({
    WORKVOICE_VOICE_AUTH_TOKEN: TOKEN,
    WORKVOICE_VOICE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Resolved lazily: the provider listens before the server starts (both in `before`).
    WORKVOICE_VOICE_CALLS_URL: `http://127.0.0.1:${provider.port}/2010-04-01/Accounts/ACtest/Calls.json`,
    WORKVOICE_VOICE_ACCOUNT_SID: 'ACtest',
    WORKVOICE_VOICE_FROM: HELPLINE,
  }),
});

/** Twilio's X-Twilio-Signature: base64 HMAC-SHA1 of the URL and the sorted name+value pairs. */
function twilioSignature(token, url, params) {
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  return createHmac('sha1', token).update(data, 'utf8').digest('base64');
}

/** POSTs a signed webhook as the provider does; returns the TwiML answered. */
async function webhook(url, params) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilioSignature(TOKEN, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  const text = await res.text();
  assert.equal(res.status, 200, `webhook ${url} answered ${res.status}: ${text}`);
  return text;
}

const unescapeXml = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Walks the call's TwiML from `url`, keying `keys` at each Gather; returns what was said. */
async function answerCall(url, callSid, keys) {
  const base = { CallSid: callSid, AccountSid: 'ACtest', From: HELPLINE, To: WORKER, CallStatus: 'in-progress', Direction: 'outbound-api' };
  const said = [];
  let params = base;
  for (let turn = 0; turn < 12; turn++) {
    const xml = await webhook(url, params);
    for (const m of xml.matchAll(/<Say[^>]*>([^<]*)<\/Say>/g)) said.push(unescapeXml(m[1]));
    const gather = xml.match(/<Gather[^>]*action="([^"]+)"/);
    const redirect = xml.match(/<Redirect[^>]*>([^<]+)<\/Redirect>/);
    if (gather) {
      assert.ok(keys.length > 0, `the call asks for more keys than scripted; TwiML: ${xml}`);
      url = unescapeXml(gather[1]);
      params = { ...base, Digits: keys.shift() };
    } else if (redirect) {
      url = unescapeXml(redirect[1]);
      params = base;
    } else {
      assert.match(xml, /<Hangup\/>/, `the call should end with a hang-up; TwiML: ${xml}`);
      return said;
    }
  }
  assert.fail('the call did not end within 12 turns');
}

/** The "Finished surveys" cell of the satisfaction table row labelled `label`, as a number. */
async function finishedIn(page, label) {
  const row = page.getByTestId('satisfaction-row').filter({ has: page.getByRole('cell', { name: label, exact: true }) }).first();
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator('td').nth(1).innerText()).replace(/\D/g, ''));
}

test('a supervisor sees a survey answered by IVR on the closed case and on the satisfaction page', { timeout: 180_000 }, async () => {
  await withPage(env.browser, env.server, 'survey', async (page) => {
    const { baseUrl } = env.server;
    const category = 'Late payment';
    // The operator records a case whose worker may be called back, and closes it resolved.
    await loginAs(page, baseUrl, 'operator');
    const { url: caseUrl } = await createCase(page, baseUrl, {
      workplace: 'Rahman Knitwear Ltd',
      category,
      urgency: 'Normal',
      callLanguage: 'English',
      phone: WORKER_NATIONAL,
      mayCallBack: true,
      summary: `Wages two months late ${nonce('zs')}`,
    });
    await page.goto(caseUrl);
    await page.locator('summary', { hasText: 'Closure' }).click();
    await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Resolved – accepted' });
    await andWaitForLoad(page, () => page.getByRole('button', { name: 'Close case', exact: true }).click());
    await page.goto(caseUrl);
    const panel = page.getByTestId('survey-panel');
    assert.match(await panel.innerText(), /Voice call \(IVR\)[\s\S]*Waiting for an answer/, 'closing schedules a survey call');
    await logout(page);

    // The supervisor (who works in Bengali; English for this test's words).
    await loginAs(page, baseUrl, 'supervisor');
    await switchLanguage(page, 'en');

    // A day later the survey job calls the worker through the provider's API.
    const run = await promisify(execFile)(process.env.WORKVOICE_BIN, ['surveys', 'run', '--ahead-hours', '30', '--data-dir', env.server.dataDir], { env: env.server.env });
    assert.match(run.stdout, /Made [1-9]\d* survey attempts/, run.stdout + run.stderr);
    const call = provider.calls.find((c) => c.form.To === WORKER);
    assert.ok(call, `the provider was asked to call ${WORKER}; calls: ${JSON.stringify(provider.calls.map((c) => c.form.To))}`);
    assert.equal(call.form.From, HELPLINE);
    assert.equal(call.auth, `Basic ${Buffer.from(`ACtest:${TOKEN}`).toString('base64')}`, 'the API call authenticates as the account');
    assert.match(call.form.Url, /\/voice\/call\/survey-0-0\?lang=en&survey=\d+$/);
    // Counted after the run: it may also have ended demo surveys as "no response".
    await page.goto(`${baseUrl}/supervisor/satisfaction`);
    const before = await finishedIn(page, category);

    // A tampered signature changes nothing.
    const tampered = await fetch(call.form.Url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAA' },
      body: new URLSearchParams({ CallSid: 'CAfake-x', Digits: '5' }).toString(),
    });
    assert.equal(tampered.status, 403);

    // The worker picks up and keys 1 (very satisfied), then 1 (problem solved).
    const said = await answerCall(call.form.Url, 'CAsurvey-browser-1', ['1', '1']);
    assert.ok(said.some((s) => s.startsWith('The helpline closed your case')), `the satisfaction question was asked: ${said.join(' | ')}`);
    assert.ok(said.some((s) => s.startsWith('Thank you for your answers')), `the worker was thanked: ${said.join(' | ')}`);

    await page.goto(caseUrl);
    const answered = await page.getByTestId('survey-panel').innerText();
    assert.match(answered, /Answered/, `the case shows the survey answered: ${answered}`);
    const answers = await page.getByTestId('survey-answers').innerText();
    assert.match(answers, /Satisfied with how the helpline handled the case\s+Very satisfied/, answers);
    assert.match(answers, /Problem solved\s+Yes/, answers);

    await andWaitForLoad(page, () => page.goto(`${baseUrl}/supervisor/satisfaction`));
    assert.equal(await finishedIn(page, category), before + 1, `the satisfaction page counts the answered survey under "${category}"`);
    await logout(page);
  });
});
