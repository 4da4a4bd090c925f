package org.zhili.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhili.ZhiliApplication;

/**
 * zhili started by a test on a data directory of its own, beside the shared test context: as the test profile runs
 * it, on a free port, logging into that directory. The arguments are given on the command line so that they win
 * over application-test.yml, which names the shared test database.
 */
public final class OwnApplication {

	private OwnApplication() {
	}

	/** Started on {@code dataDir}, with {@code arguments} ({@code --name=value}) on top. */
	public static ConfigurableApplicationContext start(Path dataDir, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--zhili.data-dir=" + dataDir, "--server.port=0",
				"--logging.file.name=" + dataDir.resolve("logs/zhili.log"), "--spring.jmx.enabled=false"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(ZhiliApplication.class).profiles("test").run(all.toArray(String[]::new));
	}

	/** The port it serves on. */
	public static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}
}
