package org.dinsos.sop;

import java.util.concurrent.CompletableFuture;

import org.dinsos.sop.sop.SopPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
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
	 * The grammar's own model (Xtext's package, built in code) is only needed once the injector exists, and
	 * takes a tenth of a start: it is built on a second thread meanwhile. Ecore's and the language's packages,
	 * which the injector needs, are made first, here: so the second thread is the only one to write to EMF's
	 * registry (a plain map) until joined, and neither thread ever waits for a class the other is setting up
	 * (EMF's packages and factories refer to each other as they are made).
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(SopPackage.eNS_URI, SopPackage.eINSTANCE);
		CompletableFuture<Void> grammarModel = CompletableFuture.runAsync(
				() -> EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE),
				task -> daemon(task).start());
		Injector injector = createInjector();
		grammarModel.join();
		register(injector);
		return injector;
	}

	private static Thread daemon(Runnable task) {
		Thread thread = new Thread(task, "sop-grammar-model");
		thread.setDaemon(true);
		return thread;
	}
}
