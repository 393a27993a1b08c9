// The SOP AP extension: starts the SOP language server (the bundled sop.jar, `sop lsp`) on a Java 17+.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ClassData } from './classData';
import { DiagramPanels } from './diagram';

const MIN_JAVA = 17;
/**
 * How long after the server's first diagnostics the class-data archive is made: by then the server has
 * answered the requests that follow opening a file (code lens, outline, folding) and loaded their classes.
 */
const ARCHIVE_AFTER_MS = 10000;
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const java = javaExecutable();
  const version = javaVersion(java);
  if (version === undefined || version.major < MIN_JAVA) {
    const found = version === undefined ? `Java tidak ditemukan (${java})` : `Java yang ditemukan versi ${version.major} (${java})`;
    const choice = await vscode.window.showErrorMessage(
      `Server bahasa SOP memerlukan Java ${MIN_JAVA} atau lebih baru. ${found}. ` +
        `Pasang Java ${MIN_JAVA}+ atau isi pengaturan "sop.java.home" dengan folder Java, lalu muat ulang jendela.`,
      'Buka Pengaturan'
    );
    if (choice === 'Buka Pengaturan') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'sop.java.home');
    }
    return;
  }

  const jar = context.asAbsolutePath(path.join('server', 'sop.jar'));
  const classData = new ClassData(context.globalStorageUri.fsPath, java, version.text, jar);
  classData.removeStale();
  context.subscriptions.push(classData);
  const makeArchive = classData.wantsArchive;
  let firstDiagnostics = true;
  const serverOptions: ServerOptions = {
    command: java,
    // No transport given: the client then talks over stdio without adding arguments such as --stdio.
    args: [...classData.serverOptions(), '-jar', jar, 'lsp'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'sop' }],
    initializationOptions: {
      jamKerjaPerHari: settings().get<number>('jamKerjaPerHari'),
      kertas: settings().get<string>('kertas'),
      tingkatMasalah: settings().get<Record<string, string>>('tingkatMasalah'),
    },
    synchronize: {
      // The server re-reads the "sop" section (working-day length, paper, severities) whenever it changes,
      // and checks again when an office's sop.properties changes.
      configurationSection: 'sop',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.sop'), vscode.workspace.createFileSystemWatcher('**/sop.properties')],
    },
    outputChannelName: 'SOP AP',
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        if (makeArchive && firstDiagnostics) {
          firstDiagnostics = false;
          setTimeout(() => void makeClassDataArchive(classData), ARCHIVE_AFTER_MS);
        }
      },
    },
  };
  client = new LanguageClient('sop', 'Server bahasa SOP', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sop.java.home')) {
        vscode.window.showInformationMessage('Pengaturan Java untuk SOP berubah: muat ulang jendela agar dipakai.');
      }
    })
  );
  await client.start();
  const diagrams = new DiagramPanels(client, context);
  context.subscriptions.push(
    vscode.commands.registerCommand('sop.generatePdf', () => generatePdf()),
    vscode.commands.registerCommand('sop.previewDocument', () => previewDocument(context)),
    vscode.commands.registerCommand('sop.openChecklist', () => openChecklist()),
    vscode.commands.registerCommand('sop.openDiagram', () => openDiagram(diagrams))
  );
}

/** Makes the server's class-data archive in the background and says in the output panel what became of it. */
async function makeClassDataArchive(classData: ClassData): Promise<void> {
  const result = await classData.makeArchive();
  client?.outputChannel.appendLine(result.made
    ? `Arsip class-data server dibuat dari ${result.classes} kelas dalam ${result.seconds.toFixed(1)} detik: ${result.archive}. ` +
      'Server berikutnya memetakan kelas-kelas itu dan mulai lebih cepat.'
    : `Arsip class-data server tidak dibuat: ${result.reason}. Server tetap berjalan tanpa arsip.`);
}

/** The SOP file in the active editor, saved first so that the document shows what the user sees. */
async function activeSop(): Promise<vscode.TextDocument | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'sop') {
    vscode.window.showWarningMessage('Buka dulu berkas .sop yang akan dicetak.');
    return undefined;
  }
  await document.save();
  return document;
}

/** Asks the server to write the PDF beside the file (the server refuses an SOP with errors and says why). */
async function generatePdf(): Promise<void> {
  const document = await activeSop();
  if (!document || !client) {
    return;
  }
  try {
    const written: string = await client.sendRequest('workspace/executeCommand', {
      command: 'sop.writeDocument',
      arguments: [document.uri.toString(), 'pdf'],
    });
    const choice = await vscode.window.showInformationMessage(`PDF dibuat: ${written}`, 'Buka PDF');
    if (choice === 'Buka PDF') {
      await vscode.env.openExternal(vscode.Uri.file(written));
    }
  } catch (error) {
    vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}

/** A panel showing the printed SOP, refreshed whenever the file is saved. */
async function previewDocument(context: vscode.ExtensionContext): Promise<void> {
  const document = await activeSop();
  if (!document || !client) {
    return;
  }
  const panel = vscode.window.createWebviewPanel('sopPreview', `Pratinjau: ${path.basename(document.fileName)}`,
    vscode.ViewColumn.Beside, { enableScripts: false });
  const refresh = async (): Promise<void> => {
    try {
      panel.webview.html = await client!.sendRequest('workspace/executeCommand', {
        command: 'sop.renderPreview',
        arguments: [document.uri.toString()],
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      panel.webview.html = `<!DOCTYPE html><html lang="id"><body><p>${escapeHtml(message)}</p></body></html>`;
    }
  };
  const onSave = vscode.workspace.onDidSaveTextDocument((saved) => {
    if (saved.uri.toString() === document.uri.toString()) {
      void refresh();
    }
  });
  panel.onDidDispose(() => onSave.dispose(), undefined, context.subscriptions);
  await refresh();
}

/**
 * The interactive checklist of the SOP: the server writes it beside the file (lakip.checklist.html), the
 * panel runs it, and the same file opens in a browser or on a phone.
 */
async function openChecklist(): Promise<void> {
  const document = await activeSop();
  if (!document || !client) {
    return;
  }
  try {
    const written: string = await client.sendRequest('workspace/executeCommand', {
      command: 'sop.writeChecklist',
      arguments: [document.uri.toString(), 'html'],
    });
    const panel = vscode.window.createWebviewPanel('sopChecklist', `Checklist: ${path.basename(document.fileName)}`,
      vscode.ViewColumn.Beside, { enableScripts: true, retainContextWhenHidden: true });
    panel.webview.html = fs.readFileSync(written, 'utf8');
    const choice = await vscode.window.showInformationMessage(`Checklist dibuat: ${written}`, 'Buka di peramban');
    if (choice === 'Buka di peramban') {
      await vscode.env.openExternal(vscode.Uri.file(written));
    }
  } catch (error) {
    vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}

/** The swimlane diagram of the SOP in the active editor, beside it. */
function openDiagram(diagrams: DiagramPanels): void {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'sop') {
    vscode.window.showWarningMessage('Buka dulu berkas .sop yang diagramnya akan ditampilkan.');
    return;
  }
  diagrams.show(document);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

function settings(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('sop');
}

/** The java to run: from the setting sop.java.home, else JAVA_HOME, else the one on PATH. */
function javaExecutable(): string {
  const binary = process.platform === 'win32' ? 'java.exe' : 'java';
  for (const home of [settings().get<string>('java.home'), process.env.JAVA_HOME]) {
    if (home && fs.existsSync(path.join(home, 'bin', binary))) {
      return path.join(home, 'bin', binary);
    }
  }
  return binary;
}

/**
 * The major version of a java executable ("1.8" is 8) and all that `java -version` prints, or undefined when
 * it does not run.
 */
function javaVersion(java: string): { major: number; text: string } | undefined {
  const result = cp.spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 20000 });
  if (result.error || result.status !== 0) {
    return undefined;
  }
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) {
    return undefined;
  }
  const major = Number(match[1]);
  return { major: major === 1 ? Number(match[2]) : major, text };
}
