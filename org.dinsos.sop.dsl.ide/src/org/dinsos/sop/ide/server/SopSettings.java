package org.dinsos.sop.ide.server;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.dinsos.sop.query.Durations;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.validation.SeverityPreferences;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What the client configures for this language server: the length of a working day, used to add
 * durations up, the paper of the documents it writes, and the severity of the configurable problem codes.
 * Sent as initializationOptions {@code {"jamKerjaPerHari": 8, "kertas": "F4", "tingkatMasalah":
 * {"sop.kegiatan.bukan-kata-kerja": "ignore"}}} and as workspace configuration {@code {"sop": {...}}}.
 */
@Singleton
public class SopSettings {

	static final String JAM_KERJA_PER_HARI = "jamKerjaPerHari";
	static final String KERTAS = "kertas";
	static final String TINGKAT_MASALAH = "tingkatMasalah";

	@Inject
	private SeverityPreferences severities;

	private volatile BigDecimal workdayHours = Durations.STANDARD_WORKDAY_HOURS;
	private volatile UkuranKertas kertas = UkuranKertas.A4;

	/** Hours in a working day. */
	public BigDecimal workdayHours() {
		return workdayHours;
	}

	/** Paper of the documents: A4 or F4. */
	public UkuranKertas kertas() {
		return kertas;
	}

	/** Takes the settings a client sent; a missing or unusable value means the default. */
	public void update(Object settings) {
		JsonObject object = settings instanceof JsonObject json ? json : new JsonObject();
		if (object.get("sop") instanceof JsonObject section) {
			object = section;
		}
		workdayHours = positive(object.get(JAM_KERJA_PER_HARI));
		JsonElement paper = object.get(KERTAS);
		UkuranKertas named = paper != null && paper.isJsonPrimitive() ? UkuranKertas.get(paper.getAsString().toUpperCase(Locale.ROOT)) : null;
		kertas = named != null ? named : UkuranKertas.A4;
		severities.setClientSeverities(strings(object.get(TINGKAT_MASALAH)));
	}

	private static Map<String, String> strings(JsonElement value) {
		Map<String, String> strings = new HashMap<>();
		if (value instanceof JsonObject object) {
			object.entrySet().stream().filter(entry -> entry.getValue().isJsonPrimitive())
					.forEach(entry -> strings.put(entry.getKey(), entry.getValue().getAsString()));
		}
		return strings;
	}

	private static BigDecimal positive(JsonElement value) {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			return Durations.STANDARD_WORKDAY_HOURS;
		}
		BigDecimal hours = value.getAsBigDecimal();
		return hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(24)) <= 0 ? hours : Durations.STANDARD_WORKDAY_HOURS;
	}
}
