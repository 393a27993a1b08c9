package org.dinsos.sop.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dinsos.sop.text.EditDistance;

/**
 * How Indonesian SOP documents write their values, read back tolerantly: waktu ("15 Menit", "1 Hari",
 * "2 jam"), dates ("5 Januari 2024"), numbered lists, names in capitals, and the digits an OCR misreads.
 */
public final class Texts {

	/** A waktu: an amount as the language writes it ("1,5") and its unit in lower case ("hari kerja"). */
	public record Waktu(String jumlah, String satuan) {
	}

	private static final String UNITS = "menit|jam|hari\\s+kerja|hari|minggu|bulan|mnt";
	/** An amount whose digits an OCR may have read as letters (l, I, O, S), then a unit of time. */
	private static final Pattern WAKTU = Pattern.compile(
			"(?<![\\p{L}\\d])([0-9lIOS]{1,3}(?:[.,][0-9]{1,2})?)\\s*(" + UNITS + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
	private static final Pattern WAKTU_ONLY = Pattern.compile("\\s*" + WAKTU.pattern() + "\\s*\\.?\\s*",
			Pattern.CASE_INSENSITIVE);
	private static final List<String> BULAN = List.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
			"agustus", "september", "oktober", "november", "desember");
	private static final Pattern DATE_WORDS = Pattern.compile(
			"([0-9lIOS]{1,2})\\s+(" + String.join("|", BULAN) + ")\\s+([0-9lIOS]{4})", Pattern.CASE_INSENSITIVE);
	private static final Pattern DATE_DIGITS = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
	private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	/** The start of a list item: "1.", "2)", "a.", "-", "•", "*" (an OCR reads "1." as "I." or "l."). */
	private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:(?:\\d{1,2}|[IlL]|[a-z])[.)]|[-•*·–])\\s+");
	private static final List<String> SMALL_WORDS = List.of("dan", "atau", "di", "ke", "dari", "untuk", "yang", "pada",
			"dengan", "tentang", "atas", "oleh", "dalam", "sebagai", "serta");

	/** For {@link #items(List, boolean, int)}: each paragraph of a Word cell is an item unless it opens in lower case. */
	public static final int PARAGRAPHS = Integer.MAX_VALUE;

	private Texts() {
	}

	/** Whitespace collapsed, trimmed; "masing- masing" rejoined, a space after ")" before a word. */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String cleaned = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
		cleaned = rejoinReduplication(cleaned);
		return cleaned.replaceAll("\\)(?=\\p{L})", ") ");
	}

	/** Indonesian writes a doubled word with a hyphen; a line break after the hyphen leaves "masing- masing". */
	private static String rejoinReduplication(String text) {
		Matcher matcher = Pattern.compile("(\\p{L}+)- (\\p{L}+)").matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			boolean doubled = matcher.group(1).equalsIgnoreCase(matcher.group(2))
					|| matcher.group(2).toLowerCase(Locale.ROOT).startsWith(matcher.group(1).toLowerCase(Locale.ROOT));
			matcher.appendReplacement(result, Matcher.quoteReplacement(
					matcher.group(1) + (doubled ? "-" : "- ") + matcher.group(2)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** The digits of a number an OCR may have misread: "l" and "I" for 1, "O" for 0, "S" for 5. */
	public static String digits(String text) {
		return text.replace('l', '1').replace('I', '1').replace('O', '0').replace('S', '5');
	}

	/** The waktu a cell holds when it holds nothing else, or null. */
	public static Waktu waktuCell(String text) {
		Matcher matcher = WAKTU_ONLY.matcher(clean(text));
		return matcher.matches() ? waktu(matcher.group(1), matcher.group(2)) : null;
	}

	/** The first waktu inside a longer text, or null; its start and end are found by {@link #waktuMatcher}. */
	public static Matcher waktuMatcher(String text) {
		return WAKTU.matcher(text);
	}

	public static Waktu waktu(String amount, String unit) {
		String satuan = unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return new Waktu(digits(amount).replace('.', ','), satuan.equals("mnt") ? "menit" : satuan);
	}

	/** The first date in the text ("5 Januari 2024", "05-01-2024", "2024-01-05"), or null. */
	public static LocalDate date(String text) {
		try {
			Matcher words = DATE_WORDS.matcher(text);
			if (words.find()) {
				return LocalDate.of(Integer.parseInt(digits(words.group(3))),
						BULAN.indexOf(words.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(digits(words.group(1))));
			}
			Matcher iso = DATE_ISO.matcher(text);
			if (iso.find()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
			}
			Matcher numeric = DATE_DIGITS.matcher(text);
			if (numeric.find()) {
				return LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
						Integer.parseInt(numeric.group(1)));
			}
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	/** True when a line starts a new item of a list ("1. ...", "- ...", "• ..."). */
	public static boolean startsItem(String line) {
		return ITEM_START.matcher(line).find();
	}

	/** The item's text without its number or bullet. */
	public static String withoutMarker(String line) {
		return ITEM_START.matcher(line).replaceFirst("");
	}

	/**
	 * The items of a list cell: each numbered or bulleted line starts an item, other lines continue the
	 * one before; "-" alone means an empty list. Trailing ";" and "," are dropped, and with {@code dropStop}
	 * a final "." too.
	 */
	public static List<String> items(List<String> lines, boolean dropStop) {
		return items(lines, dropStop, 0);
	}

	/**
	 * The same for lines a page wrapped: a line that does not start an item continues the one above when it
	 * opens in lower case or the line above is at least {@code wrapped} long; else it is an item of its own.
	 * With {@code wrapped} 0 every line that is not numbered continues the item above.
	 */
	public static List<String> items(List<String> lines, boolean dropStop, int wrapped) {
		List<String> items = new ArrayList<>();
		String previous = "";
		for (String raw : lines) {
			String line = clean(raw);
			if (line.isEmpty() || line.matches("[-–—]")) {
				continue;
			}
			boolean continues = wrapped == 0 || Character.isLowerCase(line.charAt(0)) || previous.length() >= wrapped;
			previous = line;
			if (startsItem(line) || items.isEmpty() || !continues) {
				items.add(clean(withoutMarker(line)));
			} else {
				items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
			}
		}
		List<String> result = new ArrayList<>();
		for (String item : items) {
			String text = clean(item).replaceAll("[;,:]+$", "").strip();
			if (dropStop) {
				text = text.replaceAll("\\.$", "");
			}
			if (!text.isEmpty()) {
				result.add(text);
			}
		}
		return result;
	}

	/** True when the text has letters and none of them is lower case. */
	public static boolean allCaps(String text) {
		return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
	}

	/**
	 * A name printed in capitals, written the usual way: each word capitalised, small words in lower case,
	 * words in parentheses (abbreviations such as "(LAKIP)") kept in capitals.
	 */
	public static String titleCase(String text) {
		StringBuilder result = new StringBuilder();
		boolean inParentheses = false;
		String[] words = clean(text).split(" ");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (word.startsWith("(")) {
				inParentheses = true;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			String written = inParentheses ? word
					: i > 0 && SMALL_WORDS.contains(lower) ? lower
							: lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			result.append(i == 0 ? "" : " ").append(written);
			if (word.endsWith(")")) {
				inParentheses = false;
			}
		}
		return result.toString();
	}

	/** Two words are the same name when they differ by at most one letter in five (typos, OCR). */
	public static boolean sameWord(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
		String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
		if (x.isEmpty() || y.isEmpty()) {
			return x.equals(y);
		}
		return EditDistance.between(x, y) <= Math.max(x.length(), y.length()) / 5;
	}
}
