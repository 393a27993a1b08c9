package org.dinsos.sop.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Converts the SOP's dates, decimal-comma amounts and multi-word time units. */
public class SopValueConverters extends DefaultTerminalConverters {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE
			.withResolverStyle(ResolverStyle.STRICT);

	/** Reads a date as a calendar day; stored as midnight UTC so that it prints back unchanged everywhere. */
	public static LocalDate toLocalDate(Date date) {
		return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	public static Date toDate(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** An amount as an SOP writes it, with a decimal comma: 1,5. */
	public static String decimal(BigDecimal value) {
		return value.toPlainString().replace('.', ',');
	}

	@ValueConverter(rule = "TANGGAL")
	public IValueConverter<Date> TANGGAL() {
		return new IValueConverter<>() {
			@Override
			public Date toValue(String string, INode node) {
				try {
					return toDate(LocalDate.parse(string, ISO_DATE));
				} catch (DateTimeParseException e) {
					throw new ValueConverterException("Tanggal '" + string
							+ "' tidak ada di kalender; tulis tahun-bulan-hari, misalnya 2024-01-05.", node, e);
				}
			}

			@Override
			public String toString(Date value) {
				return toLocalDate(value).format(ISO_DATE);
			}
		};
	}

	@ValueConverter(rule = "Angka")
	public IValueConverter<BigDecimal> Angka() {
		return new IValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				String text = node != null ? NodeModelUtils.getTokenText(node).replace(" ", "") : string;
				try {
					return new BigDecimal(text.replace(',', '.'));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("Angka '" + text + "' tidak valid.", node, e);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return decimal(value);
			}
		};
	}

	/** A unit may be two words ("hari kerja"): keep the single space the parser drops. */
	@ValueConverter(rule = "Satuan")
	public IValueConverter<String> Satuan() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return node != null ? NodeModelUtils.getTokenText(node) : string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}
}
