package org.dinsos.sop.validation;

import java.util.Locale;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/** Tells Xtext which issue codes take their severity from the preferences ({@link SeverityPreferences}). */
public class SopConfigurableIssueCodes extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		SopIssueCodes.configurableSeverities()
				.forEach((code, severity) -> acceptor.accept(create(code, severity.name().toLowerCase(Locale.ROOT))));
	}
}
