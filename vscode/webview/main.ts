// The diagram webview: Sprotty renders the model the extension sends; selections, drags onto another lane
// and palette buttons go back to the extension, which turns them into text edits through the server.
import 'reflect-metadata';
import 'sprotty/css/sprotty.css';
import './diagram.css';
import { Container, ContainerModule, injectable } from 'inversify';
import {
  configureActionHandler, configureModelElement, configureViewerOptions, editFeature, IActionDispatcher,
  IActionHandler, loadDefaultModules, LocalModelSource, moveFeature, overrideModelElement, SEdgeImpl, SGraphImpl, SGraphView,
  SIssueMarkerImpl, SLabelImpl, SLabelView, TYPES, ZoomMouseListener,
} from 'sprotty';
import {
  Action, GetViewportAction, MoveAction, SelectAction, SelectAllAction, SetViewportAction, SModelElement, SModelRoot, UpdateModelAction, Viewport, ViewportResult,
} from 'sprotty-protocol';
import { ArrowView, LaneNode, LaneView, MarkerView, StepNode, StepView } from './views';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

/** An element of the model as the server sends it: Sprotty's fields and the SOP's own. */
type Element = SModelElement & {
  pelaksana?: string;
  position?: { x: number; y: number };
  size?: { width: number; height: number };
  selected?: boolean;
};

let model: SModelRoot | undefined;
const selection = new Set<string>();
/** True while a selection the extension asked for is applied, so that it is not sent back. */
let selectingForHost = false;

function elements(): Element[] {
  return (model?.children ?? []) as Element[];
}

/** Keeps the selection and reports it, and turns a step dropped onto another lane into a moveToLane. */
@injectable()
class HostBridge implements IActionHandler {
  handle(action: Action): void {
    if (action.kind === SelectAction.KIND) {
      const select = action as SelectAction;
      select.deselectedElementsIDs.forEach((id) => selection.delete(id));
      select.selectedElementsIDs.forEach((id) => selection.add(id));
      this.report();
    } else if (action.kind === SelectAllAction.KIND) {
      selection.clear();
      if ((action as SelectAllAction).select) {
        elements().forEach((element) => selection.add(element.id));
      }
      this.report();
    } else if (action.kind === MoveAction.KIND && (action as MoveAction).finished) {
      this.dropped(action as MoveAction);
    }
  }

  private report(): void {
    if (!selectingForHost) {
      vscode.postMessage({ type: 'selected', ids: [...selection] });
    }
  }

  private dropped(move: MoveAction): void {
    for (const { elementId, toPosition } of move.moves) {
      const step = elements().find((element) => element.id === elementId && element.type.startsWith('node:'));
      if (!step || !step.size) {
        continue;
      }
      const centre = toPosition.x + step.size.width / 2;
      const lane = elements().find((element) => element.type === 'lane' && element.position && element.size
        && element.position.x <= centre && centre < element.position.x + element.size.width);
      if (lane && lane.pelaksana !== step.pelaksana) {
        vscode.postMessage({ type: 'moveToLane', id: step.id, pelaksana: lane.pelaksana });
      }
    }
    // The step goes back to where the text puts it; a model from the changed text moves it for good.
    void show(false);
  }
}

/** The wheel scrolls the long diagram as far as it would scroll an editor; with Ctrl it zooms. */
@injectable()
class WheelListener extends ZoomMouseListener {
  protected override isScrollMode(event: WheelEvent): boolean {
    return !event.ctrlKey;
  }

  protected override processScroll(viewport: Viewport, event: WheelEvent): Viewport {
    const { scroll, zoom } = viewport;
    return { scroll: { x: scroll.x + event.deltaX / zoom, y: scroll.y + event.deltaY / zoom }, zoom };
  }
}

const diagramModule = new ContainerModule((bind, unbind, isBound, rebind) => {
  const context = { bind, unbind, isBound, rebind };
  rebind(ZoomMouseListener).to(WheelListener).inSingletonScope();
  bind(TYPES.ModelSource).to(LocalModelSource).inSingletonScope();
  configureModelElement(context, 'graph', SGraphImpl, SGraphView);
  configureModelElement(context, 'lane', LaneNode, LaneView, { disable: [moveFeature] });
  for (const type of ['node:terminator', 'node:proses', 'node:keputusan']) {
    configureModelElement(context, type, StepNode, StepView);
  }
  configureModelElement(context, 'edge', SEdgeImpl, ArrowView, { disable: [editFeature] });
  configureModelElement(context, 'label:cabang', SLabelImpl, SLabelView);
  overrideModelElement(context, 'marker', SIssueMarkerImpl, MarkerView);
  configureViewerOptions(context, { needsClientLayout: false, needsServerLayout: false, baseDiv: 'sprotty' });
  for (const kind of [SelectAction.KIND, SelectAllAction.KIND, MoveAction.KIND]) {
    configureActionHandler(context, kind, HostBridge);
  }
});

const container = new Container();
loadDefaultModules(container);
container.load(diagramModule);
const source = container.get<LocalModelSource>(TYPES.ModelSource);
const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);

/** Shows the current model, keeping the selection of the elements that are still there. */
async function show(first: boolean): Promise<void> {
  if (!model) {
    return;
  }
  const ids = new Set(elements().map((element) => element.id));
  [...selection].filter((id) => !ids.has(id)).forEach((id) => selection.delete(id));
  const root = structuredClone(model);
  (root.children as Element[]).forEach((element) => { element.selected = selection.has(element.id); });
  if (first) {
    await source.setModel(root);
    // As wide as the panel allows, from the top: the lanes side by side, the steps below.
    const width = Math.max(...elements().map((e) => (e.position?.x ?? 0) + (e.size?.width ?? 0)));
    const zoom = Math.min(1, (document.getElementById('sprotty')!.clientWidth - 20) / width);
    await dispatcher.dispatch(SetViewportAction.create(root.id, { scroll: { x: -10 / zoom, y: -10 / zoom }, zoom }, { animate: false }));
  } else {
    // No morphing: after a renumbering an id names another step, which would seem to fly across the lanes.
    await dispatcher.dispatch(UpdateModelAction.create(root, { animate: false }));
  }
}

async function selectForHost(ids: string[]): Promise<void> {
  const known = ids.filter((id) => elements().some((element) => element.id === id));
  selectingForHost = true;
  try {
    await dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: known, deselectedElementsIDs: [...selection].filter((id) => !known.includes(id)) }));
    if (known.length > 0) {
      await reveal(known[0]);
    }
  } finally {
    selectingForHost = false;
  }
}

/** Scrolls the diagram up or down so that the element is in view, when it is not. */
async function reveal(id: string): Promise<void> {
  const element = elements().find((e) => e.id === id);
  if (!model || !element?.position || !element.size) {
    return;
  }
  const { viewport, canvasBounds } = await dispatcher.request<ViewportResult>(GetViewportAction.create());
  const visible = canvasBounds.height / viewport.zoom;
  const { y } = element.position;
  if (y < viewport.scroll.y || y + element.size.height > viewport.scroll.y + visible) {
    const scroll = { x: viewport.scroll.x, y: y + element.size.height / 2 - visible / 2 };
    await dispatcher.dispatch(SetViewportAction.create(model.id, { scroll, zoom: viewport.zoom }, { animate: true }));
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data;
  if (message.type === 'model') {
    const first = model === undefined;
    model = message.model as SModelRoot;
    void show(first);
  } else if (message.type === 'select') {
    void selectForHost(message.ids as string[]);
  }
});

document.querySelectorAll<HTMLButtonElement>('#palette button').forEach((button) => {
  button.addEventListener('click', () => {
    vscode.postMessage({ type: 'palette', action: button.dataset.action, ids: [...selection] });
  });
});

vscode.postMessage({ type: 'ready' });
