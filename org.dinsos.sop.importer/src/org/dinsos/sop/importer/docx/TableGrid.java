package org.dinsos.sop.importer.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word table as a grid: each cell at its grid column with its span, its text (textboxes included) and
 * the symbols drawn in it; a cell merged with the one above it carries that cell's text.
 */
final class TableGrid {

	/** One cell: grid column, span, text lines, symbols; {@code continued} when merged with the cell above. */
	record Cell(int column, int span, List<String> lines, List<Symbol> symbols, boolean continued) {

		String text() {
			return String.join("\n", lines).strip();
		}

		boolean covers(int gridColumn) {
			return gridColumn >= column && gridColumn < column + span;
		}
	}

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
	private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
	private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
	private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
	private static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
	private static final String VML = "urn:schemas-microsoft-com:vml";
	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final List<List<Cell>> rows = new ArrayList<>();
	private int columns;

	TableGrid(XWPFTable table, XWPFDocument doc) {
		for (XWPFTableRow row : table.getRows()) {
			List<Cell> cells = new ArrayList<>();
			int column = gridBefore(row);
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
				boolean continued = properties != null && properties.isSetVMerge()
						&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
				List<String> lines = new ArrayList<>();
				List<Symbol> symbols = new ArrayList<>();
				StringBuilder line = new StringBuilder();
				read(cell.getCTTc().getDomNode(), doc, line, lines, symbols);
				flush(line, lines);
				if (continued) {
					lines = textAbove(column);
				}
				cells.add(new Cell(column, Math.max(1, span), lines, symbols, continued));
				column += Math.max(1, span);
			}
			columns = Math.max(columns, column);
			rows.add(cells);
		}
	}

	List<List<Cell>> rows() {
		return rows;
	}

	int columns() {
		return columns;
	}

	/** The cell of the row that covers the grid column, or null. */
	static Cell at(List<Cell> row, int gridColumn) {
		for (Cell cell : row) {
			if (cell.covers(gridColumn)) {
				return cell;
			}
		}
		return null;
	}

	private static int gridBefore(XWPFTableRow row) {
		CTTrPr properties = row.getCtRow().getTrPr();
		if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
			return 0;
		}
		BigInteger before = properties.getGridBeforeArray(0).getVal();
		return before == null ? 0 : before.intValue();
	}

	/** A vertically merged cell shows the text of the cell where the merge starts. */
	private List<String> textAbove(int column) {
		for (int i = rows.size() - 1; i >= 0; i--) {
			Cell above = at(rows.get(i), column);
			if (above != null && !above.continued()) {
				return above.lines();
			}
		}
		return List.of();
	}

	/** Walks the cell's XML: text by paragraph, and the pictures, shapes and lines drawn in it. */
	private static void read(Node node, XWPFDocument doc, StringBuilder line, List<String> lines, List<Symbol> symbols) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			String ns = element.getNamespaceURI();
			String name = element.getLocalName();
			if (MC.equals(ns) && "Fallback".equals(name) || W.equals(ns) && "tbl".equals(name)) {
				continue;
			}
			if (W.equals(ns) && "t".equals(name)) {
				line.append(text(element));
			} else if (W.equals(ns) && "tab".equals(name)) {
				line.append(' ');
			} else if (W.equals(ns) && ("br".equals(name) || "cr".equals(name))) {
				flush(line, lines);
			} else if (PIC.equals(ns) && "pic".equals(name)) {
				Element properties = drawingProperties(element);
				String title = properties == null ? "" : properties.getAttribute("title").strip();
				if (!title.isEmpty()) {
					flush(line, lines);
					lines.add(title);
				}
				Symbol described = properties == null ? null : Symbol.ofDescription(properties.getAttribute("descr"));
				symbols.add(described != null ? described : picture(element, doc));
				continue;
			} else if (WPS.equals(ns) && "wsp".equals(name)) {
				symbols.add(shape(element));
			} else if (VML.equals(ns)) {
				Symbol symbol = vml(element, doc);
				if (symbol != null) {
					symbols.add(symbol);
				}
			}
			read(element, doc, line, lines, symbols);
			if (W.equals(ns) && "p".equals(name)) {
				flush(line, lines);
			}
		}
	}

	/** The text of a w:t (XmlBeans' DOM has no getTextContent). */
	private static String text(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString();
	}

	private static void flush(StringBuilder line, List<String> lines) {
		if (!line.isEmpty()) {
			lines.add(line.toString());
			line.setLength(0);
		}
	}

	/**
	 * The picture's non-visual properties (wp:docPr), where Word keeps its alternative text: the title and
	 * description a screen reader reads, which say what the picture shows better than its pixels.
	 */
	private static Element drawingProperties(Element pic) {
		for (Node parent = pic.getParentNode(); parent instanceof Element drawing; parent = parent.getParentNode()) {
			if (WP.equals(drawing.getNamespaceURI()) && ("inline".equals(drawing.getLocalName()) || "anchor".equals(drawing.getLocalName()))) {
				return first(drawing, WP, "docPr");
			}
		}
		return null;
	}

	private static Symbol picture(Element pic, XWPFDocument doc) {
		Element blip = first(pic, A, "blip");
		String id = blip == null ? null : blip.getAttributeNS(R, "embed");
		return pictureData(id, doc);
	}

	private static Symbol pictureData(String relationId, XWPFDocument doc) {
		XWPFPictureData data = relationId == null || relationId.isEmpty() ? null : doc.getPictureDataByID(relationId);
		return data == null ? Symbol.MARK : PictureShape.of(data.getData());
	}

	/** A DrawingML shape: a connector line, or a shape of a preset geometry. */
	private static Symbol shape(Element wsp) {
		if (first(wsp, WPS, "cNvCnPr") != null) {
			return Symbol.ARROW;
		}
		Element geometry = first(wsp, A, "prstGeom");
		return geometry == null ? Symbol.MARK : Symbol.ofPreset(geometry.getAttribute("prst"));
	}

	/** A VML shape, as older Word files and some converters write them. */
	private static Symbol vml(Element element, XWPFDocument doc) {
		switch (element.getLocalName()) {
			case "rect":
				return Symbol.PROCESS;
			case "roundrect":
				return Symbol.TERMINATOR;
			case "oval":
				return Symbol.CONNECTOR;
			case "line":
			case "polyline":
			case "curve":
				return Symbol.ARROW;
			case "shape":
				String type = element.getAttribute("type");
				Element image = first(element, VML, "imagedata");
				if (image != null) {
					return pictureData(image.getAttributeNS(R, "id"), doc);
				}
				return type.endsWith("t110") ? Symbol.DECISION
						: type.endsWith("t116") || type.endsWith("t176") ? Symbol.TERMINATOR
								: type.endsWith("t109") ? Symbol.PROCESS
										: type.endsWith("t32") || type.endsWith("t33") || type.endsWith("t34") ? Symbol.ARROW : Symbol.MARK;
			default:
				return null;
		}
	}

	private static Element first(Element root, String ns, String name) {
		var found = root.getElementsByTagNameNS(ns, name);
		return found.getLength() == 0 ? null : (Element) found.item(0);
	}
}
