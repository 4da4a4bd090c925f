package org.zhili.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's walkthrough ({@code docs/walkthrough.sh}, shown in {@code docs/walkthrough.md}) runs against the
 * application as it is: if the API changes under it, this test fails, so the documented calls cannot drift.
 * Needs {@code bash}, {@code curl} and {@code jq} on the machine (CI's {@code .ci/run} installs jq).
 */
@ZhiliIntegrationTest
class WalkthroughIT {

	private static final Path SCRIPT = Path.of("docs", "walkthrough.sh");
	private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	@Test
	void theWalkthroughRunsFromStartToEnd() throws IOException, InterruptedException {
		assertThat(SCRIPT).as("the walkthrough script").exists();
		Path output = Files.createTempFile("walkthrough", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().put("ZHILI", api.base());
			builder.environment().put("ZHILI_PASSWORD", environment.getProperty("zhili.demo.password", Api.DEMO_PASSWORD));
			Process process = builder.start();
			boolean finished = process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
			if (!finished) {
				process.destroyForcibly();
			}
			String log = Files.readString(output, StandardCharsets.UTF_8);
			System.out.println(log);
			assertThat(finished).as("the walkthrough finished within %s:%n%s", TIME_LIMIT, log).isTrue();
			assertThat(process.exitValue()).as("the walkthrough's exit status; its output:%n%s", log).isZero();
			assertThat(log).contains("Done: every step answered as expected.");
		}
		finally {
			Files.deleteIfExists(output);
		}
	}
}
