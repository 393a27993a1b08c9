package org.dinsos.sop.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.dsl.ui.internal.DslActivator;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.ui.XtextProjectHelper;
import org.eclipse.xtext.ui.editor.XtextEditor;

import com.google.inject.Injector;

/** What the UI tests do in the workbench: a project with a copy of an example, editors, waiting, screenshots. */
final class Workbench {

	static final String PROJECT = "sop-uji";
	static final Path EXAMPLES = Path.of(System.getProperty("sop.examples", "../examples"));

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until the condition holds; fails after a minute. */
	static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited a minute for: " + what);
			}
			if (!display().readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** Lets pending UI work and the workspace's builds run to their end. */
	static void settle() {
		waitUntil("the builds and pending UI work", () -> {
			while (display().readAndDispatch()) {
				// drain
			}
			return Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
					&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0;
		});
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			if (!display().readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/**
	 * A project with the Xtext nature, set through the project description (so no "convert to an Xtext project"
	 * question comes up), holding a copy of the example.
	 */
	static IFile copyOfExample(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(XtextProjectHelper.NATURE_ID)) {
			description.setNatureIds(new String[] { XtextProjectHelper.NATURE_ID });
			project.setDescription(description, null);
		}
		IFile file = project.getFile(name);
		byte[] bytes = Files.readAllBytes(EXAMPLES.resolve(name));
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		} else {
			file.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		}
		file.setCharset("UTF-8", null);
		return file;
	}

	/** Closes every editor without saving and removes the project's files. */
	static void cleanUp() throws CoreException {
		page().closeAllEditors(false);
		settle();
		new java.util.ArrayList<>(org.eclipse.sirius.business.api.session.SessionManager.INSTANCE.getSessions()).forEach(session -> {
			if (session.isOpen()) {
				session.close(new org.eclipse.core.runtime.NullProgressMonitor());
			}
		});
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			for (IResource member : project.members()) {
				if (!member.getName().startsWith(".")) {
					member.delete(true, null);
				}
			}
		}
		settle();
	}

	static XtextEditor openEditor(IFile file) throws CoreException {
		XtextEditor editor = (XtextEditor) IDE.openEditor(page(), file, true);
		settle();
		return editor;
	}

	static String read(IFile file) throws CoreException, IOException {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static byte[] bytes(IFile file) throws IOException {
		return Files.readAllBytes(file.getLocation().toFile().toPath());
	}

	static Injector injector() {
		return DslActivator.getInstance().getInjector(DslActivator.ORG_DINSOS_SOP_SOP);
	}

	/** The text the language server's edit of the operation gives (the same DiagramEditor, on a copy of the text). */
	static String edited(IFile file, String text, EditOperation operation) throws IOException {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EditResult result = injector().getInstance(DiagramEditor.class).apply(resource, operation);
		if (result.isRefused()) {
			fail("the language server refuses " + operation + ": " + result.refusal());
		}
		return TextEdit.apply(text, result.edits());
	}

	/** A PNG of the whole screen, into the folder named by the system property sop.screenshots. */
	static Path screenshot(String name) throws IOException {
		Path dir = Path.of(System.getProperty("sop.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		Display display = display();
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
