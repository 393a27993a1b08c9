package org.dinsos.sop.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

import com.google.inject.Singleton;

/**
 * The severities an office chose for the configurable codes ({@link SopIssueCodes#configurableSeverities()}):
 * first the editor's settings ({@link #setClientSeverities}), then the nearest {@value #FILE} in the SOP's
 * folder or a folder above it, then each code's default. A value is error, warning, info or ignore.
 */
@Singleton
public class SeverityPreferences implements IPreferenceValuesProvider {

	public static final String FILE = "sop.properties";
	private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "ignore");

	private volatile Map<String, String> client = Map.of();

	/** The severities the editor's settings give, replacing those it gave before. */
	public void setClientSeverities(Map<String, String> severities) {
		client = usable(severities);
	}

	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		Map<String, String> values = new HashMap<>(fromFile(context == null ? null : context.getURI()));
		values.putAll(client);
		return new MapBasedPreferenceValues(values);
	}

	private static Map<String, String> fromFile(URI uri) {
		Path folder = folderOf(uri);
		for (Path dir = folder; dir != null; dir = dir.getParent()) {
			Path file = dir.resolve(FILE);
			if (Files.isRegularFile(file)) {
				return read(file);
			}
		}
		return Map.of();
	}

	private static Path folderOf(URI uri) {
		URI local = uri == null ? null : CommonPlugin.asLocalURI(uri);
		if (local == null || !local.isFile()) {
			return null;
		}
		return Path.of(local.toFileString()).toAbsolutePath().getParent();
	}

	private static Map<String, String> read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException unreadable) {
			return Map.of();
		}
		Map<String, String> values = new HashMap<>();
		properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
		return usable(values);
	}

	/** Only configurable codes with a known severity: anything else would make Xtext's validation fail. */
	private static Map<String, String> usable(Map<String, String> severities) {
		Map<String, String> usable = new HashMap<>();
		severities.forEach((code, value) -> {
			String severity = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
			if (SopIssueCodes.configurableSeverities().containsKey(code) && SEVERITIES.contains(severity)) {
				usable.put(code, severity);
			}
		});
		return Map.copyOf(usable);
	}
}
