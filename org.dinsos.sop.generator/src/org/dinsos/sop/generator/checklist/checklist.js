// Runs the embedded checklist: one step at a time, timed against its Mutu Baku, logged, kept in localStorage.
// SOP text only ever reaches the page through textContent and attributes, never as markup.
(() => {
  'use strict';

  const checklist = JSON.parse(document.getElementById('checklist').textContent);
  const steps = new Map(checklist.langkah.map((step) => [step.nomor, step]));
  const lanes = new Map(checklist.pelaksana.map((lane) => [lane.id, lane.label]));
  const storageKey = `sop-checklist:${checklist.sop.nama}:${checklist.sop.nomor ?? ''}`;
  const CSV_COLUMNS = ['langkah', 'kegiatan', 'pelaksana', 'operator', 'mulai', 'selesai', 'menit', 'menit_baku',
    'melebihi', 'jawaban', 'catatan'];
  const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
  const jam = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  const jamSingkat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const $ = (id) => document.getElementById(id);

  let state = load();

  function freshState() {
    const now = new Date().toISOString();
    return { versi: 1, operator: '', saya: '', mulai: now, saat: checklist.mulai ?? null, mulaiLangkah: now,
      centang: {}, catatan: '', log: [] };
  }

  function load() {
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey));
      if (stored && stored.versi === 1 && Array.isArray(stored.log) && (stored.saat === null || steps.has(stored.saat))) {
        return { ...stored, saya: lanes.has(stored.saya) ? stored.saya : '' };
      }
    } catch (unavailable) {
      // Nothing usable stored, or no storage at all: a new run; save() tells the user about the latter.
    }
    return freshState();
  }

  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (unavailable) {
      $('penyimpanan').hidden = false;
    }
  }

  /** An element with attributes, listeners (on...) and children; strings become text nodes. */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (name.startsWith('on')) {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    node.append(...present(children));
    return node;
  }

  /** Children without the ones a condition left out (null, undefined, false or ''). */
  const present = (children) => children.flat().filter((child) => child !== null && child !== undefined && child !== false
    && child !== '');

  const laneLabel = (id) => (id === undefined ? 'Pelaksana tidak diketahui' : lanes.get(id) ?? id);

  function waktuText(waktu) {
    if (!waktu) {
      return 'waktu baku tidak ditentukan';
    }
    const written = `${angka.format(waktu.jumlah)} ${waktu.satuan}`;
    return waktu.menit === undefined || waktu.satuan.toLowerCase() === 'menit'
      ? written : `${written} (${angka.format(waktu.menit)} menit)`;
  }

  function flowText(step) {
    if (step.jenis === 'keputusan') {
      return `Ya ke ${step.ya}, Tidak ke ${step.tidak}`;
    }
    return step.berikutnya === undefined ? 'akhir prosedur' : `lanjut ke ${step.berikutnya}`;
  }

  /** h:mm:ss, as a stopwatch shows it. */
  function duration(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const two = (n) => String(n).padStart(2, '0');
    return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  }

  const elapsed = () => Date.now() - Date.parse(state.mulaiLangkah);
  /** Minutes with one decimal, as `sop run` logs them; a step is over its baku when they exceed it. */
  const minutes = (ms) => Math.round(Math.max(0, ms) / 6000) / 10;
  const overrun = (step, ms) => step.waktu?.menit !== undefined && minutes(ms) > step.waktu.menit;

  function finishStep(jawaban) {
    const step = steps.get(state.saat);
    const now = new Date();
    const ms = now - Date.parse(state.mulaiLangkah);
    const next = jawaban ? step[jawaban] : step.berikutnya;
    const entry = { langkah: step.nomor, kegiatan: step.kegiatan, pelaksana: step.pelaksana, operator: state.operator,
      mulai: state.mulaiLangkah, selesai: now.toISOString(), menit: minutes(ms),
      menitBaku: step.waktu?.menit, melebihi: overrun(step, ms), jawaban, catatan: state.catatan || undefined,
      berikutnya: next };
    // Absent rather than null or empty, as in the log of `sop run`.
    Object.keys(entry).filter((key) => entry[key] === undefined).forEach((key) => delete entry[key]);
    state.log.push(entry);
    state.saat = steps.has(next) ? next : null;
    state.mulaiLangkah = entry.selesai;
    state.centang = {};
    state.catatan = '';
    save();
    render();
    // The next step's buttons sit where the last ones were: a double tap must not finish two steps.
    const fresh = $('kartu').querySelectorAll('.tombol button');
    fresh.forEach((button) => { button.disabled = true; });
    setTimeout(() => fresh.forEach((button) => { button.disabled = false; }), 400);
  }

  function buttons(step) {
    if (step.jenis === 'keputusan') {
      const way = (target) => (target < step.nomor ? 'kembali ke' : 'ke');
      return [
        el('button', { type: 'button', class: 'ya', onclick: () => finishStep('ya') }, `Ya, ${way(step.ya)} langkah ${step.ya}`),
        el('button', { type: 'button', class: 'tidak', onclick: () => finishStep('tidak') },
          `Tidak, ${way(step.tidak)} langkah ${step.tidak}`),
      ];
    }
    const label = step.berikutnya === undefined ? 'Selesai, akhiri prosedur' : `Selesai, lanjut ke langkah ${step.berikutnya}`;
    return [el('button', { type: 'button', class: 'utama', onclick: () => finishStep() }, label)];
  }

  function ticks(kind, title, items) {
    if (items.length === 0) {
      return null;
    }
    return el('fieldset', { class: kind }, el('legend', {}, title), items.map((item, i) => {
      const key = `${kind}-${i}`;
      const box = el('input', { type: 'checkbox', onchange: (event) => {
        state.centang[key] = event.target.checked;
        save();
      } });
      box.checked = Boolean(state.centang[key]);
      return el('label', {}, box, el('span', {}, item));
    }));
  }

  function renderCard() {
    const card = $('kartu');
    const step = steps.get(state.saat);
    if (!step) {
      card.className = 'panel kartu layar tamat';
      card.replaceChildren(...present(finished()));
      return;
    }
    card.className = 'panel kartu layar';
    const note = el('textarea', { id: 'catatan', rows: 3, oninput: (event) => {
      state.catatan = event.target.value;
      save();
    } });
    note.value = state.catatan;
    const waiting = state.saya && step.pelaksana !== state.saya;
    card.replaceChildren(...present([
      el('p', { class: 'posisi' }, `Langkah ${step.nomor} dari ${checklist.langkah.length} · ${step.jenis}`),
      el('h2', {}, el('span', { class: 'nomor' }, String(step.nomor)), el('span', { class: 'kegiatan' }, step.kegiatan)),
      el('p', { class: 'pelaksana' }, 'Pelaksana: ', el('strong', {}, laneLabel(step.pelaksana))),
      waiting && el('p', { class: 'menunggu', role: 'status' },
        `Menunggu ${laneLabel(step.pelaksana)}: langkah ini bukan langkah ${laneLabel(state.saya)}.`),
      ticks('kelengkapan', 'Kelengkapan', step.kelengkapan),
      ticks('output', 'Output', step.output),
      step.keterangan && el('p', { class: 'keterangan' }, `Keterangan: ${step.keterangan}`),
      el('div', { class: 'waktu' },
        el('span', { class: 'baku' }, `Waktu baku: ${waktuText(step.waktu)}`),
        el('span', { class: 'berjalan' }),
        el('strong', { class: 'lewat', hidden: true }, 'Melebihi waktu baku')),
      el('label', { class: 'isian', for: 'catatan' }, 'Catatan langkah ini'),
      note,
      el('div', { class: 'tombol' }, buttons(step))]));
    tick();
  }

  function finished() {
    const log = state.log;
    const over = log.filter((entry) => entry.melebihi).length;
    const end = log.length ? log[log.length - 1].selesai : state.mulai;
    return [
      el('h2', {}, 'Prosedur selesai'),
      el('p', {}, `${log.length} langkah dijalankan dari ${jam.format(new Date(state.mulai))} sampai `
        + `${jam.format(new Date(end))} (${duration(Date.parse(end) - Date.parse(state.mulai))}).`),
      over > 0 && el('p', {}, el('strong', { class: 'lewat' }, `${over} langkah melebihi waktu baku`)),
      el('p', { class: 'catatan-kecil' }, 'Unduh lognya di bawah, lalu Mulai ulang untuk run berikutnya.'),
    ];
  }

  /** The running timer; called every second, it only touches the card's clock and overrun mark. */
  function tick() {
    const step = steps.get(state.saat);
    const card = $('kartu');
    const clock = card.querySelector('.berjalan');
    if (!step || !clock) {
      return;
    }
    const ms = elapsed();
    clock.textContent = `Berjalan ${duration(ms)}`;
    const over = overrun(step, ms);
    card.classList.toggle('melebihi', over);
    card.querySelector('.lewat').hidden = !over;
  }

  function renderOverview() {
    const visits = new Map();
    state.log.forEach((entry) => visits.set(entry.langkah, (visits.get(entry.langkah) ?? 0) + 1));
    const mine = checklist.langkah.filter((step) => !state.saya || step.pelaksana === state.saya);
    $('jumlah').textContent = state.saya
      ? `${mine.length} dari ${checklist.langkah.length} langkah dikerjakan ${laneLabel(state.saya)}`
      : `${checklist.langkah.length} langkah`;
    $('daftar').replaceChildren(...checklist.langkah.map((step) => {
      const classes = ['langkah', step.nomor === state.saat && 'kini', visits.has(step.nomor) && 'sudah',
        state.saya && step.pelaksana !== state.saya && 'lain'];
      return el('li', { class: classes.filter(Boolean).join(' '), 'data-nomor': step.nomor },
        el('span', { class: 'nomor' }, String(step.nomor)),
        el('div', { class: 'isi' },
          el('p', { class: 'kegiatan' }, step.kegiatan),
          el('p', { class: 'rincian' }, [laneLabel(step.pelaksana), waktuText(step.waktu), flowText(step)].join(' · ')),
          items('Kelengkapan', step.kelengkapan),
          items('Output', step.output)),
        el('span', { class: 'tanda', title: 'kali dijalankan' }, visits.has(step.nomor) ? `✓ ${visits.get(step.nomor)}×` : ''));
    }));
  }

  function items(title, list) {
    return list.length === 0 ? null : el('ul', { class: 'centang', 'aria-label': title },
      list.map((item) => el('li', {}, `${title}: ${item}`)));
  }

  function renderLog() {
    const log = state.log;
    const done = state.saat === null;
    $('ringkasan').textContent = `Run dimulai ${jam.format(new Date(state.mulai))}`
      + (done && log.length ? `, selesai ${jam.format(new Date(log[log.length - 1].selesai))}` : ', masih berjalan')
      + `; ${log.length} langkah tercatat.`;
    if (log.length === 0) {
      $('log').replaceChildren(el('tr', {}, el('td', { colspan: 10 }, 'Belum ada langkah yang selesai.')));
      return;
    }
    const cell = (label, text, cls) => el('td', { 'data-label': label, class: cls }, text);
    $('log').replaceChildren(...log.map((entry, i) => el('tr', { class: entry.melebihi ? 'melebihi' : null },
      cell('No', String(i + 1)),
      cell('Langkah', String(entry.langkah)),
      cell('Kegiatan', entry.kegiatan),
      cell('Pelaksana', laneLabel(entry.pelaksana)),
      cell('Operator', entry.operator || '-'),
      cell('Mulai', jamSingkat.format(new Date(entry.mulai)), 'jam'),
      cell('Selesai', jamSingkat.format(new Date(entry.selesai)), 'jam'),
      cell('Lama / baku', `${angka.format(entry.menit)} menit / `
        + (entry.menitBaku === undefined ? '-' : `${angka.format(entry.menitBaku)} menit`)
        + (entry.melebihi ? ' (melebihi waktu baku)' : ''), 'lama'),
      cell('Jawaban', entry.jawaban === undefined ? '-' : entry.jawaban === 'ya' ? 'Ya' : 'Tidak'),
      cell('Catatan', entry.catatan || '-', 'catatan'))));
  }

  function render() {
    $('operator').value = state.operator;
    $('saya').value = state.saya;
    renderCard();
    renderOverview();
    renderLog();
  }

  function runLog() {
    const { nama, judul, nomor } = checklist.sop;
    return { format: 'sop-run-log', versi: 1, sop: { nama, judul, nomor }, operator: state.operator,
      selesai: state.saat === null, langkah: state.log };
  }

  /** RFC 4180, and a leading ' where a spreadsheet would read a formula. */
  function csvCell(value) {
    let text = value === undefined || value === null ? '' : String(value);
    if (/^[=+\-@]/.test(text)) {
      text = `'${text}`;
    }
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }

  function csv() {
    const rows = state.log.map((e) => [e.langkah, e.kegiatan, e.pelaksana, e.operator, e.mulai, e.selesai, e.menit,
      e.menitBaku, e.melebihi, e.jawaban, e.catatan]);
    return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  function fileName(extension) {
    const start = new Date(state.mulai);
    const two = (n) => String(n).padStart(2, '0');
    return `${checklist.sop.nama}-run-${start.getFullYear()}-${two(start.getMonth() + 1)}-${two(start.getDate())}.${extension}`;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  for (const [id, label] of lanes) {
    $('saya').append(el('option', { value: id }, label));
  }
  $('operator').addEventListener('input', (event) => {
    state.operator = event.target.value;
    save();
  });
  $('saya').addEventListener('change', (event) => {
    state.saya = event.target.value;
    save();
    render();
  });
  $('unduh-csv').addEventListener('click', () => download(fileName('csv'), 'text/csv;charset=utf-8', csv()));
  $('unduh-json').addEventListener('click', () => download(fileName('json'), 'application/json',
    `${JSON.stringify(runLog(), null, 2)}\n`));
  $('cetak').addEventListener('click', () => window.print());
  // Asked on the page rather than with confirm(), which a VS Code panel does not show.
  $('ulang').addEventListener('click', () => {
    $('konfirmasi-ulang').hidden = false;
    $('ulang-batal').focus();
  });
  $('ulang-batal').addEventListener('click', () => {
    $('konfirmasi-ulang').hidden = true;
  });
  $('ulang-ya').addEventListener('click', () => {
    $('konfirmasi-ulang').hidden = true;
    state = { ...freshState(), operator: state.operator, saya: state.saya };
    save();
    render();
  });

  save();
  render();
  setInterval(tick, 1000);
})();
