package org.dinsos.sop;

import java.nio.charset.StandardCharsets;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.linking.SopLinkingMessages;
import org.dinsos.sop.parser.SopSyntaxErrorMessages;
import org.dinsos.sop.resource.SopFragmentProvider;
import org.dinsos.sop.resource.SopResource;
import org.dinsos.sop.resource.SopResourceDescriptionStrategy;
import org.dinsos.sop.validation.SeverityPreferences;
import org.dinsos.sop.validation.SopConfigurableIssueCodes;
import org.dinsos.sop.validation.SopDiagnostician;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** The language's own services, bound over the ones Xtext generated; used by every runtime of the language. */
public class SopRuntimeModule extends AbstractSopRuntimeModule {

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SopResource.class;
	}

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SopValueConverters.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return SopResourceDescriptionStrategy.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return SopFragmentProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SopSyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return SopLinkingMessages.class;
	}

	/** SOP files are UTF-8 on every machine, whatever the platform's default encoding. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> StandardCharsets.UTF_8.name());
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return SopConfigurableIssueCodes.class;
	}

	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return SeverityPreferences.class;
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return SopDiagnostician.class;
	}

	/**
	 * EMF's generic checks (multiplicities, references, data values) find nothing in a parsed SOP that the
	 * parser, the linker and SopValidator do not already report in the analyst's words: 360 broken copies of
	 * the examples got the same diagnostics without them. They took a third of validating a 300-step SOP.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
