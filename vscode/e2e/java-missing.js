// The extension on a machine whose Java is too old: opening an SOP shows the message in Bahasa Indonesia
// that names the Java found and how to fix it, with a button to the setting, and no server is started.
//
//   usage: node java-missing.js PORT WORKSPACE SCREENSHOT_DIR
//   The workspace's .vscode/settings.json points sop.java.home at a folder whose bin/java says version 11.
//   needs: playwright-core (NODE_PATH) and /usr/bin/chromium
const path = require('path');
const { chromium } = require('playwright-core');

const [PORT, WORKSPACE, SHOTS] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let ok = false;
  try {
    await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WORKSPACE)}`, { waitUntil: 'domcontentloaded' });
    const item = page.locator('.explorer-folders-view .monaco-list-row[aria-label^="lakip.sop"]').first();
    await item.waitFor({ state: 'visible', timeout: 90000 });
    await item.click();
    const toast = page.locator('.notifications-toasts .notification-toast:has-text("Java")').first();
    await toast.waitFor({ timeout: 60000 });
    const shown = (await toast.innerText()).replace(/\s+/g, ' ').trim();
    await page.screenshot({ path: path.join(SHOTS, 'java-missing.png') });
    const expected = 'Server bahasa SOP memerlukan Java 17 atau lebih baru. Java yang ditemukan versi 11';
    if (!shown.includes(expected)) {
      throw new Error(`the message reads "${shown}"`);
    }
    if (!shown.includes('Buka Pengaturan')) {
      throw new Error(`no "Buka Pengaturan" button in "${shown}"`);
    }
    ok = true;
    console.log('PASS an SOP opened with Java 11 shows the message naming the Java found and the setting to change');
  } catch (e) {
    await page.screenshot({ path: path.join(SHOTS, 'failure-java-missing.png') }).catch(() => {});
    console.log(`FAIL an SOP opened with Java 11 shows the message: ${e.message.split('\n')[0]}`);
  } finally {
    await browser.close();
  }
  process.exit(ok ? 0 : 1);
})();
