// axe-core (WCAG 2 A/AA and best practice) on a page in headless
// Chromium; prints each finding and a total, exits 1 on any finding.
// Used by tools/axe.sh.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
(async () => {
  const [file, profile] = process.argv.slice(2);
  const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: 'new',
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
  const page = await browser.newPage();
  await page.goto('file://' + file, {waitUntil: 'load'});
  await page.addScriptTag({content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')});
  const r = await page.evaluate(async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}));
  for (const v of r.violations) console.log(v.id, v.impact, v.nodes.length, v.help, v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | '));
  console.log(`${file}: ${r.violations.length} findings, ${r.passes.length} rules passed`);
  await browser.close();
  process.exit(r.violations.length ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
