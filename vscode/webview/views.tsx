/** @jsx svg */
// The SVG of the swimlane diagram: lanes with their pelaksana on top, steps drawn with the SOP AP symbols
// (capsule, rectangle, diamond) holding their numbered kegiatan, arrows with arrowheads, problem markers.
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import {
  IView, IViewArgs, PolylineEdgeView, RenderingContext, SEdgeImpl, SIssueMarkerImpl, SNodeImpl, ShapeView, svg,
} from 'sprotty';
import { Point, toDegrees, angleOfPoint } from 'sprotty-protocol';

/** A step as the server sends it (see DiagramModel.Step in the language server). */
export class StepNode extends SNodeImpl {
  nomor = '';
  jenis = '';
  pelaksana?: string;
  kegiatan = '';
  lines: string[] = [];
  waktu = '';
  output: string[] = [];
}

export class LaneNode extends SNodeImpl {
  pelaksana = '';
  label = '';
}

const LINE_HEIGHT = 14;
const HEADER = 44;

/** The worst severity among a node's markers: its outline takes that colour. */
function severity(node: SNodeImpl): string | undefined {
  const issues = node.children.filter((c) => c instanceof SIssueMarkerImpl).flatMap((c) => (c as SIssueMarkerImpl).issues);
  return ['error', 'warning', 'info'].find((s) => issues.some((issue) => issue.severity === s));
}

@injectable()
export class LaneView extends ShapeView {
  render(lane: Readonly<LaneNode>, context: RenderingContext): VNode | undefined {
    const { width, height } = lane.size;
    return <g class-lane={true} class-selected={lane.selected}>
      <rect class-lane-body={true} x={0} y={0} width={width} height={height} />
      <rect class-lane-header={true} x={0} y={0} width={width} height={HEADER} />
      <text class-lane-label={true} x={width / 2} y={19}>{lane.label}</text>
      <text class-lane-id={true} x={width / 2} y={35}>{lane.pelaksana}</text>
      {context.renderChildren(lane)}
    </g>;
  }
}

@injectable()
export class StepView extends ShapeView {
  render(node: Readonly<StepNode>, context: RenderingContext): VNode | undefined {
    if (!this.isVisible(node, context)) {
      return undefined;
    }
    const { width, height } = node.size;
    const top = height / 2 - ((node.lines.length - 1) * LINE_HEIGHT) / 2;
    const problem = severity(node as StepNode);
    return <g class-step={true} class-selected={node.selected} class-error={problem === 'error'}
      class-warning={problem === 'warning'} class-info={problem === 'info'}>
      <title>{`Langkah ${node.nomor} (${node.jenis}): ${node.kegiatan}\nPelaksana: ${node.pelaksana ?? '-'}\nWaktu: ${node.waktu}`}</title>
      {this.outline(node.type, width, height)}
      <text class-step-text={true}>
        {node.lines.map((line, i) => <tspan x={width / 2} y={top + i * LINE_HEIGHT}>{line}</tspan>)}
      </text>
      {context.renderChildren(node)}
    </g>;
  }

  private outline(type: string, width: number, height: number): VNode {
    if (type === 'node:keputusan') {
      return <polygon class-step-outline={true}
        points={`${width / 2},0 ${width},${height / 2} ${width / 2},${height} 0,${height / 2}`} />;
    }
    const radius = type === 'node:terminator' ? height / 2 : 2;
    return <rect class-step-outline={true} x={0} y={0} width={width} height={height} rx={radius} ry={radius} />;
  }
}

/** A flow arrow: the polyline and an arrowhead at its target. */
@injectable()
export class ArrowView extends PolylineEdgeView {
  protected override renderAdditionals(edge: SEdgeImpl, segments: Point[], context: RenderingContext): VNode[] {
    const end = segments[segments.length - 1];
    const before = segments[segments.length - 2];
    const angle = toDegrees(angleOfPoint({ x: before.x - end.x, y: before.y - end.y }));
    return [<path class-arrowhead={true} d="M 0,0 L 9,-4 L 9,4 Z"
      transform={`rotate(${angle} ${end.x} ${end.y}) translate(${end.x} ${end.y})`} />];
  }

  override render(edge: Readonly<SEdgeImpl>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
    const rendered = super.render(edge, context, args);
    const cabang = (edge as SEdgeImpl & { cabang?: string }).cabang;
    if (rendered && cabang) {
      rendered.data = { ...rendered.data, class: { ...rendered.data?.class, [`cabang-${cabang}`]: true } };
    }
    return rendered;
  }
}

/** A round badge on the corner of a step or lane, red, orange or blue, its messages as a tooltip. */
@injectable()
export class MarkerView implements IView {
  render(marker: Readonly<SIssueMarkerImpl>): VNode {
    const worst = ['error', 'warning', 'info'].find((s) => marker.issues.some((issue) => issue.severity === s)) ?? 'info';
    return <g class-marker={true} class-marker-error={worst === 'error'} class-marker-warning={worst === 'warning'}
      class-marker-info={worst === 'info'}>
      <title>{marker.issues.map((issue) => issue.message).join('\n')}</title>
      <circle r={8} cx={0} cy={0} />
      <text x={0} y={4}>{worst === 'info' ? 'i' : '!'}</text>
    </g>;
  }
}
