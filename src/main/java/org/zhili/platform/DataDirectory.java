package org.zhili.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory that holds everything zhili keeps on disk: the embedded database, generated keys and
 * log files ({@code zhili.data-dir}, default {@code ./data}).
 */
public record DataDirectory(Path root) {

	public DataDirectory {
		root = root.toAbsolutePath().normalize();
	}

	/** A sub-directory, created when missing. */
	public Path directory(String name) {
		Path dir = root.resolve(name);
		try {
			Files.createDirectories(dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create " + dir, e);
		}
		return dir;
	}
}
