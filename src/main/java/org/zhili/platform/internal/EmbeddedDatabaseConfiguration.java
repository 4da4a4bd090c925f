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
		OrphanedServer.stopIfRunning(dir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(properties.database().cleanOnStart())
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "Asia/Shanghai")
			// The embedded server is built for tests and turns both off by default: then an acknowledged case can
			// vanish, and a power cut can corrupt the whole database. zhili keeps its records in it for real.
			.setServerConfig("fsync", onOff(properties.database().durable()))
			.setServerConfig("synchronous_commit", onOff(properties.database().durable()))
			// Stopped by the application context after the pool, not by a JVM hook racing the graceful shutdown.
			.setRegisterShutdownHook(false);
		if (properties.database().port() > 0) {
			builder.setPort(properties.database().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL 17 serving {} on port {}", dir, postgres.getPort());
		return postgres;
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
