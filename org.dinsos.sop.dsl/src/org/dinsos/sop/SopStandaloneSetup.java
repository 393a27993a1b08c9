package org.dinsos.sop;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

import com.google.inject.Injector;

/** Sets the language up outside Eclipse: its injector, and `.sop` registered with EMF. */
public class SopStandaloneSetup extends SopStandaloneSetupGenerated {

	public static void doSetup() {
		new SopStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * Registers what reading the compiled grammar needs instead of running the Terminals grammar's set-up,
	 * which also builds that grammar's own injector: a quarter of a `sop check` start, for services never used.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		Injector injector = createInjector();
		register(injector);
		return injector;
	}
}
