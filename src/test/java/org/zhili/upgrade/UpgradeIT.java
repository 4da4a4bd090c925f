package org.zhili.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.zhili.support.Api;
import org.zhili.support.OwnApplication;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Databases made by earlier releases, with their records, migrate to this one and read the same.
 * <ul>
 * <li>The release of 2026-11-22 (commit f4fa538, migrations up to V11, before the process kit): the records of
 * {@code upgrade/november-release.sql} — plan tasks and cases, both with 督办, which stopped the first V13 — and
 * zhili started on it: it migrates, and its API answers the same cases, plan tasks and 督办.</li>
 * <li>The process kit's release, whose V13 ({@code upgrade/v13-as-released}) was corrected since: a database that
 * applied the first text still validates (the callback {@code beforeValidate__v13_corrected.sql}), migrates and
 * starts.</li>
 * </ul>
 */
class UpgradeIT {

	static final Path WORK = Path.of("target/upgrade-it");
	static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");

	@Test
	void theNovemberReleaseWithPlanAndCaseSupervisionsMigratesAndReadsTheSame() throws IOException {
		Path dataDir = WORK.resolve("november");
		FileSystemUtils.deleteRecursively(dataDir);
		try (EmbeddedPostgres postgres = postgres(dataDir)) {
			DataSource db = postgres.getPostgresDatabase();
			Flyway.configure().dataSource(db).locations("classpath:db/migration").target("11").load().migrate();
			new JdbcTemplate(db).execute(
					new ClassPathResource("upgrade/november-release.sql").getContentAsString(StandardCharsets.UTF_8));
		}

		try (ConfigurableApplicationContext app = start(dataDir)) {
			int port = OwnApplication.port(app);
			Api api = new Api(() -> port, () -> 0);
			assertThat(JdbcClient.create(app.getBean(DataSource.class))
				.sql("select max(split_part(version, '.', 1)::int) from flyway_schema_history where version is not null")
				.query(Integer.class)
				.single()).as("migrated to the current release").isGreaterThanOrEqualTo(25);
			// The registration that release had announced but not routed joined routing's queue, and was routed.
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from public.event_publication where completion_date is null "
					+ "and listener_id like '%CasesRegistered)'").query(Long.class).single()).isZero();
			await("case 1 routed").atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("select count(*) from routing.case_index where case_id = 1").query(Long.class)
					.single() == 1
						&& jdbc.sql("select count(*) from routing.queue").query(Long.class).single() == 0);

			JsonNode open = api.get("/api/v1/cases/1", "leader").json();
			assertThat(open.get("trackingNumber").asString()).isEqualTo("NK2026111000001");
			assertThat(open.get("description").asString()).startsWith("光明路小区南门外三盏路灯连续一周不亮");
			assertThat(open.get("state").get("code").asString()).isEqualTo("HANDLING");
			assertThat(open.get("supervision").get("code").asString()).isEqualTo("YELLOW");
			assertThat(open.get("leadUnit").get("code").asString()).isEqualTo("120104001000");
			assertThat(open.get("timeline").findValuesAsString("action")).containsExactly("register", "dispatch",
					"accept", "supervise");
			JsonNode closed = api.get("/api/v1/cases/2", "leader").json();
			assertThat(closed.get("state").get("code").asString()).isEqualTo("CLOSED");
			assertThat(closed.get("supervision").get("code").asString()).as("普通督办 is 催办 now").isEqualTo("URGE");

			JsonNode task = api.get("/api/v1/plans/tasks/1", "leader").json();
			assertThat(task.toString()).contains("完成老旧小区改造40个", "已增派两支施工队伍");

			// The plan tasks' 督办 kept their ids and answers; the cases' became orders numbered after them.
			List<JsonNode> plans = list(api.get("/api/v1/supervisions?loop=plan-task", "supervisor"));
			assertThat(plans).extracting(s -> s.get("id").asLong() + ":" + s.get("itemId").asLong() + ":"
					+ s.get("state").asString()).containsExactlyInAnyOrder("1:1:ANSWERED", "2:2:OPEN");
			JsonNode answered = plans.stream().filter(s -> s.get("id").asLong() == 1).findFirst().orElseThrow();
			assertThat(answered.get("itemId").asLong()).isEqualTo(1);
			assertThat(answered.get("level").asString()).isEqualTo("YELLOW");
			assertThat(answered.get("state").asString()).isEqualTo("ANSWERED");
			assertThat(answered.get("reply").asString()).isEqualTo("已增派两支施工队伍，月底前完成剩余12个小区。");
			List<JsonNode> caseOrders = list(api.get("/api/v1/supervisions?loop=case", "supervisor"));
			assertThat(caseOrders).hasSize(2).allSatisfy(s -> assertThat(s.get("id").asLong()).isGreaterThan(2));
			assertThat(caseOrders).extracting(s -> s.get("itemId").asLong() + ":" + s.get("state").asString() + ":"
					+ s.get("level").asString()).containsExactlyInAnyOrder("1:OPEN:YELLOW", "2:CLOSED:URGE");

			// Both kinds still take their answers where they did.
			Api.Response reply = api.post("/api/v1/plans/supervisions/2/reply", Map.of("reply", "已确定3处选址，正在设计。"),
					"chengguan");
			assertThat(reply.status()).as(reply.body()).isBetween(200, 204);
			assertThat(api.get("/api/v1/supervisions/2", "supervisor").json().get("state").asString())
				.isEqualTo("ANSWERED");
			long caseOrder = caseOrders.stream().filter(s -> s.get("itemId").asLong() == 1).findFirst().orElseThrow()
				.get("id").asLong();
			Api.Response answer = api.post("/api/v1/supervisions/" + caseOrder + "/answer",
					Map.of("reply", "已更换灯具，今晚恢复照明。"), "changhong");
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.json().get("state").asString()).isEqualTo("ANSWERED");
		}
	}

	@Test
	void aDatabaseThatAppliedTheFirstV13StillValidatesMigratesAndStarts() throws IOException {
		Path dataDir = WORK.resolve("process-kit");
		FileSystemUtils.deleteRecursively(dataDir);
		Path released = dataDir.resolve("migrations-as-released");
		Files.createDirectories(released);
		for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
			Matcher version = VERSION.matcher(migration.getFilename());
			if (version.matches() && Integer.parseInt(version.group(1)) < 13) {
				try (InputStream in = migration.getInputStream()) {
					Files.copy(in, released.resolve(migration.getFilename()));
				}
			}
		}
		try (InputStream in = new ClassPathResource("upgrade/v13-as-released/V13__process_supervision.sql").getInputStream()) {
			Files.copy(in, released.resolve("V13__process_supervision.sql"));
		}

		int firstChecksum;
		try (EmbeddedPostgres postgres = postgres(dataDir)) {
			DataSource db = postgres.getPostgresDatabase();
			Flyway.configure().dataSource(db).locations("filesystem:" + released).target("12.3").load().migrate();
			// A plan task's 督办 only: with a case's beside it, the first V13 failed.
			new JdbcTemplate(db).execute("""
					insert into plans.plan (id, title, year, created_by) values (7, '2026年重点工作', 2026, 'operator');
					insert into plans.task (id, plan_id, position, title, text, lead_unit)
					values (7, 7, 1, '新建口袋公园5处', '新建口袋公园5处。', '120104CGW');
					insert into plans.supervision (id, task_id, level, note, reply_due, created_at, created_by)
					values (5, 7, 'RED', '请加快选址', current_date + 20, now() - interval '1 day', 'supervisor');""");
			Flyway.configure().dataSource(db).locations("filesystem:" + released).load().migrate();
			firstChecksum = checksumOfV13(JdbcClient.create(db));

			assertThatThrownBy(() -> Flyway.configure().dataSource(db).locations("classpath:db/migration")
				.skipDefaultCallbacks(true).load().validate())
				.as("without the callback, the corrected V13 does not match what this database applied")
				.isInstanceOf(FlywayException.class)
				.hasMessageContaining("checksum");
		}

		try (ConfigurableApplicationContext app = start(dataDir)) {
			DataSource db = app.getBean(DataSource.class);
			JdbcClient jdbc = JdbcClient.create(db);
			assertThat(checksumOfV13(jdbc)).isNotEqualTo(firstChecksum);
			assertThat(jdbc.sql("select max(split_part(version, '.', 1)::int) from flyway_schema_history where version is not null")
				.query(Integer.class)
				.single()).isGreaterThanOrEqualTo(23);
			Flyway.configure().dataSource(db).locations("classpath:db/migration").load().validate();

			int port = OwnApplication.port(app);
			JsonNode order = new Api(() -> port, () -> 0).get("/api/v1/supervisions/5", "supervisor").json();
			assertThat(order.get("loop").asString()).isEqualTo("plan-task");
			assertThat(order.get("itemId").asLong()).isEqualTo(7);
			assertThat(order.get("level").asString()).isEqualTo("RED");
			assertThat(order.get("state").asString()).isEqualTo("OPEN");
			assertThat(order.get("note").asString()).isEqualTo("请加快选址");
		}
	}

	private static int checksumOfV13(JdbcClient jdbc) {
		return jdbc.sql("select checksum from flyway_schema_history where version = '13'").query(Integer.class).single();
	}

	private static List<JsonNode> list(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().valueStream().toList();
	}

	private static EmbeddedPostgres postgres(Path dataDir) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("pg"))
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			.start();
	}

	/** zhili on that data directory, as the test profile runs it; arguments win over application-test.yml. */
	private static ConfigurableApplicationContext start(Path dataDir) {
		return OwnApplication.start(dataDir, "--zhili.database.clean-on-start=false", "--zhili.demo.cases=0");
	}
}
