// The participants' page in a real browser (issue 17): headless Chromium
// joins with the code (a wrong one first), answers the led step as a
// participant would, reads what the page says it stored, and runs
// axe-core (WCAG 2 A/AA and best practice) on every page it sees. Prints
// each finding and exits 1 on any finding or failed check. Used by
// tools/phone.sh. Usage: node run.js URL CODE KIND PROFILE
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const [url, code, kind, profile] = process.argv.slice(2);
let failed = 0;
const fail = (what) => { console.log('FAIL ' + kind + ': ' + what); failed++; };

async function axe(page, name) {
  await page.addScriptTag({content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}).catch(() => {});
  const r = await page.evaluate(async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}));
  for (const v of r.violations) fail(`axe on ${name}: ${v.id} ${v.impact} ${v.help} ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')}`);
  console.log(`${kind} ${name}: ${r.violations.length} axe findings, ${r.passes.length} rules passed`);
}

async function submit(page, selector) {
  const [res] = await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click(selector)]);
  return res;
}

const text = (page) => page.evaluate(() => document.body.innerText);

(async () => {
  // The page's strict CSP forbids inline script; axe is added through
  // the DevTools protocol, which the page's policy does not govern.
  const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: 'new',
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true});
  let res = await page.goto(url, {waitUntil: 'load'});
  if (!res.headers()['content-security-policy']) fail('no Content-Security-Policy header');
  await axe(page, 'join page');
  await page.type('#code', '000000');
  res = await submit(page, 'button[type=submit]');
  if (res.status() !== 403) fail(`a wrong code gave ${res.status()}, want 403`);
  await axe(page, 'wrong-code page');
  await page.goto(url, {waitUntil: 'load'});
  await page.type('#code', code.slice(0, 3) + ' ' + code.slice(3));
  res = await submit(page, 'button[type=submit]');
  if (res.status() !== 200) fail(`joining gave ${res.status()}`);
  await axe(page, 'step page');
  if (process.env.PHONE_SHOTS) await page.screenshot({path: `${process.env.PHONE_SHOTS}/${kind}-step.png`, fullPage: !!process.env.PHONE_FULL});
  const cookies = await page.cookies();
  if (cookies.length !== 1 || !cookies[0].httpOnly) fail(`cookies: ${JSON.stringify(cookies)}`);
  if (kind === 'schema') {
    for (let d = 1; d <= 5; d++) {
      await page.click(`input[name=now${d}][value="${d}"]`);
      await page.click(`input[name=wish${d}][value="${8 - d}"]`);
    }
    await page.type('#example1', 'Het loket kent ons niet');
    res = await submit(page, 'form[action="/answer"] button[type=submit]');
    const t = await text(page);
    if (!/Regel 1: nu 1, wens 7 — Het loket kent ons niet/.test(t) || !/Regel 5: nu 5, wens 3/.test(t)) fail('what was sent is not shown:\n' + t);
    if (!(await page.$eval('input[name=now3][value="3"]', e => e.checked))) fail('the form does not keep what was sent');
  } else if (kind === 'voting') {
    const dots = async (values) => {
      const scales = await page.$$('form[action="/answer"] fieldset.dots');
      for (let i = 0; i < values.length; i++) {
        await (await scales[i].$(`input[type=radio][value="${values[i]}"]`)).click();
      }
      return submit(page, 'form[action="/answer"] button[type=submit]');
    };
    res = await dots([2, 1, 3]);
    if (res.status() !== 400 || !/zette er 6/.test(await text(page))) fail(`six dots of three gave ${res.status()}`);
    await axe(page, 'too-many-dots page');
    await page.goto(url, {waitUntil: 'load'});
    res = await dots([2, 1, 0]);
    const t = await text(page);
    if (!/Meer ervaringsdeskundigen aan tafel: 2/.test(t) || !/Een loket in de wijk: 1/.test(t)) fail('the dots are not shown:\n' + t);
  } else {
    await page.type('#text', 'We want <b>this</b> & more');
    res = await submit(page, 'form[action="/answer"] button[type=submit]');
    const t = await text(page);
    if (!t.includes('We want <b>this</b> & more')) fail('the contribution is not shown as typed:\n' + t);
    if (await page.$('b')) fail('typed markup became markup');
  }
  if (res.status() !== 200) fail(`sending gave ${res.status()}`);
  await axe(page, 'sent page');
  if (process.env.PHONE_SHOTS) await page.screenshot({path: `${process.env.PHONE_SHOTS}/${kind}-sent.png`, fullPage: !!process.env.PHONE_FULL});
  await browser.close();
  console.log(`${kind}: ${failed ? 'FAILED' : 'ok'}`);
  process.exit(failed ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
