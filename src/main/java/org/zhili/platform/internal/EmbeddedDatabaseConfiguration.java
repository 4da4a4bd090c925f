package org.zhili.platform.internal;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.zhili.platform.DataDirectory;

/**
 * Zero-setup database: without {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}), zhili
 * runs PostgreSQL 17 from {@code <data-dir>/pg}, so stopping and starting keeps every record. The pool
 * is closed before the server stops, and the server stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory, PlatformProperties properties) throws IOException {
		Path dir = dataDirectory.directory("pg");
		EmbeddedPostgres.Builder builder = server(dir, properties.database().durable(), 100)
			.setCleanDataDirectory(properties.database().cleanOnStart());
		if (properties.database().port() > 0) {
			builder.setPort(properties.database().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL 17 serving {} on port {}", dir, postgres.getPort());
		return postgres;
	}

	/**
	 * The embedded server on a data directory, as zhili runs it here and as {@link DatabaseServer} runs it for several
	 * nodes: a server a killed process left behind stopped first, China's time zone, durable commits unless told
	 * otherwise, stopped by its owner rather than by a JVM hook racing a graceful shutdown.
	 */
	static EmbeddedPostgres.Builder server(Path dir, boolean durable, int maxConnections) throws IOException {
		OrphanedServer.stopIfRunning(dir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", String.valueOf(maxConnections))
			.setServerConfig("timezone", "Asia/Shanghai")
			// The embedded server is built for tests and turns both off by default: then an acknowledged case can
			// vanish, and a power cut can corrupt the whole database. zhili keeps its records in it for real.
			.setServerConfig("fsync", onOff(durable))
			.setServerConfig("synchronous_commit", onOff(durable))
			.setRegisterShutdownHook(false);
	}

	private static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, PlatformProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("zhili-embedded");
		config.setMaximumPoolSize(properties.database().poolSize());
		return new HikariDataSource(config);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
