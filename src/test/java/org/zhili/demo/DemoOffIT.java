package org.zhili.demo;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.ZhiliApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start, with {@code zhili.demo.enabled=false}, on a database of its own: no bean of the demo
 * module exists, and nothing of the demo was written — no cases, plans, demo accounts or demo API key.
 */
class DemoOffIT {

	@Test
	void aStartWithTheDemoOffHasNoDemoBeanAndNoDemoData() {
		// Command-line arguments, so they win over application.yml; a data directory of its own.
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhiliApplication.class).run(
				"--zhili.demo.enabled=false", "--zhili.data-dir=target/demo-off-data", "--zhili.database.port=0",
				"--zhili.database.clean-on-start=true", "--zhili.database.durable=false", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.file.name=target/demo-off-data/logs/zhili.log")) {
			List<String> demoBeans = Arrays.stream(app.getBeanDefinitionNames()).filter(name -> {
				Class<?> type = app.getBeanFactory().getType(name);
				return type != null && type.getPackageName().startsWith("org.zhili.demo");
			}).toList();
			assertThat(demoBeans).isEmpty();
			assertThat(app.getBeanNamesForType(DemoProperties.class)).isEmpty();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(count(jdbc, "cases.case_record")).isZero();
			assertThat(count(jdbc, "cases.case_event")).isZero();
			assertThat(count(jdbc, "plans.plan")).isZero();
			assertThat(count(jdbc, "plans.suggestion")).isZero();
			assertThat(count(jdbc, "identity.api_key")).isZero();
			assertThat(jdbc.sql("select username from identity.account order by username").query(String.class).list())
				.containsExactly("auditor", "secadmin", "sysadmin");
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
