// Java's class-data sharing for the language server: a static archive of the classes the server loads, made on
// the user's machine for the user's Java, so that later starts map those classes instead of loading them.
import * as cp from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** How long files made for another Java stay in the storage folder once no start has used them. */
const UNUSED_DAYS = 30;
/** How old a working file of the current Java and jar must be before a start takes it for a leftover. */
const LEFTOVER_HOURS = 24;

/**
 * JVM options that keep the server's stdout for LSP messages: JVM logging (by default on stdout; a Java that
 * finds an archive of another Java warns there) goes to stderr, warnings only, and so does the VM's own output.
 */
export const STDOUT_FOR_LSP_ONLY: readonly string[] = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+DisplayVMOutputToStderr'];

/** What became of an attempt to make the archive. */
export type ArchiveResult =
  | { made: true; archive: string; classes: number; seconds: number }
  | { made: false; reason: string };

/**
 * The class-data files of one Java and one server jar in the extension's storage folder, all named
 * sop-<jar>-<java>.*: the jar part is a hash of the jar's size and date, the Java part a hash of what
 * `java -version` prints, so that a new jar or another Java gets files of its own.
 *
 * A start without an archive runs the server with -XX:DumpLoadedClassList, which writes the name of every
 * class the server loads into a list of its own. Once the server has started and checked the open files,
 * makeArchive() keeps the complete lines of that list (sop-<key>.classlist) and runs `java -Xshare:dump` on
 * them at low priority into a temporary file, renamed into place (sop-<key>.jsa) only when Java says the
 * dump succeeded: a half-written archive is never used. Later starts map the archive. A failed dump leaves
 * its output in sop-<key>.failed.log, and then no later start of that key tries again.
 *
 * Nothing of this reaches the server's stdout, which carries only LSP messages (STDOUT_FOR_LSP_ONLY). A Java
 * that cannot map the archive (-Xshare:auto, the default) runs the server without it.
 */
export class ClassData {
  readonly archive: string;
  readonly classList: string;
  readonly failureLog: string;
  /** The list the server of this start writes when there is no archive yet. */
  readonly loadingList: string;
  private readonly prefix: string;
  private dump: cp.ChildProcess | undefined;
  private disposed = false;

  constructor(private readonly folder: string, private readonly java: string, javaVersionText: string, private readonly jar: string) {
    const jarStat = fs.statSync(jar);
    this.prefix = `sop-${hash(`${jarStat.size}|${jarStat.mtimeMs}`)}-${hash(javaVersionText)}`;
    this.archive = path.join(folder, `${this.prefix}.jsa`);
    this.classList = path.join(folder, `${this.prefix}.classlist`);
    this.failureLog = path.join(folder, `${this.prefix}.failed.log`);
    this.loadingList = path.join(folder, `${this.prefix}.${process.pid}.loading`);
  }

  get hasArchive(): boolean {
    return fs.existsSync(this.archive);
  }

  /** Whether this start should make the archive: none yet, and no earlier attempt failed. */
  get wantsArchive(): boolean {
    return !this.hasArchive && !fs.existsSync(this.failureLog);
  }

  /** The JVM options that start the server: mapping the archive, else writing the list it will be made from. */
  serverOptions(): string[] {
    fs.mkdirSync(this.folder, { recursive: true });
    if (this.hasArchive) {
      const now = new Date();
      fs.utimesSync(this.archive, now, now); // used: removeStale() keeps it while this Java is in use
      return [...STDOUT_FOR_LSP_ONLY, `-XX:SharedArchiveFile=${this.archive}`];
    }
    return this.wantsArchive ? [...STDOUT_FOR_LSP_ONLY, `-XX:DumpLoadedClassList=${this.loadingList}`] : [...STDOUT_FOR_LSP_ONLY];
  }

  /**
   * Makes the archive from the classes the server has loaded so far, with the server's Java, in a process
   * of low priority. Resolves when the archive is in place or the attempt has failed; never rejects.
   */
  async makeArchive(): Promise<ArchiveResult> {
    const started = Date.now();
    const temporary = `${this.archive}.${process.pid}.tmp`;
    if (this.disposed) {
      return { made: false, reason: 'jendela ditutup sebelum arsip dibuat' };
    }
    try {
      const loaded = fs.readFileSync(this.loadingList, 'utf8');
      // The server may be writing a line right now: only lines that end are taken.
      const lines = loaded.slice(0, loaded.lastIndexOf('\n') + 1);
      writeAtomically(this.classList, lines);
      const { status, output } = await this.run(this.java, [
        '-Xshare:dump', `-XX:SharedClassListFile=${this.classList}`, `-XX:SharedArchiveFile=${temporary}`, '-cp', this.jar,
      ]);
      if (this.disposed) {
        return { made: false, reason: 'jendela ditutup sebelum arsip selesai dibuat' };
      }
      if (status !== 0 || !fs.existsSync(temporary)) {
        fs.writeFileSync(this.failureLog, `${this.java} -Xshare:dump -XX:SharedClassListFile=${this.classList} (exit ${status})\n${output}`);
        return { made: false, reason: `java -Xshare:dump berhenti dengan kode ${status}; keluarannya di ${this.failureLog}` };
      }
      // The list it was made from goes first: once the archive is in place, no working file is left.
      removeQuietly(this.loadingList);
      fs.renameSync(temporary, this.archive);
      return { made: true, archive: this.archive, classes: lines.split('\n').length - 1, seconds: (Date.now() - started) / 1000 };
    } catch (error) {
      return { made: false, reason: String(error) };
    } finally {
      removeQuietly(temporary);
    }
  }

  /** Stops a dump under way (the window closes): its temporary file is removed and no archive is put in place. */
  dispose(): void {
    this.disposed = true;
    this.dump?.kill();
  }

  /** Runs a command at the lowest CPU priority, collecting its stdout and stderr. */
  private run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = cp.spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      this.dump = child;
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      if (child.pid !== undefined) {
        try {
          os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
        } catch {
          // Not permitted here: the dump runs at normal priority.
        }
      }
      child.on('error', (error) => resolve({ status: null, output: `${output}${String(error)}` }));
      child.on('close', (status) => {
        this.dump = undefined;
        resolve({ status, output });
      });
    });
  }

  /**
   * Removes what is of no more use in the storage folder: the files of another jar (an earlier or later
   * version of the server), those of another Java that no start used for UNUSED_DAYS, and working files of
   * this Java and jar left by a start that ended before its archive was made. A file another process still
   * holds open on Windows stays until a later start.
   */
  removeStale(): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.folder);
    } catch {
      return;
    }
    const jarPart = this.prefix.split('-')[1];
    const now = Date.now();
    for (const name of names.filter((n) => n.startsWith('sop-'))) {
      const file = path.join(this.folder, name);
      const key = /^sop-([0-9a-f]{8})-([0-9a-f]{8})\./.exec(name);
      let age: number;
      try {
        age = now - fs.statSync(file).mtimeMs;
      } catch {
        continue;
      }
      const ownWorkingFile = name.startsWith(`${this.prefix}.`) && /\.(loading|tmp)$/.test(name) && file !== this.loadingList;
      if (!key || key[1] !== jarPart
        || (!name.startsWith(`${this.prefix}.`) && age > UNUSED_DAYS * 24 * 3600 * 1000)
        || (ownWorkingFile && age > LEFTOVER_HOURS * 3600 * 1000)) {
        removeQuietly(file);
      }
    }
  }
}

function hash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Held open by another process (Windows): a later start removes it.
  }
}
