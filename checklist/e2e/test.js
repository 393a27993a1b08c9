// End-to-end checks of the interactive checklist page (sop generate --format checklist-html) in headless
// Chromium, as an operator uses it: clicks, typing, reloads, downloads, a phone screen and a printer.
// The expected flow is read from the checklist JSON embedded in the page, never written down here.
//
//   usage: node test.js CHECKLIST_HTML HOSTILE_HTML SCREENSHOT_DIR
//   needs: playwright-core (NODE_PATH) and Chromium (CHROMIUM, default /usr/bin/chromium)
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const [CHECKLIST, HOSTILE, SHOTS] = process.argv.slice(2);
const START = new Date('2026-11-28T07:00:00Z'); // 14:00 in Kota Metro (WIB)
const ANSWERS = ['tidak', 'ya']; // at the decisions, in the order they come
const NOTE = 'Dikirim "lewat surel", 2 bidang terlambat\nbaris kedua';
const DRAFT = 'Menunggu data Bidang Rehabilitasi';
const results = [];
let page;

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push(true);
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await shot(`gagal-${results.length}`);
  }
}

async function shot(name) {
  if (page && !page.isClosed()) {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }).catch(() => {});
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  expect(a === e, `${what}: expected ${e}, got ${a}`);
}

const text = (locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
const embedded = () => page.evaluate(() => JSON.parse(document.getElementById('checklist').textContent));
const currentStep = async () => Number(await page.locator('#kartu h2 .nomor').innerText());
const logRows = () => page.locator('#log tr').count();

/** The steps a run goes through from the start, answering the decisions in order, with what it records. */
function expectedRun(checklist, answers) {
  const byNumber = new Map(checklist.langkah.map((step) => [step.nomor, step]));
  const queue = [...answers];
  const run = [];
  for (let at = checklist.mulai; at !== undefined;) {
    const step = byNumber.get(at);
    const jawaban = step.jenis === 'keputusan' ? queue.shift() : undefined;
    const berikutnya = jawaban ? step[jawaban] : step.berikutnya;
    run.push({ step, jawaban, berikutnya });
    at = berikutnya;
    expect(run.length < 100, 'the flow does not reach its end');
  }
  return run;
}

/** Finishes the current step the way its card offers, answering a decision, and checks where it leads. */
async function finishCurrent(checklist, expected) {
  const step = checklist.langkah.find((s) => s.nomor === expected.step.nomor);
  expectEqual(await currentStep(), step.nomor, 'step on the card');
  if (expected.jawaban) {
    const label = expected.jawaban === 'ya' ? 'Ya' : 'Tidak';
    await page.locator('#kartu button', { hasText: new RegExp(`^${label},`) }).click();
  } else if (expected.berikutnya === undefined) {
    await page.locator('#kartu button', { hasText: 'Selesai, akhiri prosedur' }).click();
  } else {
    await page.locator('#kartu button', { hasText: `Selesai, lanjut ke langkah ${expected.berikutnya}` }).click();
  }
  if (expected.berikutnya !== undefined) {
    expectEqual(await currentStep(), expected.berikutnya, `step after ${step.nomor} (${expected.jawaban ?? 'proses'})`);
  }
}

async function download(button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(source) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && source[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field === '' && record.length === 0, 'the CSV ends with CRLF');
  return records;
}

async function openPage(browser, file, options) {
  const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', ...options });
  page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.clock.install({ time: START });
  await page.goto(pathToFileURL(file).href);
  await page.locator('#kartu h2').waitFor();
  return context;
}

async function fullRun(browser) {
  const context = await openPage(browser, CHECKLIST, { viewport: { width: 1280, height: 900 } });
  const checklist = await embedded();
  const run = expectedRun(checklist, ANSWERS);
  const first = run[0].step;
  let done = 0;

  await check('the card shows the first step: kegiatan, pelaksana, kelengkapan and output to tick, waktu baku', async () => {
    expectEqual(await currentStep(), checklist.mulai, 'first step');
    expectEqual(await text(page.locator('#kartu .kegiatan')), first.kegiatan, 'kegiatan');
    const label = checklist.pelaksana.find((lane) => lane.id === first.pelaksana).label;
    expectEqual(await text(page.locator('#kartu .pelaksana')), `Pelaksana: ${label}`, 'pelaksana');
    expectEqual(await page.locator('#kartu fieldset.kelengkapan label').allInnerTexts(), first.kelengkapan, 'kelengkapan');
    expectEqual(await page.locator('#kartu fieldset.output label').allInnerTexts(), first.output, 'output');
    expectEqual(await page.locator('#kartu input[type=checkbox]').count(), first.kelengkapan.length + first.output.length,
      'boxes to tick');
    expect((await text(page.locator('#kartu .baku'))).includes(`${first.waktu.jumlah} ${first.waktu.satuan}`), 'waktu baku');
    expectEqual(await page.locator('#kartu button').allInnerTexts(), [`Selesai, lanjut ke langkah ${first.berikutnya}`],
      'buttons');
  });

  await check('a step past its waktu baku is marked "Melebihi waktu baku" and logged as over', async () => {
    await page.locator('#operator').fill('Budi');
    expect(!(await page.locator('#kartu .lewat').isVisible()), 'marked before its time');
    await page.clock.fastForward(first.waktu.menit * 60000 + 60000);
    await page.locator('#kartu .lewat').waitFor({ state: 'visible', timeout: 3000 });
    expectEqual(await text(page.locator('#kartu .lewat')), 'Melebihi waktu baku', 'mark');
    expect(await page.locator('#kartu').evaluate((card) => card.classList.contains('melebihi')), 'card not marked');
    for (const box of await page.locator('#kartu input[type=checkbox]').all()) {
      await box.check();
    }
    await finishCurrent(checklist, run[done++]);
    const row = page.locator('#log tr').first();
    expect((await text(row)).includes('melebihi waktu baku'), `history row: ${await text(row)}`);
  });

  await check('process steps lead to their next step, a double tap finishes one step only, a note stays with its step', async () => {
    expectEqual(await currentStep(), run[done].step.nomor, 'step before the double tap');
    await page.locator('#kartu button').dblclick();
    done++;
    expectEqual(await currentStep(), run[done].step.nomor, 'step after a double tap');
    while (run[done].step.jenis !== 'keputusan') {
      if (run[done].step.nomor === 3) {
        await page.locator('#catatan').fill(NOTE);
      }
      if (run[done].step.nomor === 5) {
        break;
      }
      await finishCurrent(checklist, run[done++]);
    }
    expectEqual(await logRows(), done, 'history rows');
    expect((await text(page.locator('#log'))).includes(NOTE.replace(/\s+/g, ' ')), 'note in the history');
  });

  await check('a reload mid-run keeps the current step, the history, the operator, ticks and the draft note', async () => {
    await page.locator('#catatan').fill(DRAFT);
    await page.locator('#kartu input[type=checkbox]').first().check();
    const before = await text(page.locator('#log'));
    await page.reload();
    await page.locator('#kartu h2').waitFor();
    expectEqual(await currentStep(), run[done].step.nomor, 'current step after reload');
    expectEqual(await text(page.locator('#log')), before, 'history after reload');
    expectEqual(await page.locator('#operator').inputValue(), 'Budi', 'operator');
    expectEqual(await page.locator('#catatan').inputValue(), DRAFT, 'draft note');
    expect(await page.locator('#kartu input[type=checkbox]').first().isChecked(), 'tick lost');
    expectEqual(await page.locator('#daftar > li.kini').getAttribute('data-nomor'), String(run[done].step.nomor),
      'current step in the overview');
  });

  await check('"Langkah saya" shows only the chosen pelaksana\'s steps and says whom the card waits for', async () => {
    const lane = checklist.pelaksana.find((l) => l.id !== run[done].step.pelaksana);
    await page.locator('#saya').selectOption(lane.id);
    const visible = await page.locator('#daftar > li:visible').evaluateAll((items) => items.map((li) => Number(li.dataset.nomor)));
    expectEqual(visible, checklist.langkah.filter((s) => s.pelaksana === lane.id).map((s) => s.nomor), 'visible steps');
    const waiting = await text(page.locator('#kartu .menunggu'));
    const owner = checklist.pelaksana.find((l) => l.id === run[done].step.pelaksana).label;
    expect(waiting.startsWith(`Menunggu ${owner}`) && waiting.includes(lane.label), `waiting notice: ${waiting}`);
    await page.locator('#saya').selectOption(run[done].step.pelaksana);
    expectEqual(await page.locator('#kartu .menunggu').count(), 0, 'notice for one\'s own step');
    await page.locator('#saya').selectOption('');
    expectEqual(await page.locator('#daftar > li:visible').count(), checklist.langkah.length, 'all steps again');
  });

  await check('at a decision Tidak goes back to its Tidak step, then Ya goes on to its Ya step', async () => {
    while (run[done].step.jenis !== 'keputusan') {
      await finishCurrent(checklist, run[done++]);
    }
    const decision = run[done].step;
    expectEqual(await page.locator('#kartu button').allInnerTexts(),
      [`Ya, ke langkah ${decision.ya}`, `Tidak, ${decision.tidak < decision.nomor ? 'kembali ke' : 'ke'} langkah ${decision.tidak}`],
      'decision buttons');
    await shot('desktop');
    await finishCurrent(checklist, run[done++]);
    expectEqual(await currentStep(), decision.tidak, 'after Tidak');
    while (run[done].step.nomor !== decision.nomor) {
      await finishCurrent(checklist, run[done++]);
    }
    await finishCurrent(checklist, run[done++]);
    expectEqual(await currentStep(), decision.ya, 'after Ya');
  });

  await check('the end step finishes the run', async () => {
    while (done < run.length) {
      await finishCurrent(checklist, run[done++]);
    }
    expectEqual(await text(page.locator('#kartu h2')), 'Prosedur selesai', 'card');
    expectEqual(await page.locator('#kartu button').count(), 0, 'buttons left on the card');
    expectEqual(await logRows(), run.length, 'history rows');
    expect((await text(page.locator('#ringkasan'))).includes('selesai'), 'summary');
  });

  let log;
  await check('the JSON log holds the steps of the SOP\'s flow in order, with answers, times, overrun and notes', async () => {
    const file = await download('#unduh-json');
    expectEqual(file.name, 'Lakip-run-2026-11-28.json', 'file name');
    log = JSON.parse(file.text);
    expectEqual([log.format, log.versi, log.operator, log.selesai], ['sop-run-log', 1, 'Budi', true], 'header');
    expectEqual(log.sop, { nama: checklist.sop.nama, judul: checklist.sop.judul, nomor: checklist.sop.nomor }, 'sop');
    expectEqual(log.langkah.map((e) => e.langkah), run.map((r) => r.step.nomor), 'steps in order');
    log.langkah.forEach((entry, i) => {
      const { step, jawaban, berikutnya } = run[i];
      const keys = ['langkah', 'kegiatan', 'pelaksana', 'operator', 'mulai', 'selesai', 'menit', 'menitBaku', 'melebihi',
        'jawaban', 'catatan', 'berikutnya'].filter((k) => (k !== 'jawaban' || jawaban) && (k !== 'berikutnya' || berikutnya)
        && (k !== 'catatan' || entry.catatan));
      expectEqual(Object.keys(entry), keys, `fields of entry ${i + 1}`);
      expectEqual([entry.kegiatan, entry.pelaksana, entry.operator, entry.menitBaku, entry.jawaban, entry.berikutnya],
        [step.kegiatan, step.pelaksana, 'Budi', step.waktu.menit, jawaban, berikutnya], `entry ${i + 1}`);
      expect(i === 0 || entry.mulai === log.langkah[i - 1].selesai, `entry ${i + 1} starts when the one before ends`);
      const minutes = (Date.parse(entry.selesai) - Date.parse(entry.mulai)) / 60000;
      expect(Math.abs(entry.menit - minutes) <= 0.05, `menit of entry ${i + 1}: ${entry.menit} for ${minutes}`);
      expectEqual(entry.melebihi, entry.menit > entry.menitBaku, `melebihi of entry ${i + 1}`);
    });
    expectEqual(log.langkah.map((e) => e.melebihi), run.map((r, i) => i === 0), 'overrun only at the first step');
    expect(log.langkah[0].menit > first.waktu.menit, 'first step longer than its baku');
    expect(Date.parse(log.langkah[0].mulai) - START < 5000, `run start ${log.langkah[0].mulai}`);
    expectEqual(log.langkah.filter((e) => e.catatan).map((e) => [e.langkah, e.catatan]), [[3, NOTE], [5, DRAFT]], 'notes');
  });

  await check('the CSV log has the same rows, RFC 4180 quoted', async () => {
    const file = await download('#unduh-csv');
    expectEqual(file.name, 'Lakip-run-2026-11-28.csv', 'file name');
    expectEqual(file.text.split('\r\n')[0],
      'langkah,kegiatan,pelaksana,operator,mulai,selesai,menit,menit_baku,melebihi,jawaban,catatan', 'header');
    const [, ...rows] = parseCsv(file.text);
    const fromJson = log.langkah.map((e) => [e.langkah, e.kegiatan, e.pelaksana, e.operator, e.mulai, e.selesai, e.menit,
      e.menitBaku, e.melebihi, e.jawaban ?? '', e.catatan ?? ''].map(String));
    expectEqual(rows, fromJson, 'rows');
  });

  await check('print shows the checklist and the log as a page without buttons or fields', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expectEqual(await page.locator('button:visible, input:visible, select:visible, textarea:visible').count(), 0,
        'controls printed');
      expectEqual(await page.locator('#daftar > li:visible').count(), checklist.langkah.length, 'steps printed');
      expectEqual(await page.locator('#log tr:visible').count(), run.length, 'log rows printed');
      expect(!(await page.locator('#kartu').isVisible()), 'the card is printed');
      const pdf = await page.pdf({ preferCSSPageSize: true, path: path.join(SHOTS, 'print.pdf') });
      expect(pdf.length > 10000, 'no PDF printed');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  await check('Mulai ulang asks on the page, then clears the run and keeps the operator', async () => {
    await page.locator('#ulang').click();
    await page.locator('#ulang-batal').click();
    expect(!(await page.locator('#konfirmasi-ulang').isVisible()), 'question still shown after Batal');
    expectEqual(await logRows(), run.length, 'history after Batal');
    await page.locator('#ulang').click();
    await page.locator('#ulang-ya').click();
    expectEqual(await currentStep(), checklist.mulai, 'step after restart');
    expectEqual(await text(page.locator('#log')), 'Belum ada langkah yang selesai.', 'history after restart');
    expectEqual(await page.locator('#operator').inputValue(), 'Budi', 'operator');
    await page.reload();
    expectEqual(await currentStep(), checklist.mulai, 'step after restart and reload');
  });
  await context.close();
}

async function phone(browser) {
  const context = await openPage(browser, CHECKLIST, {
    viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  await check('on a 375x667 phone the card fits the screen without horizontal scroll, with big buttons', async () => {
    const card = await page.locator('#kartu').boundingBox();
    expect(card.x >= 0 && card.x + card.width <= 375, `card spans ${card.x}..${card.x + card.width}`);
    expect(card.y < 667, 'the card starts below the first screen');
    const button = await page.locator('#kartu button').boundingBox();
    expect(button.height >= 44 && button.width >= 200, `button ${button.width}x${button.height}`);
    for (let i = 0; i < 2; i++) {
      await page.locator('#kartu button').first().tap();
    }
    await page.waitForFunction(() => !document.querySelector('#kartu button').disabled);
    await page.locator('#kartu').scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(widths[0] <= widths[1], `page ${widths[0]} px wide on a ${widths[1]} px screen`);
    await page.screenshot({ path: path.join(SHOTS, 'phone.png') });
    await page.screenshot({ path: path.join(SHOTS, 'phone-full.png'), fullPage: true });
  });
  await context.close();
}

async function hostile(browser) {
  const context = await openPage(browser, HOSTILE, { viewport: { width: 1280, height: 900 } });
  await check('markup and script in an SOP stay inert text', async () => {
    const checklist = await embedded();
    const step = checklist.langkah[0];
    expect(step.kegiatan.includes('<img'), `not the hostile SOP: ${step.kegiatan}`);
    await shot('hostile');
    expectEqual(await page.evaluate(() => typeof window.__pwned), 'undefined', 'window.__pwned');
    expectEqual(await page.locator('img, svg, iframe').count(), 0, 'injected elements');
    expectEqual(await page.locator('script').count(), 2, 'script elements');
    expectEqual(await page.locator('#kartu .kegiatan').innerText(), step.kegiatan, 'kegiatan as text');
    expectEqual(await page.locator('#kartu fieldset.kelengkapan label').allInnerTexts(), step.kelengkapan, 'kelengkapan as text');
    expectEqual(await page.title(), `Checklist SOP: ${checklist.sop.judul}`, 'title');
    expectEqual(await page.locator('h1').innerText(), checklist.sop.judul, 'heading');
    expectEqual(await page.locator('#saya option').allInnerTexts(),
      ['Semua pelaksana', ...checklist.pelaksana.map((lane) => lane.label)], 'pelaksana labels');
  });
  await check('cells a spreadsheet would run as formulas are written with a leading quote in the CSV', async () => {
    await page.locator('#operator').fill('=1+1');
    await page.locator('#catatan').fill('@SUM(A1:A9)');
    await page.locator('#kartu button').first().click();
    await page.locator('#kartu button').first().click();
    const [, first, second] = parseCsv((await download('#unduh-csv')).text);
    expectEqual([first[3], first[10]], ["'=1+1", "'@SUM(A1:A9)"], 'operator and note cells');
    const kegiatan = (await embedded()).langkah[1].kegiatan;
    expectEqual(second[1], `'${kegiatan}`, 'kegiatan cell');
    expectEqual(await page.evaluate(() => typeof window.__pwned), 'undefined', 'window.__pwned after the run');
  });
  await context.close();
}

(async () => {
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    await fullRun(browser);
    await phone(browser);
    await hostile(browser);
  } catch (e) {
    results.push(false);
    console.log(`FAIL the test itself: ${e.message.split('\n')[0]}`);
  } finally {
    await browser.close();
  }
  const passed = results.filter(Boolean).length;
  console.log(`browser checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`screenshots: ${SHOTS}`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length ? 0 : 1);
})();
