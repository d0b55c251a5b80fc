// Eleven people answer from their own phone in about a minute (issue 17,
// tools/phones11.sh): one headless Chromium, eleven phones (each its own
// browser context, so its own cookie, 390×844), each opening the address
// of the QR code (the code in it), joining and answering the led step at
// its own moment spread over SPREAD seconds: on a schema step nu and wens
// for the five lines (now and then "sla over"), on a voting step its
// dots, else a contribution. Phone 1 then changes its answer. Prints one
// line "SENT <phone> <ms since 1970>" the moment each taps Stuur (and
// "STORED ..." when the page after it has loaded), and
// takes screenshots in OUT of what a participant sees (join, the form,
// after sending, after changing; also 320 px wide), failing when a page
// is wider than the phone. Usage: node eleven.js URL CODE KIND OUT SPREAD
const puppeteer = require('puppeteer-core');
const [url, code, kind, out, spreadArg] = process.argv.slice(2);
const spread = Number(spreadArg || 60) * 1000;
let failed = 0;
const fail = (what) => { console.log('FAIL ' + what); failed++; };
let seed = 17;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * n); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function submit(page, selector) {
  const [res] = await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click(selector)]);
  return res;
}

async function fits(page, name) {
  // A page wider than the phone widens the layout viewport itself, so
  // compare with the phone's own width.
  const phone = page.viewport().width;
  const w = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth));
  if (w > phone) fail(`${name}: the page is ${w} px wide on a ${phone} px phone`);
}

async function shot(page, name) {
  await fits(page, name);
  await page.screenshot({path: `${out}/${name}.png`, fullPage: true});
}

// answer fills in the led step as phone i would, and sends it.
async function answer(page, i, first) {
  if (kind === 'schema') {
    for (let d = 1; d <= 5; d++) {
      const skip = d > 1 && rnd(6) === 0; // now and then "sla over", never on line 1 (the count)
      const now = skip ? 0 : 1 + rnd(7), wish = skip ? 0 : Math.min(7, now + rnd(4));
      await page.click(`input[name=now${d}][value="${now}"]`);
      await page.click(`input[name=wish${d}][value="${wish}"]`);
    }
    const examples = ['Ze vragen het ons pas als het al besloten is', 'Bij de buurtkamer praten we echt mee', 'Het loket kent ons niet'];
    if (first && i % 4 === 0) await page.type(`#example${1 + (i % 5)}`, examples[(i / 4) % 3]);
  } else if (kind === 'voting') {
    const scales = await page.$$('form[action="/answer"] fieldset.dots');
    let left = 3;
    for (const sc of scales) {
      const n = Math.min(left, 1 + rnd(2));
      left -= n;
      await (await sc.$(`input[type=radio][value="${n}"]`)).click();
    }
  } else {
    await page.type('#text', `Inbreng van telefoon ${i + 1}: ${first ? 'een loket in de wijk' : 'vaker terugkoppelen'}`);
  }
  console.log(`SENT ${i + 1} ${Date.now()}`);
  const res = await submit(page, 'form[action="/answer"] button[type=submit]');
  console.log(`STORED ${i + 1} ${Date.now()}`); // the page after sending has loaded
  return res;
}

async function phone(browser, i) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  page.setDefaultTimeout(180000); // a machine shared under load is slow; a phone is not
  await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true});
  await sleep(Math.round((i * spread) / 11 + rnd(2000)));
  let res;
  for (let tries = 1; ; tries++) { // as the QR code opens it; a phone that gets no answer taps reload
    try {
      res = await page.goto(`${url}/?c=${code}`, {waitUntil: 'load'});
      break;
    } catch (e) {
      console.log(`RETRY ${i + 1} ${e.message}`);
      if (tries === 3) throw e;
      await sleep(1000);
    }
  }
  if (i === 0) await shot(page, `${kind}-1-join`);
  res = await submit(page, 'button[type=submit]');
  if (res.status() !== 200) fail(`phone ${i + 1}: joining gave ${res.status()}`);
  if (i === 0) await shot(page, `${kind}-2-form`);
  res = await answer(page, i, true);
  if (res.status() !== 200) fail(`phone ${i + 1}: sending gave ${res.status()}: ${await page.evaluate(() => document.body.innerText)}`);
  if (i === 0) await shot(page, `${kind}-3-sent`);
  return page;
}

(async () => {
  const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: 'new', protocolTimeout: 300000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
  const pages = await Promise.all([...Array(11).keys()].map((i) => phone(browser, i)));
  // Phone 1 changes its answer while the step is open.
  const p = pages[0];
  if (kind === 'schema') {
    await p.click('input[name=now1][value="7"]');
    console.log(`CHANGED 1 ${Date.now()}`);
    await submit(p, 'form[action="/answer"] button[type=submit]');
    if (!/Regel 1: nu 7/.test(await p.evaluate(() => document.body.innerText))) fail('the changed answer is not shown');
  } else if (kind === 'activity') {
    const edit = await p.$('form[action="/edit"] button[type=submit]');
    if (edit) {
      await p.$eval('form[action="/edit"] textarea', (e) => { e.value = ''; });
      await p.type('form[action="/edit"] textarea', 'Inbreng van telefoon 1: een loket in elke wijk');
      console.log(`CHANGED 1 ${Date.now()}`);
      await submit(p, 'form[action="/edit"] button[type=submit]');
    } else fail('no way to change the contribution');
  } else {
    await p.goto(url, {waitUntil: 'load'});
  }
  await shot(p, `${kind}-4-changed`);
  // The same pages 320 px wide: nothing cut off.
  await p.setViewport({width: 320, height: 640, isMobile: true, hasTouch: true});
  await p.goto(url, {waitUntil: 'load'});
  await shot(p, `${kind}-5-narrow`);
  console.log(`DONE ${Date.now()}`);
  // The session closes, or the room: what the phone says then (the script
  // tells when, through standard input).
  process.stdin.once('data', async () => {
    await p.goto(url, {waitUntil: 'load'});
    await shot(p, `${kind}-6-closed`);
    console.log('CLOSED ' + (await p.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ').slice(0, 300));
    process.stdin.once('data', async () => {
      await p.goto(url, {waitUntil: 'load'});
      await shot(p, `${kind}-7-ended`);
      console.log('ENDED ' + (await p.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ').slice(0, 300));
      await browser.close();
      process.exit(failed ? 1 : 0);
    });
  });
})().catch((e) => { console.error(e); process.exit(2); });
