package org.dinsos.sop.ide.server;

import java.math.BigDecimal;
import java.util.Locale;

import org.dinsos.sop.query.Durasi;
import org.dinsos.sop.sop.UkuranKertas;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Singleton;

/**
 * What the client configures for this language server: the length of a working day, used to add
 * durations up, and the paper of the documents it writes. Sent as initializationOptions
 * {@code {"jamKerjaPerHari": 8, "kertas": "F4"}} and as workspace configuration {@code {"sop": {...}}}.
 */
@Singleton
public class SopSettings {

	static final String JAM_KERJA_PER_HARI = "jamKerjaPerHari";
	static final String KERTAS = "kertas";

	private volatile BigDecimal jamKerjaPerHari = Durasi.JAM_KERJA_BAKU;
	private volatile UkuranKertas kertas = UkuranKertas.A4;

	/** Hours in a working day. */
	public BigDecimal jamKerjaPerHari() {
		return jamKerjaPerHari;
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
		jamKerjaPerHari = positive(object.get(JAM_KERJA_PER_HARI));
		JsonElement paper = object.get(KERTAS);
		UkuranKertas named = paper != null && paper.isJsonPrimitive() ? UkuranKertas.get(paper.getAsString().toUpperCase(Locale.ROOT)) : null;
		kertas = named != null ? named : UkuranKertas.A4;
	}

	private static BigDecimal positive(JsonElement value) {
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			return Durasi.JAM_KERJA_BAKU;
		}
		BigDecimal hours = value.getAsBigDecimal();
		return hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(24)) <= 0 ? hours : Durasi.JAM_KERJA_BAKU;
	}
}
