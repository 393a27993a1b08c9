package org.dinsos.sop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dinsos.sop.files.AtomicFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The .sop files named on a command line, loaded together so that links between them resolve.
 * A folder stands for the .sop files directly inside it (one booklet per folder), or for every
 * .sop file below it when asked to recurse.
 */
public class SopFiles {

	static final String EXTENSION = ".sop";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The files, in a stable order; an argument that is neither a .sop file nor a folder is an error. */
	public static List<Path> expand(List<Path> inputs, boolean recursive) {
		Set<Path> files = new LinkedHashSet<>();
		for (Path input : inputs) {
			Path path = input.toAbsolutePath().normalize();
			if (Files.isDirectory(path)) {
				try (Stream<Path> found = recursive ? Files.walk(path) : Files.list(path)) {
					found.filter(SopFiles::isSopFile).sorted().forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else if (isSopFile(path)) {
				files.add(path);
			} else if (Files.exists(path)) {
				throw new IllegalArgumentException("Bukan berkas .sop: " + display(path));
			} else {
				throw new IllegalArgumentException("Berkas atau folder tidak ditemukan: " + input);
			}
		}
		return new ArrayList<>(files);
	}

	private static boolean isSopFile(Path path) {
		return Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION);
	}

	/** Parses every file into one resource set; linking happens lazily on first use. */
	public List<XtextResource> load(List<Path> files) {
		XtextResourceSet resourceSet = resourceSets.get();
		List<XtextResource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add((XtextResource) resourceSet.createResource(URI.createFileURI(file.toString())));
		}
		for (XtextResource resource : resources) {
			try {
				resource.load(resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException("Tidak dapat membaca " + display(path(resource)), e);
			}
		}
		return resources;
	}

	public static Path path(XtextResource resource) {
		return Path.of(resource.getURI().toFileString());
	}

	/** A path as the user would type it: relative to the working folder when inside it. */
	public static String display(Path path) {
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
	}

	/**
	 * Why a file was not written, as a user can act on it: the path the system names (unless it is the
	 * temporary file an atomic write makes beside its target) and the reason in the user's words.
	 */
	static String writeFailure(IOException e) {
		if (e instanceof AtomicFile.Refused refusal) {
			return refusal.getMessage();
		}
		String reason = e instanceof AccessDeniedException ? "akses ke folder atau berkasnya ditolak"
				: e instanceof NoSuchFileException ? "folder atau berkasnya tidak ada"
						: e instanceof FileSystemException failure && "Not a directory".equals(failure.getReason())
								? "sebagian jalurnya berkas biasa, bukan folder"
								: "berkas tidak dapat ditulis";
		if (e instanceof FileSystemException failure && failure.getFile() != null && !isTemporary(failure.getFile())) {
			return display(Path.of(failure.getFile()).toAbsolutePath()) + ": " + reason;
		}
		return reason;
	}

	private static boolean isTemporary(String file) {
		String name = Path.of(file).getFileName().toString();
		return name.startsWith(".") && name.endsWith(".tmp");
	}
}
