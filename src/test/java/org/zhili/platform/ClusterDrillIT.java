package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The rolling-restart drill in its short form (ops/cluster.sh drill: PostgreSQL, two nodes of the packaged
 * application and nginx; intake at 50 cases/s with idempotency keys and retries through nginx while node 1, then node
 * 2 restart). Passes when the drill's figures are: no acknowledged case lost or stored twice, no timer missed or fired
 * twice, under 0.1 % failed attempts and every request answered in the end, and a session kept on both nodes.
 * <p>
 * Needs nginx on the PATH: skipped without it, except where {@code ZHILI_CLUSTER_DRILL=required} (.ci/run) says it
 * must run.
 */
class ClusterDrillIT {

	private static final Path OUTPUT = Path.of("target/cluster-drill.log");

	@Test
	void aRollingRestartUnderLoadLosesNothingAndFiresEveryTimerOnce() throws Exception {
		boolean nginx = onPath("nginx") && onPath("curl");
		if (!nginx && "required".equals(System.getenv("ZHILI_CLUSTER_DRILL"))) {
			fail("nginx and curl must be installed here (ZHILI_CLUSTER_DRILL=required): apt-get install nginx curl");
		}
		assumeTrue(nginx, "the two-node drill needs nginx and curl on the PATH (apt-get install nginx): skipped");

		ProcessBuilder drill = new ProcessBuilder("bash", "ops/cluster.sh", "drill").redirectErrorStream(true)
			.redirectOutput(OUTPUT.toFile());
		drill.environment().put("ZHILI_CLUSTER_DIR", "target/cluster-it");
		drill.environment().put("ZHILI_PROXY_PORT", String.valueOf(freeBlockOfFour()));
		Process process = drill.start();
		if (!process.waitFor(12, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			fail("the drill did not end within 12 minutes (see " + OUTPUT + ")");
		}
		String output = Files.readString(OUTPUT, StandardCharsets.UTF_8);
		System.out.println(output.substring(Math.max(0, output.indexOf("==== rolling restart drill"))));

		assertThat(figure(output, "cases acknowledged")).as("cases acknowledged").isGreaterThan(500);
		assertThat(figure(output, "acknowledged cases lost")).as("acknowledged cases lost").isZero();
		assertThat(figure(output, "cases stored twice")).as("cases stored twice").isZero();
		assertThat(figure(output, "stored but never acknowledged")).as("stored but never acknowledged").isZero();
		assertThat(figure(output, "acceptance clocks that came due")).as("clocks that came due during the drill")
			.isGreaterThan(20);
		assertThat(figure(output, "timers missed")).as("timers missed").isZero();
		assertThat(figure(output, "timers fired twice")).as("timers fired twice").isZero();
		assertThat(figure(output, "requests never answered")).as("requests never answered").isZero();
		assertThat(output).contains("session kept across restarts:       yes").contains("drill PASSED");
		assertThat(process.exitValue()).as("the drill's exit status (see " + OUTPUT + ")").isZero();
	}

	/** The number after "name:" in the drill's figures. */
	private static long figure(String output, String name) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ":\\s+([0-9,]+)").matcher(output);
		if (!m.find()) {
			fail("no figure \"" + name + "\" in the drill's output (see " + OUTPUT + ")");
		}
		return Long.parseLong(m.group(1).replace(",", ""));
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return Files.isExecutable(Path.of("/usr/sbin", command));
	}

	/** A port whose next three are free too: nginx, the two nodes and PostgreSQL (just below). */
	private static int freeBlockOfFour() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			int base;
			try (ServerSocket s = new ServerSocket(0)) {
				base = s.getLocalPort();
			}
			if (base > 60000 || base < 20000) {
				continue;
			}
			if (free(base - 1) && free(base + 1) && free(base + 2)) {
				return base;
			}
		}
		return 28080;
	}

	private static boolean free(int port) {
		try (ServerSocket s = new ServerSocket(port)) {
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}
}
