package org.dinsos.sop;


/** Sets the language up outside Eclipse: its injector, and `.sop` registered with EMF. */
public class SopStandaloneSetup extends SopStandaloneSetupGenerated {

	public static void doSetup() {
		new SopStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
