package org.dinsos.sop.generator.docx;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A bordered Word table on a fixed grid of columns (millimetres). The layout is fixed, so that a cell
 * keeps its width and Word breaks a word too long for it instead of widening the table.
 */
final class WordTable {

	private final XWPFTable table;
	private final List<Double> columns;

	WordTable(XWPFDocument doc, List<Double> columnsMm) {
		this.table = doc.createTable();
		this.columns = List.copyOf(columnsMm);
		table.removeRow(0);
		CTTblPr properties = table.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		width(properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW(), total(0, columns.size()));
		grid();
		borders();
	}

	/** The same table without its lines, for text set in columns. */
	WordTable withoutBorders() {
		borders(XWPFBorderType.NONE, 0, "auto");
		return this;
	}

	XWPFTableRow row() {
		XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
		row.setCantSplitRow(true);
		return row;
	}

	/** A header row, repeated at the top of every page the table runs over. */
	XWPFTableRow headerRow() {
		XWPFTableRow row = row();
		row.setRepeatHeader(true);
		return row;
	}

	static void minHeight(XWPFTableRow row, double mm) {
		row.setHeight(Word.twips(mm));
		row.setHeightRule(TableRowHeightRule.AT_LEAST);
	}

	/** The next cell of a row, starting at grid column `column` and spanning `span` columns. */
	XWPFTableCell cell(XWPFTableRow row, int column, int span) {
		XWPFTableCell cell = row.createCell();
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		width(properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW(), total(column, column + span));
		if (span > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
		}
		return cell;
	}

	/** A cell that starts a block merged with the cells below it. */
	XWPFTableCell mergeStart(XWPFTableRow row, int column) {
		XWPFTableCell cell = cell(row, column, 1);
		cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
		return cell;
	}

	/** A cell merged into the one above it. */
	XWPFTableCell mergeContinue(XWPFTableRow row, int column) {
		XWPFTableCell cell = cell(row, column, 1);
		cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
		return cell;
	}

	/** A cell whose content touches its borders: a picture in it fills the cell. */
	static void noMargins(XWPFTableCell cell) {
		CTTcMar margins = cell.getCTTc().getTcPr().addNewTcMar();
		for (CTTblWidth side : List.of(margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(), margins.addNewRight())) {
			width(side, 0);
		}
		cell.setVerticalAlignment(XWPFVertAlign.TOP);
	}

	/** A bold, centred heading cell, a paragraph per line of the text. */
	static void heading(XWPFTableCell cell, String text, double sizePt) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		for (String line : text.split("\n", -1)) {
			XWPFParagraph paragraph = paragraph(cell);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			Word.text(paragraph, line, sizePt, true);
		}
	}

	/** One paragraph per line of the text. */
	static void lines(XWPFTableCell cell, String text, double sizePt) {
		for (String line : text.split("\n", -1)) {
			Word.text(paragraph(cell), line, sizePt, false);
		}
	}

	/** The empty paragraph a new cell holds, or a new one after what the cell already has. */
	static XWPFParagraph paragraph(XWPFTableCell cell) {
		XWPFParagraph only = cell.getParagraphs().get(0);
		return cell.getParagraphs().size() == 1 && only.getRuns().isEmpty() ? only : cell.addParagraph();
	}

	private void grid() {
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (double column : columns) {
			grid.addNewGridCol().setW(BigInteger.valueOf(Word.twips(column)));
		}
	}

	private void borders() {
		borders(XWPFBorderType.SINGLE, 4, "000000");
	}

	/** Every line of the table, outside and inside, of one kind. */
	private void borders(XWPFBorderType type, int size, String color) {
		table.setTopBorder(type, size, 0, color);
		table.setBottomBorder(type, size, 0, color);
		table.setLeftBorder(type, size, 0, color);
		table.setRightBorder(type, size, 0, color);
		table.setInsideHBorder(type, size, 0, color);
		table.setInsideVBorder(type, size, 0, color);
	}

	private double total(int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += columns.get(i);
		}
		return sum;
	}

	private static void width(CTTblWidth width, double mm) {
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(Word.twips(mm)));
	}
}
