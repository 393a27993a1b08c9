// End-to-end checks of the SOP extension in a real VS Code (code-server), driven through headless Chromium
// as a user would: keyboard and what the workbench shows; and, for the server's class-data archive, the
// files in the extension's storage and the language server's processes (Linux /proc).
//
//   usage: node test.js PORT WORKSPACE SCREENSHOT_DIR EXAMPLES_DIR STATE_DIR
//   (STATE_DIR: the one given to start-code-server.sh, holding the profile and its extensions)
//   needs: playwright-core (NODE_PATH) and /usr/bin/chromium
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [PORT, WORKSPACE, SHOTS, EXAMPLES, STATE] = process.argv.slice(2);
const FILE = 'lakip.sop';
const results = [];

async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await shot(`failure-${results.length}`);
    serverThreads(`failure-${results.length}`);
  }
}

/**
 * What each language server is doing the moment a check gives up, beside its screenshot: a server that has
 * stopped answering is replaced by the time the run ends (a reloaded window starts its own).
 */
function serverThreads(name) {
  for (const server of languageServers()) {
    const dump = spawnSync('jcmd', [String(server.pid), 'Thread.print'], { encoding: 'utf8', timeout: 20000 });
    const threads = `${dump.stdout ?? ''}${dump.stderr ?? ''}`;
    fs.writeFileSync(path.join(SHOTS, `${name}-threads-${server.pid}.txt`), threads);
    // The threads busy in the language, for a log that is all a CI run keeps.
    const busy = threads.split('\n').filter((line) => /^"|State:|^\s+at (org\.dinsos|org\.eclipse\.(xtext|emf)|java\.util\.concurrent)/.test(line));
    console.log(`--- threads of language server ${server.pid} when the check gave up\n${busy.slice(0, 150).join('\n')}`);
  }
}

let page;
async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Moves the cursor with Go to Line/Column (Ctrl+G), as "line:column", both from 1. */
async function goTo(lineColumn) {
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`:${lineColumn}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10000 });
}

async function focusEditor() {
  await page.locator('.monaco-editor textarea').first().focus();
}

const text = (locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());

/** Runs a command from the command palette by its title. */
async function command(title) {
  await page.keyboard.press('Control+Shift+p');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator(`.quick-input-widget .monaco-list-row:has-text("${title}")`).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** The frame of the diagram webview (inside VS Code's nested webview frames), once its palette is there. */
async function diagramFrame() {
  for (let i = 0; i < 150; i++) {
    for (const frame of page.frames()) {
      if (await frame.locator('#palette').count().catch(() => 0)) {
        return frame;
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no diagram webview');
}

/** A diagram element by its model id (Sprotty gives its SVG group the id sprotty_<id>). */
const svgElement = (frame, id) => frame.locator(`[id="sprotty_${id}"]`);

/** The kegiatan drawn in a step's symbol, its lines joined. */
const stepText = (frame, id) => svgElement(frame, id).locator('tspan').allTextContents().then((lines) => lines.join(' '));

/** The file's text once it differs from `before`, after saving the editor. */
async function savedChange(before) {
  await focusEditor();
  await page.keyboard.press('Control+s');
  // VS Code writes the file in place: a read in the middle of the write sees it cut short, so a text
  // counts once two reads in a row agree.
  let saved = before;
  let previous;
  for (let i = 0; i < 50 && (saved === before || saved !== previous); i++) {
    await page.waitForTimeout(200);
    previous = saved;
    saved = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8');
  }
  return saved;
}

/** The language servers of this code-server (their jar lies in its extensions folder): pid and arguments. */
function languageServers() {
  const servers = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes('lsp') && args.some((arg) => arg.startsWith(STATE) && arg.endsWith('sop.jar'))) {
        servers.push({ pid: Number(pid), args });
      }
    } catch (ended) {
      // The process ended while it was read.
    }
  }
  return servers;
}

/** The value of a JVM option -XX:NAME=value of a server, or undefined. */
const jvmOption = (server, name) => server.args.find((arg) => arg.startsWith(`-XX:${name}=`))?.slice(`-XX:${name}=`.length);

/** Polls `find` every 500 ms until it returns something, for at most `seconds`. */
async function eventually(seconds, find) {
  for (let waited = 0; waited < seconds * 1000; waited += 500) {
    const found = await find();
    if (found) {
      return found;
    }
    await page.waitForTimeout(500);
  }
  return undefined;
}

const comments = (sop) => sop.split('\n').filter((line) => line.trim().startsWith('//'));
const stepNumbers = (sop) => [...sop.matchAll(/^\t\t(\d+) /gm)].map((m) => Number(m[1]));

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WORKSPACE)}`, { waitUntil: 'domcontentloaded' });
    const item = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).first();
    await item.waitFor({ state: 'visible', timeout: 90000 });
    await item.click();
    await page.locator(`.tabs-container .tab:has-text("${FILE}")`).first().waitFor({ timeout: 30000 });
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
    await focusEditor();
    await page.keyboard.press('Control+Home');

    await check('the code lens over the SOP shows its total waktu', async () => {
      const lens = page.locator('.codelens-decoration:has-text("Jumlah waktu")').first();
      await lens.waitFor({ timeout: 90000 });
      const title = await text(lens);
      expect(title === 'Jumlah waktu 8 hari 1 jam 5 menit · 11 langkah', `code lens reads "${title}"`);
      await shot('1-codelens');
    });

    await check('a broken step actor shows its diagnostic in the Problems panel', async () => {
      await goTo('58:11'); // "1 mulai kadis": the cursor before kadis
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.type('kadiz');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+m');
      const problem = page.locator('.markers-panel .monaco-list-row:has-text("kadiz")').first();
      await problem.waitFor({ timeout: 30000 });
      const row = await text(problem);
      expect(row.includes(`Pelaksana 'kadiz' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: kadiz "Nama Jabatan".`),
        `problem reads "${row}"`);
      await shot('2-problems');
    });

    await check('completion at the step actor lists the pelaksana', async () => {
      await focusEditor();
      await goTo('58:16'); // after kadiz
      await page.keyboard.press('Control+Shift+ArrowLeft');
      await page.keyboard.press('Backspace');
      // A completion request that reaches the server while it is still building the workspace can be
      // cancelled; VS Code then shows its word list and, like a user, the test asks again.
      const rows = page.locator('.suggest-widget .monaco-list-row');
      const sekretaris = page.locator('.suggest-widget .monaco-list-row:has-text("sekretaris")').first();
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+Space');
        try {
          await sekretaris.waitFor({ timeout: 10000 });
          break;
        } catch (notYet) {
          if (attempt === 3) throw notYet;
          await page.keyboard.press('Escape');
        }
      }
      await page.waitForTimeout(300);
      const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.innerText));
      await shot('3-completion');
      for (const pelaksana of ['kadis', 'sekretaris', 'perencana', 'staf']) {
        expect(labels.some((l) => l.startsWith(pelaksana)), `no ${pelaksana} among ${JSON.stringify(labels)}`);
      }
      await page.keyboard.press('Escape');
      await page.keyboard.type('kadis');
      await page.keyboard.press('Escape');
    });

    await check('hovering a step shows its actor, waktu, output and branches', async () => {
      await goTo('88:3'); // "7 keputusan kadis"
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+i');
      const hover = page.locator('.monaco-hover:has-text("Langkah 7")').last();
      await hover.waitFor({ timeout: 30000 });
      await page.waitForTimeout(300);
      const shown = await text(hover);
      await shot('4-hover');
      for (const part of ['Langkah 7 (keputusan): Mengoreksi Dokumen LAKIP', 'Pelaksana: Kepala Dinas (kadis)', 'Waktu: 1 hari',
        'Output: Dokumen LAKIP', 'Ya → langkah 8', 'Tidak → langkah 6: Membuat Dokumen LAKIP']) {
        expect(shown.includes(part), `hover lacks "${part}": "${shown}"`);
      }
      await page.keyboard.press('Escape');
    });

    await check('renaming a pelaksana changes every use', async () => {
      await goTo('52:3'); // the declaration: kadis "Kepala Dinas"
      await page.keyboard.press('F2');
      const input = page.locator('.rename-box input').first();
      await input.waitFor({ state: 'visible', timeout: 15000 });
      await input.fill('kepala');
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 15000 });
      // The edit arrives after the rename box closes; saving before it would cancel it.
      await page.locator('.view-line', { hasText: 'kepala "Kepala Dinas"' }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Control+s');
      const original = fs.readFileSync(path.join(EXAMPLES, FILE), 'utf8');
      const expected = original.replace(/\bkadis\b/g, 'kepala');
      let saved = '';
      for (let i = 0; i < 50 && saved !== expected; i++) {
        await page.waitForTimeout(200);
        saved = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8');
      }
      await goTo('58:1');
      await shot('5-rename');
      expect(saved === expected, `after the rename the file still has ${(saved.match(/\bkadis\b/g) || []).length} "kadis" and ` +
        `${(saved.match(/\bkepala\b/g) || []).length} of 4 "kepala"`);
    });

    let diagram;
    await check('the diagram of the SOP shows a lane per pelaksana and a symbol per step', async () => {
      await focusEditor();
      if (await page.locator('.part.panel').isVisible()) {
        await page.keyboard.press('Control+j'); // the Problems panel: the diagram gets the whole height
      }
      await page.locator('.editor-actions [aria-label*="Open diagram"]').first().waitFor({ timeout: 10000 });
      await command('SOP: Open diagram');
      diagram = await diagramFrame();
      await svgElement(diagram, 'langkah:1').waitFor({ timeout: 60000 });
      const lanes = await diagram.locator('.lane-label').allTextContents();
      expect(JSON.stringify(lanes) === JSON.stringify(['Kepala Dinas', 'Sekretaris', 'Fungsional Perencana', 'Staf']), `lanes ${JSON.stringify(lanes)}`);
      const first = await stepText(diagram, 'langkah:1');
      expect(first.startsWith('1. Memerintahkan penyusunan LAKIP'), `step 1 reads "${first}"`);
      // Sprotty gives each element the class of its type: terminator (capsule), proses, keputusan (diamond).
      expect((await svgElement(diagram, 'langkah:1').getAttribute('class')).includes('terminator'), 'step 1 is no terminator');
      await page.waitForTimeout(500);
      await shot('6-diagram');
      // Sprotty draws only what is in view: the wheel brings the decision and the last step.
      const view = await diagram.locator('svg.sprotty-graph').boundingBox();
      await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
      for (let i = 0; i < 30 && !(await svgElement(diagram, 'langkah:11').count()); i++) {
        await page.mouse.wheel(0, 100);
        await page.waitForTimeout(100);
      }
      expect((await svgElement(diagram, 'langkah:7').getAttribute('class')).includes('keputusan'), 'step 7 is no decision');
      expect(await svgElement(diagram, 'langkah:7').locator('polygon').count() === 1, 'step 7 is no diamond');
      expect(await diagram.locator('.sprotty-label:text("Tidak")').count() === 1, 'no Tidak label');
      await shot('6-diagram-end');
      for (let i = 0; i < 30 && !(await svgElement(diagram, 'langkah:1').count()); i++) {
        await page.mouse.wheel(0, -100);
        await page.waitForTimeout(100);
      }
      await svgElement(diagram, 'langkah:2').waitFor({ timeout: 10000 });
    });

    await check('dragging step 2 onto the Staf lane makes staf its actor in the text, comments kept', async () => {
      const before = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8');
      const step = await svgElement(diagram, 'langkah:2').locator('.step-outline').boundingBox();
      const lane = await svgElement(diagram, 'pelaksana:staf').locator('.lane-body').boundingBox();
      const from = { x: step.x + step.width / 2, y: step.y + step.height / 2 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(lane.x + lane.width / 2, from.y, { steps: 12 });
      await page.mouse.up();
      await page.locator('.view-line', { hasText: '2 staf "Membuat format' }).first().waitFor({ timeout: 20000 });
      await shot('7-drag');
      const saved = await savedChange(before);
      expect(saved === before.replace('\t\t2 sekretaris "Membuat format', '\t\t2 staf "Membuat format'),
        `the saved text differs otherwise: ${saved.split('\n').filter((l, i) => l !== before.split('\n')[i]).slice(0, 3).join(' | ')}`);
      expect(JSON.stringify(comments(saved)) === JSON.stringify(comments(before)), 'comments changed');
    });

    await check('adding a step from the palette puts it in the text and renumbers the steps after it', async () => {
      const before = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8');
      await svgElement(diagram, 'langkah:2').locator('.step-outline').click();
      await diagram.locator('#palette button:text("Tambah langkah")').click();
      const input = page.locator('.quick-input-widget input');
      await page.locator('.quick-input-widget .monaco-list-row:has-text("perencana")').first().waitFor({ timeout: 10000 });
      await input.fill('perencana');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title:has-text("Kegiatan langkah baru")').waitFor({ timeout: 10000 });
      await input.fill('Memeriksa format pengumpulan data');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .quick-input-title:has-text("Waktu langkah baru")').waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter'); // the offered "1 jam"
      let third = '';
      for (let i = 0; i < 100 && !third.startsWith('3. Memeriksa format pengumpulan data'); i++) {
        await page.waitForTimeout(200);
        third = await stepText(diagram, 'langkah:3').catch(() => '');
      }
      expect(third.startsWith('3. Memeriksa format pengumpulan data'), `the diagram's step 3 reads "${third}"`);
      await shot('8-palette');
      const saved = await savedChange(before);
      const numbers = stepNumbers(saved);
      expect(JSON.stringify(numbers) === JSON.stringify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), `steps numbered ${numbers}`);
      expect(/\t\t3 perencana "Memeriksa format pengumpulan data"\n\t\t\twaktu 1 jam\n/.test(saved), 'no new step 3 in the text');
      expect(saved.includes('\t\t4 perencana "Menyampaikan format pengumpulan data'), 'the old step 3 is not step 4');
      expect(saved.includes('\t\t\tya ke 9\n\t\t\ttidak ke 7\n'), 'the decision does not go to 9 and 7');
      expect(JSON.stringify(comments(saved)) === JSON.stringify(comments(before)), 'comments changed');
    });

    await check('the cursor in a step selects its symbol, and a clicked symbol shows its step in the text', async () => {
      const lines = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8').split('\n');
      await focusEditor();
      await goTo(`${lines.findIndex((l) => l.startsWith('\t\t5 perencana')) + 3}:5`); // the waktu line of step 5
      await diagram.locator('[id="sprotty_langkah:5"].selected').waitFor({ timeout: 10000 });
      await page.locator('.breadcrumbs-control .monaco-breadcrumb-item:has-text("Langkah 5")').waitFor({ timeout: 10000 });
      await svgElement(diagram, 'langkah:3').locator('.step-outline').click();
      // The breadcrumbs above the editor name the step the cursor is in.
      await page.locator('.breadcrumbs-control .monaco-breadcrumb-item:has-text("Langkah 3")').waitFor({ timeout: 10000 });
      await page.locator('.view-line', { hasText: '3 perencana "Memeriksa format' }).first().waitFor({ timeout: 10000 });
      await shot('9-selection');
    });

    let storage;
    let archive;
    let firstServer;
    await check('the first server lists the classes it loads in the extension storage, and the archive is made from them', async () => {
      firstServer = await eventually(10, () => languageServers().find((server) => jvmOption(server, 'DumpLoadedClassList')));
      expect(firstServer, `no server writes a class list: ${JSON.stringify(languageServers().map((server) => server.args))}`);
      const loading = jvmOption(firstServer, 'DumpLoadedClassList');
      storage = path.dirname(loading);
      expect(storage.startsWith(path.join(STATE, 'user-data')), `the class list is written outside the profile: ${loading}`);
      // Made in the background at low priority, 10 s after the first diagnostics.
      const name = await eventually(180, () => fs.readdirSync(storage).find((file) => file.endsWith('.jsa')));
      expect(name, `no archive in ${storage} after 3 minutes: ${fs.readdirSync(storage).join(', ')}`);
      archive = path.join(storage, name);
      const listed = fs.readFileSync(archive.replace(/\.jsa$/, '.classlist'), 'utf8').split('\n');
      expect(listed.some((line) => line.startsWith('org/dinsos/sop/')), `the class list holds no class of the server (${listed.length} lines)`);
      const left = fs.readdirSync(storage).filter((file) => /\.(tmp|loading)$/.test(file));
      expect(left.length === 0, `working files left beside the archive: ${left.join(', ')}`);
    });

    await check('a reloaded window starts the server on the archive, and it still checks the SOP', async () => {
      expect(archive, 'no archive to start with');
      await command('Developer: Reload Window');
      const server = await eventually(90, () => languageServers().find((s) => s.pid !== firstServer.pid && jvmOption(s, 'SharedArchiveFile')));
      expect(server, `no new server maps an archive: ${JSON.stringify(languageServers().map((s) => s.args))}`);
      expect(jvmOption(server, 'SharedArchiveFile') === archive, `the server maps ${jvmOption(server, 'SharedArchiveFile')}, not ${archive}`);
      expect(!jvmOption(server, 'DumpLoadedClassList'), 'the server lists its classes again');
      // Java maps the archive into the process when it starts, or runs without it when it cannot.
      const mapped = await eventually(30, () => fs.readFileSync(`/proc/${server.pid}/maps`, 'utf8').includes(archive));
      expect(mapped, `the server (pid ${server.pid}) has not mapped ${archive}`);
      await page.locator(`.tabs-container .tab:has-text("${FILE}")`).first().waitFor({ timeout: 60000 });
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
      await focusEditor();
      await goTo('58:11'); // "1 mulai kepala" since the rename: the cursor before kepala
      await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.type('kadiz');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+m');
      const problem = page.locator('.markers-panel .monaco-list-row:has-text("kadiz")').first();
      await problem.waitFor({ timeout: 60000 });
      const row = await text(problem);
      await shot('10-reloaded');
      expect(row.includes(`Pelaksana 'kadiz' belum dideklarasikan`), `problem reads "${row}"`);
    });
  } catch (e) {
    console.log(`FAIL the workbench: ${e.message.split('\n')[0]}`);
    results.push({ name: 'the workbench', ok: false });
    await shot('failure-workbench');
    serverThreads('failure-workbench');
  } finally {
    await browser.close();
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length && results.length > 0 ? 0 : 1);
})();
