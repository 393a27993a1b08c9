// Start of the language server as the extension starts it, with and without class-data sharing (not a test:
// it prints medians and ratios). Three ways, run in turn so that a busy machine weighs on each alike:
//   none     `java -jar sop.jar lsp` as it is (Java's own archive of the JDK's classes only);
//   dynamic  an archive dumped at exit by a first server run (-XX:ArchiveClassesAtExit), mapped by later runs;
//   static   the archive the extension makes (src/classData.ts: a class list of a first server run, then
//            java -Xshare:dump), mapped by later runs with the options the extension gives.
// Each start is timed from spawning java to the reply to `initialize` and to the first publishDiagnostics of
// the opened lakip.sop, in a copy of the examples; the CPU time the server used until then (user + system,
// Linux /proc) is less swayed by other work on the machine. One more start of each, with -Xlog:class+load, counts the
// classes mapped from an archive ("source: shared objects file") and those loaded from the jar or the JDK.
//
//   usage: node bench/server-start.js [RUNS] [JAVA] [JAR]
//   (in vscode/, after `npm run compile`; RUNS default 9, JAR default the build's sop.jar)
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ClassData } = require('../out/classData.js');

const runs = Number(process.argv[2] || 9);
const java = process.argv[3] || 'java';
const repo = path.resolve(__dirname, '../..');
const jar = path.resolve(process.argv[4] || path.join(repo, 'org.dinsos.sop.jar/target/sop.jar'));
const ticksPerSecond = Number(cp.execSync('getconf CLK_TCK', { encoding: 'utf8' }));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-server-start-'));
const workspace = path.join(work, 'ws');
fs.mkdirSync(workspace);
for (const name of fs.readdirSync(path.join(repo, 'examples')).filter((n) => n.endsWith('.sop'))) {
  fs.copyFileSync(path.join(repo, 'examples', name), path.join(workspace, name));
}
const file = path.join(workspace, 'lakip.sop');
const uri = `file://${file}`;

/** A server process and its LSP messages, each resolved in turn by next(). */
function startServer(options) {
  const started = process.hrtime.bigint();
  const child = cp.spawn(java, [...options, '-jar', jar, 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = Buffer.alloc(0);
  let stderr = '';
  const waiting = [];
  const messages = [];
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = buffer.subarray(0, end).toString('ascii');
      const length = /Content-Length: (\d+)/i.exec(header);
      if (!length) throw new Error(`not an LSP message on the server's stdout: ${JSON.stringify(buffer.toString().slice(0, 200))}`);
      if (buffer.length < end + 4 + Number(length[1])) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + Number(length[1])).toString('utf8'));
      buffer = buffer.subarray(end + 4 + Number(length[1]));
      message.ms = Number(process.hrtime.bigint() - started) / 1e6;
      (waiting.length ? waiting.shift() : (m) => messages.push(m))(message);
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  };
  const next = () => (messages.length ? Promise.resolve(messages.shift()) : new Promise((resolve) => waiting.push(resolve)));
  const until = async (test) => {
    for (;;) {
      const message = await Promise.race([next(), exited.then((code) => {
        throw new Error(`the server exited (${code}): ${stderr.slice(-2000)}`);
      })]);
      if (test(message)) return message;
    }
  };
  return { child, send, until, exited, stderr: () => stderr };
}

/** Starts a server, opens lakip.sop and returns the times to the initialize reply and its first diagnostics. */
async function start(options, beforeStop = async () => {}) {
  const server = startServer(options);
  server.send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: `file://${workspace}`, capabilities: {} } });
  const initialized = await server.until((m) => m.id === 1);
  server.send({ method: 'initialized', params: {} });
  server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'sop', version: 1, text: fs.readFileSync(file, 'utf8') } } });
  const diagnostics = await server.until((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  const cpu = cpuMs(server.child.pid);
  await beforeStop();
  server.send({ id: 2, method: 'shutdown' });
  await server.until((m) => m.id === 2);
  server.send({ method: 'exit' });
  await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 30000))]);
  server.child.kill();
  return { initialize: initialized.ms, diagnostics: diagnostics.ms, cpu, stderr: server.stderr() };
}

/** User + system CPU time of a process so far, in ms. */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' '); // from the third field, the state
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Classes mapped from an archive and classes loaded otherwise, in one start with -Xlog:class+load. */
async function classCounts(options) {
  const log = path.join(work, 'class-load.log');
  fs.rmSync(log, { force: true });
  await start([...options, `-Xlog:class+load=info:file=${log}`]);
  const lines = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('source:'));
  const shared = lines.filter((l) => l.includes('source: shared objects file')).length;
  return { shared, loaded: lines.length - shared };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const mib = (file) => `${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MiB`;

(async () => {
  const version = cp.spawnSync(java, ['-version'], { encoding: 'utf8' });
  const quiet = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+DisplayVMOutputToStderr'];
  const dynamic = path.join(work, 'dynamic.jsa');
  const firstDynamic = Date.now();
  await start([...quiet, `-XX:ArchiveClassesAtExit=${dynamic}`]);
  const dynamicFirstSeconds = (Date.now() - firstDynamic) / 1000;

  const storage = path.join(work, 'storage');
  const classData = new ClassData(storage, java, `${version.stderr}${version.stdout}`, jar);
  const firstStatic = Date.now();
  let made;
  await start(classData.serverOptions(), async () => (made = await classData.makeArchive()));
  if (!made.made) throw new Error(made.reason);
  const staticFirstSeconds = (Date.now() - firstStatic) / 1000;

  const ways = {
    none: [],
    dynamic: [...quiet, `-XX:SharedArchiveFile=${dynamic}`],
    static: classData.serverOptions(),
  };
  const times = Object.fromEntries(Object.keys(ways).map((way) => [way, { initialize: [], diagnostics: [], cpu: [] }]));
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`run ${run}/${runs}\n`);
    for (const [way, options] of Object.entries(ways)) {
      const result = await start(options);
      if (result.stderr.trim()) throw new Error(`${way}: the server wrote to stderr: ${result.stderr}`);
      times[way].initialize.push(result.initialize);
      times[way].diagnostics.push(result.diagnostics);
      times[way].cpu.push(result.cpu);
    }
  }
  const counts = {};
  for (const [way, options] of Object.entries(ways)) {
    counts[way] = await classCounts(options);
  }

  console.log(`Server start, median of ${runs} starts of each, in ms; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')};`);
  console.log(`${version.stderr.split('\n')[0]}`);
  console.log('');
  console.log('| | none | dynamic archive | static archive | none/static | dynamic/static |');
  console.log('|---|---|---|---|---|---|');
  const rows = { initialize: 'reply to initialize', diagnostics: 'first diagnostics of lakip.sop', cpu: 'CPU time until those diagnostics' };
  for (const [what, row] of Object.entries(rows)) {
    const [n, d, s] = ['none', 'dynamic', 'static'].map((way) => median(times[way][what]));
    console.log(`| ${row} | ${n.toFixed(0)} | ${d.toFixed(0)} | ${s.toFixed(0)} | ${(n / s).toFixed(2)}x | ${(d / s).toFixed(2)}x |`);
  }
  const count = (way) => `${counts[way].shared} mapped, ${counts[way].loaded} loaded`;
  console.log(`| classes | ${count('none')} | ${count('dynamic')} | ${count('static')} | | |`);
  console.log(`| archive | | ${mib(dynamic)}, first run ${dynamicFirstSeconds.toFixed(1)} s with the dump at exit | ` +
    `${mib(classData.archive)} from ${made.classes} classes listed, dumped in ${made.seconds.toFixed(1)} s; first run ${staticFirstSeconds.toFixed(1)} s with it | | |`);
  fs.rmSync(work, { recursive: true, force: true });
})().catch((error) => {
  console.error(error);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
