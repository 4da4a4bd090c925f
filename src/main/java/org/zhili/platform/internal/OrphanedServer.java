package org.zhili.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL left running by an application that was killed ({@code kill -9}, the OOM killer):
 * it outlives its parent and keeps the data directory locked, so the next start could not use it. Stopping it
 * with SIGTERM is PostgreSQL's own clean shutdown; every commit it acknowledged is kept.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	/** Stops the server still serving {@code dataDirectory}, if there is one. */
	static void stopIfRunning(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> server = serving(dataDirectory);
		if (server.isEmpty()) {
			return;
		}
		ProcessHandle process = server.get();
		log.warn("PostgreSQL (pid {}) is still serving {} after an unclean stop; shutting it down first", process.pid(),
				dataDirectory);
		process.destroy();
		try {
			process.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			throw new IOException("PostgreSQL (pid " + process.pid() + ") serving " + dataDirectory
					+ " did not stop within " + PATIENCE.toSeconds() + " s; stop it and start again", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for PostgreSQL to stop", e);
		}
		catch (ExecutionException e) {
			throw new IOException(e.getCause());
		}
	}

	/** The live postmaster that {@code postmaster.pid} names, if it is PostgreSQL serving this directory. */
	static Optional<ProcessHandle> serving(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")
				|| !sameDirectory(lines.get(1), dataDirectory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
	}

	private static boolean sameDirectory(String named, Path dataDirectory) {
		try {
			return Files.isSameFile(Path.of(named.strip()), dataDirectory);
		}
		catch (IOException | java.nio.file.InvalidPathException e) {
			return false;
		}
	}
}
