// The swimlane diagram of an SOP in a webview beside its text: the server's Sprotty model, drawn by the
// bundled webview script (out/webview), refreshed after every change of the text and of its problems.
// Gestures and palette buttons become the server's edit operations, applied as workspace edits.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageclient/node';
import type { EditOperation } from './gen/editOperation';

interface Position {
  line: number;
  character: number;
}

/** An element of the server's diagram model (DiagramModel in the language server). */
interface DiagramElement {
  type: string;
  id: string;
  pelaksana?: string;
  label?: string;
  nomor?: string;
  kegiatan?: string;
  waktu?: string;
  output?: string[];
  range?: { start: Position; end: Position };
}

interface Graph {
  id: string;
  revision: number;
  children: DiagramElement[];
}

/** One diagram panel per SOP file. */
export class DiagramPanels {
  private readonly panels = new Map<string, DiagramPanel>();

  constructor(private readonly client: LanguageClient, private readonly context: vscode.ExtensionContext) {}

  show(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const open = this.panels.get(key);
    if (open) {
      open.reveal();
      return;
    }
    this.panels.set(key, new DiagramPanel(document, this.client, this.context, () => this.panels.delete(key)));
  }
}

class DiagramPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private model: Graph | undefined;
  private requests = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The element selected last, in the diagram or through the cursor: the other side follows only a change. */
  private selected: string | undefined;

  constructor(private readonly document: vscode.TextDocument, private readonly client: LanguageClient,
    context: vscode.ExtensionContext, onDispose: () => void) {
    const root = vscode.Uri.joinPath(context.extensionUri, 'out', 'webview');
    this.panel = vscode.window.createWebviewPanel('sopDiagram', `Diagram: ${path.basename(document.fileName)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [root] });
    this.panel.webview.html = html(this.panel.webview, root);
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message) => this.received(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === document) {
          this.schedule();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === document.uri.toString())) {
          this.schedule();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === document) {
          this.cursorMoved(event.selections[0].active);
        }
      }),
    );
    this.panel.onDidDispose(() => {
      clearTimeout(this.timer);
      this.disposables.forEach((d) => d.dispose());
      onDispose();
    });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private async received(message: { type: string; ids?: string[]; id?: string; pelaksana?: string; action?: string }): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.refresh();
      case 'selected':
        return this.selectedInDiagram(message.ids ?? []);
      case 'moveToLane':
        return this.edit({ kind: 'moveToLane', step: this.nomor(message.id!), pelaksana: message.pelaksana! });
      case 'palette':
        return this.palette(message.action!, message.ids ?? []);
    }
  }

  /** A new model shortly after the text or its problems change, once for a burst of typing. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 150);
  }

  private async refresh(): Promise<void> {
    const request = ++this.requests;
    try {
      const model: Graph = await this.client.sendRequest('sop/diagram', { uri: this.document.uri.toString() });
      // An answer overtaken by a later request shows an older text: only the latest one is drawn.
      if (request === this.requests) {
        this.model = model;
        void this.panel.webview.postMessage({ type: 'model', model });
      }
    } catch (error) {
      // While the text does not parse into an SOP the diagram keeps showing the last one that did.
      this.client.outputChannel.appendLine(`Diagram ${this.document.uri.fsPath}: ${message(error)}`);
      if (!this.model) {
        vscode.window.showErrorMessage(message(error));
      }
    }
  }

  /** Shows the selected step or lane in the text. */
  private async selectedInDiagram(ids: string[]): Promise<void> {
    const element = this.model?.children.find((e) => ids.includes(e.id) && e.range);
    if (!element?.range) {
      return;
    }
    this.selected = element.id;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document)
      ?? await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: true });
    const start = new vscode.Position(element.range.start.line, element.range.start.character);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Selects the step (or else the lane) whose text holds the cursor. */
  private cursorMoved(cursor: vscode.Position): void {
    const holds = (e: DiagramElement): boolean => !!e.range
      && new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character).contains(cursor);
    const element = this.model?.children.find((e) => e.type.startsWith('node:') && holds(e))
      ?? this.model?.children.find((e) => e.type === 'lane' && holds(e));
    if (element && element.id !== this.selected) {
      this.selected = element.id;
      void this.panel.webview.postMessage({ type: 'select', ids: [element.id] });
    }
  }

  /** Asks the server to write an edit operation into the text, and applies its answer. */
  private async edit(operation: EditOperation): Promise<void> {
    try {
      // The edit of the one file, made for the version of its text that the server had.
      const reply: WorkspaceEdit = await this.client.sendRequest('sop/diagramEdit', { uri: this.document.uri.toString(), operation });
      if ((reply.documentChanges?.[0] as TextDocumentEdit | undefined)?.textDocument.version !== this.document.version) {
        vscode.window.showErrorMessage('Teks SOP berubah sementara perubahan disiapkan; ulangi lagi.');
        return;
      }
      const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(reply);
      if (!(await vscode.workspace.applyEdit(edit))) {
        vscode.window.showErrorMessage('Perubahan tidak dapat diterapkan ke teks SOP.');
      }
    } catch (error) {
      vscode.window.showErrorMessage(message(error));
    }
  }

  private async palette(action: string, ids: string[]): Promise<void> {
    const step = this.model?.children.find((e) => ids.includes(e.id) && e.type.startsWith('node:'));
    const lane = this.model?.children.find((e) => ids.includes(e.id) && e.type === 'lane');
    const needs = { langkah: 'Pilih dulu satu langkah di diagram.', pelaksana: 'Pilih dulu satu pelaksana (judul kolomnya) di diagram.' };
    const stepActions = ['addStep', 'addDecision', 'editKegiatan', 'editWaktu', 'editOutput', 'connectYa', 'connectTidak'];
    if (stepActions.includes(action) && !step) {
      vscode.window.showWarningMessage(needs.langkah);
      return;
    }
    if (['renameLane', 'deleteLane'].includes(action) && !lane) {
      vscode.window.showWarningMessage(needs.pelaksana);
      return;
    }
    if (['delete', 'up', 'down'].includes(action) && !step && !lane) {
      vscode.window.showWarningMessage('Pilih dulu satu langkah atau satu pelaksana di diagram.');
      return;
    }
    const operation = await this.operation(action, step, lane);
    if (operation) {
      await this.edit(operation);
    }
  }

  /** The operation of a palette button, with the values it asks the user for; undefined when cancelled. */
  private async operation(action: string, step: DiagramElement | undefined, lane: DiagramElement | undefined): Promise<EditOperation | undefined> {
    const number = step ? this.nomor(step.id) : 0;
    switch (action) {
      case 'addStep':
      case 'addDecision': {
        const pelaksana = await this.pickLane(`Pelaksana langkah baru sesudah langkah ${number}`, step!.pelaksana);
        const kegiatan = pelaksana && await ask('Kegiatan langkah baru', '', 'Misalnya: Memeriksa kelengkapan berkas');
        const waktu = kegiatan && await ask('Waktu langkah baru', '1 jam', 'Jumlah dan satuan: menit, jam, hari, hari kerja, minggu, bulan');
        if (!pelaksana || !kegiatan || !waktu) {
          return undefined;
        }
        if (action === 'addStep') {
          return { kind: 'addStep', step: number, position: 'after', pelaksana, kegiatan, waktu };
        }
        const ya = await this.pickStep('Cabang Ya menuju langkah');
        const tidak = ya && await this.pickStep('Cabang Tidak menuju langkah');
        return ya && tidak ? { kind: 'addDecision', step: number, position: 'after', pelaksana, kegiatan, waktu, ya, tidak } : undefined;
      }
      case 'delete':
        return step ? { kind: 'deleteStep', step: number } : { kind: 'deleteLane', pelaksana: lane!.pelaksana! };
      case 'up':
      case 'down': {
        const by = action === 'up' ? -1 : 1;
        if (step) {
          return { kind: 'moveStep', step: number, to: number + by };
        }
        const lanes = this.lanes();
        return { kind: 'moveLane', pelaksana: lane!.pelaksana!, position: lanes.indexOf(lane!) + 1 + by };
      }
      case 'connectYa':
      case 'connectTidak': {
        const branch = action === 'connectYa' ? 'ya' : 'tidak';
        const to = await this.pickStep(`Cabang ${branch === 'ya' ? 'Ya' : 'Tidak'} langkah ${number} menuju langkah`);
        return to ? { kind: 'connectBranch', step: number, branch, to } : undefined;
      }
      case 'addLane': {
        const pelaksana = await ask('Nama singkat pelaksana baru (satu kata, tanpa spasi)', '', 'Misalnya: kasubag', (value) =>
          /^[A-Za-z_][A-Za-z0-9_]*$/.test(value) ? undefined : 'Gunakan huruf, angka dan _, tanpa spasi, diawali huruf.');
        const label = pelaksana && await ask('Jabatan pelaksana baru (judul kolom)', '', 'Misalnya: Kepala Sub Bagian Umum');
        const lanes = this.lanes();
        return pelaksana && label ? { kind: 'addLane', pelaksana, label, position: lane ? lanes.indexOf(lane) + 2 : lanes.length + 1 } : undefined;
      }
      case 'renameLane': {
        const name = await ask('Nama singkat pelaksana', lane!.pelaksana!, '');
        const label = name && await ask('Jabatan pelaksana (judul kolom)', lane!.label!, '');
        if (!name || !label) {
          return undefined;
        }
        return { kind: 'renameLane', pelaksana: lane!.pelaksana!, name: name === lane!.pelaksana ? null : name, label: label === lane!.label ? null : label };
      }
      case 'deleteLane':
        return { kind: 'deleteLane', pelaksana: lane!.pelaksana! };
      case 'editKegiatan': {
        const kegiatan = await ask(`Kegiatan langkah ${number}`, step!.kegiatan ?? '', '');
        return kegiatan ? { kind: 'editKegiatan', step: number, kegiatan } : undefined;
      }
      case 'editWaktu': {
        const waktu = await ask(`Waktu langkah ${number}`, step!.waktu === '-' ? '' : step!.waktu ?? '', 'Jumlah dan satuan, misalnya 2 jam');
        return waktu ? { kind: 'editWaktu', step: number, waktu } : undefined;
      }
      case 'editOutput': {
        const output = await ask(`Output langkah ${number} (pisahkan dengan ;, kosongkan untuk menghapus)`, (step!.output ?? []).join('; '), '', () => undefined);
        return output === undefined ? undefined
          : { kind: 'editOutput', step: number, output: output.split(';').map((o) => o.trim()).filter((o) => o.length > 0) };
      }
    }
    return undefined;
  }

  private lanes(): DiagramElement[] {
    return this.model?.children.filter((e) => e.type === 'lane') ?? [];
  }

  private nomor(id: string): number {
    return Number(this.model?.children.find((e) => e.id === id)?.nomor);
  }

  private async pickLane(title: string, first: string | undefined): Promise<string | undefined> {
    const lanes = this.lanes().sort((a, b) => Number(b.pelaksana === first) - Number(a.pelaksana === first));
    const picked = await vscode.window.showQuickPick(lanes.map((l) => ({ label: l.pelaksana!, description: l.label })), { title, placeHolder: 'Pilih pelaksana' });
    return picked?.label;
  }

  private async pickStep(title: string): Promise<number | undefined> {
    const steps = this.model?.children.filter((e) => e.type.startsWith('node:')) ?? [];
    const picked = await vscode.window.showQuickPick(steps.map((s) => ({ label: s.nomor!, description: s.kegiatan })), { title, placeHolder: 'Pilih langkah' });
    return picked ? Number(picked.label) : undefined;
  }
}

/** Asks for a value; an empty one counts as cancelled unless `validate` accepts it. */
async function ask(title: string, value: string, placeHolder: string,
  validate: (value: string) => string | undefined = (v) => (v.trim() ? undefined : 'Isi tidak boleh kosong.')): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({ title, value, placeHolder, validateInput: validate });
  return answer === undefined ? undefined : answer.trim();
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function html(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = [...Array(32)].map(() => Math.floor(Math.random() * 36).toString(36)).join('');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'diagram.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'diagram.css'));
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<link rel="stylesheet" href="${style}">
<title>Diagram SOP</title>
</head>
<body>
<div id="palette" role="toolbar" aria-label="Palet diagram">
  <button data-action="addStep" title="Langkah proses baru sesudah langkah yang dipilih">Tambah langkah</button>
  <button data-action="addDecision" title="Keputusan baru sesudah langkah yang dipilih">Tambah keputusan</button>
  <button data-action="delete" title="Hapus langkah atau pelaksana yang dipilih">Hapus</button>
  <button data-action="up" title="Langkah ke atas, pelaksana ke kiri">Naik</button>
  <button data-action="down" title="Langkah ke bawah, pelaksana ke kanan">Turun</button>
  <button data-action="connectYa" title="Arahkan cabang Ya keputusan yang dipilih">Sambung Ya</button>
  <button data-action="connectTidak" title="Arahkan cabang Tidak keputusan yang dipilih">Sambung Tidak</button>
  <span class="separator"></span>
  <button data-action="addLane" title="Kolom pelaksana baru sesudah yang dipilih">Tambah pelaksana</button>
  <button data-action="renameLane" title="Ubah nama dan jabatan pelaksana yang dipilih">Ubah pelaksana</button>
  <button data-action="deleteLane" title="Hapus pelaksana yang dipilih (tanpa langkah)">Hapus pelaksana</button>
  <span class="separator"></span>
  <button data-action="editKegiatan">Ubah kegiatan</button>
  <button data-action="editWaktu">Ubah waktu</button>
  <button data-action="editOutput">Ubah output</button>
</div>
<div id="sprotty"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
