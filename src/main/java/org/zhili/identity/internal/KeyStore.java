package org.zhili.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhili.platform.DataDirectory;

/** Secret keys kept in {@code <data-dir>/keys}, generated on first start when not configured. */
final class KeyStore {

	private static final Logger log = LoggerFactory.getLogger(KeyStore.class);

	private final Path dir;

	KeyStore(DataDirectory dataDirectory) {
		this.dir = dataDirectory.directory("keys");
	}

	/** The configured key when given (base64), else the key in {@code <name>.key}, created if missing. */
	byte[] key(String name, String configured, int bytes) {
		if (configured != null && !configured.isBlank()) {
			byte[] key = Base64.getDecoder().decode(configured.strip());
			if (key.length != bytes) {
				throw new IllegalStateException("configured key " + name + " must be " + bytes + " bytes (base64)");
			}
			return key;
		}
		Path file = dir.resolve(name + ".key");
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			byte[] key = new byte[bytes];
			new SecureRandom().nextBytes(key);
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			restrict(file);
			log.warn("Generated a new {} key in {}; back it up with the database, or configure one", name, file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create key " + file, e);
		}
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ignored) {
			// not a POSIX file system
		}
	}
}
