package org.dinsos.sop.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Disahkan oleh": the jabatan, then (after the room for the signature) nama, pangkat and NIP, as lines of
 * one cell or run together on one line by an OCR.
 */
public record Signature(String jabatan, String nama, String pangkat, String nip) {

	private static final Pattern NIP = Pattern.compile("NIP\\.?\\s*:?\\s*([0-9][0-9 ]{16,22}[0-9])", Pattern.CASE_INSENSITIVE);
	/** The civil-service ranks of golongan III and IV (and II, I), as printed under a name. */
	private static final Pattern PANGKAT = Pattern.compile(
			"\\b(Pembina Utama(?: Madya| Muda)?|Pembina(?: Tingkat I| Tk\\.? I)?|Penata(?: Muda)?(?: Tingkat I| Tk\\.? I)?"
					+ "|Pengatur(?: Muda)?(?: Tingkat I| Tk\\.? I)?|Juru(?: Muda)?(?: Tingkat I| Tk\\.? I)?)\\b");
	/** A name with an academic degree after a comma ("SRI AMANTO, S.H., M.H"). */
	private static final Pattern NAME_WITH_DEGREE = Pattern.compile("\\p{Lu}[\\p{L}.' ]+,\\s*\\p{L}{1,4}\\..*");

	/** Reads the lines; a field not found is null. */
	public static Signature parse(List<String> lines) {
		String nip = null;
		String pangkat = null;
		String nama = null;
		List<String> rest = new ArrayList<>();
		for (String raw : lines) {
			String line = Texts.clean(raw);
			Matcher nipMatch = NIP.matcher(line);
			if (nipMatch.find()) {
				nip = nipMatch.group(1).replace(" ", "");
				line = Texts.clean(line.substring(0, nipMatch.start()) + " " + line.substring(nipMatch.end()));
			}
			Matcher rank = PANGKAT.matcher(line);
			if (rank.find()) {
				pangkat = rank.group(1);
				String before = Texts.clean(line.substring(0, rank.start()));
				if (!before.isEmpty()) {
					nama = nameOf(before);
				}
				line = Texts.clean(line.substring(rank.end()));
			}
			if (!line.isEmpty() && !line.equals(nama)) {
				rest.add(line);
			}
		}
		String jabatan = null;
		for (String line : rest) {
			if (nama == null && (NAME_WITH_DEGREE.matcher(line).matches() || Texts.allCaps(line) && jabatan != null)) {
				nama = nameOf(line);
			} else if (jabatan == null && !NAME_WITH_DEGREE.matcher(line).matches()) {
				jabatan = line;
			}
		}
		return new Signature(jabatan, nama, pangkat, nip);
	}

	/** The name without what an OCR put before it (quote marks, stray letters and dots). */
	private static String nameOf(String text) {
		Matcher name = NAME_WITH_DEGREE.matcher(text);
		for (int start = 0; start < text.length(); start++) {
			if (name.region(start, text.length()).matches()) {
				return text.substring(start).strip();
			}
		}
		return text.replaceFirst("^[^\\p{L}]+", "");
	}
}
