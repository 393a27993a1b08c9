package org.dinsos.sop.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.dinsos.sop.SopRuntimeModule;
import org.dinsos.sop.SopStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/** The language with its language-server services: the injector the server and the command line use. */
public class SopIdeSetup extends SopStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SopRuntimeModule(), new SopIdeModule()));
	}
}
