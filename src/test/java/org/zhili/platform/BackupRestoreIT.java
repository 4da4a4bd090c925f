package org.zhili.platform;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.zhili.support.Api;
import org.zhili.support.CasesThroughApi;
import org.zhili.support.OwnApplication;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backup and restore drill of docs/operations.md, run on the test database while the application serves:
 * {@code ops/backup.sh} backs it up online, {@code ops/restore.sh} makes a new data directory of the backup, a
 * PostgreSQL started on that directory holds every table's rows, and zhili started on it serves the same case
 * (its requester's name readable with the restored key) and finds its audit hash chain intact.
 */
@ZhiliIntegrationTest
class BackupRestoreIT {

	static final Path WORK = Path.of("target/backup-restore-it");
	/** Tables that change by themselves within seconds (queues, timers), where a count is only a snapshot. */
	static final List<String> MOVING = List.of("public.scheduled_tasks", "public.event_publication",
			"public.event_publication_archive", "routing.queue");
	/** Each loop's own records: the drill must carry some of each. */
	static final List<String> RECORDS = List.of("cases.case_record", "cases.case_event", "plans.task",
			"process.supervision", "petitions.petition", "urban.case_file", "disputes.dispute", "identity.account",
			"identity.audit_event");

	/** Between two cases registered during the backup. */
	static final Duration INTAKE_PAUSE = Duration.ofMillis(50);

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Value("${zhili.data-dir}")
	Path dataDir;

	private Instant started;

	@BeforeAll
	static void clean() throws IOException {
		FileSystemUtils.deleteRecursively(WORK);
	}

	@BeforeEach
	void start() {
		started = Instant.now().minusSeconds(1);
	}

	/**
	 * The cases registered during the backup all stand at one point, so routing and the early warning compare each
	 * with the others: the next test of the shared context would wait behind that work. It is finished first — the
	 * asynchronous listeners' events as well as routing's queue.
	 */
	@AfterEach
	void caughtUp() {
		await("listeners and routing caught up").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("""
					select (select count(*) from public.event_publication
					        where completion_date is null and publication_date >= :started)
					     + (select count(*) from routing.queue)""")
				.param("started", Timestamp.from(started))
				.query(Long.class)
				.single() == 0);
	}

	@Test
	void theRunningDatabaseIsBackedUpAndRestoredIntoANewDirectoryWhereZhiliStartsWithTheSameRecords() throws Exception {
		CasesThroughApi cases = new CasesThroughApi(api);
		double[] point = cases.pointIn("STREET", "120104001000");
		String description = "备份演练：鞍山西道路面塌陷 " + UUID.randomUUID();
		long caseId = cases.register(Map.of("type", "COMPLAINT", "categoryCode", "C01", "description", description,
				"location", Map.of("lng", point[0], "lat", point[1]),
				"requester", Map.of("name", "欧阳备份", "phone", "13700005555"))).get("id").asLong();
		JsonNode live = cases.view(caseId, "leader");

		Map<String, Long> before = counts(jdbc);
		// Online means under writes: cases keep coming in while the files are copied.
		AtomicBoolean copying = new AtomicBoolean(true);
		List<Long> duringTheBackup = new CopyOnWriteArrayList<>();
		AtomicReference<Throwable> intakeFailed = new AtomicReference<>();
		Thread intake = new Thread(() -> {
			try {
				// a steady stream, not a flood: about as many cases on a slow machine as on a fast one
				for (int i = 0; copying.get(); i++, Thread.sleep(INTAKE_PAUSE.toMillis())) {
					duringTheBackup.add(cases.register(Map.of("type", "HELP", "categoryCode", "C01",
							"description", "备份期间登记的诉求 " + i + " " + UUID.randomUUID(),
							"location", Map.of("lng", point[0], "lat", point[1]),
							"requester", Map.of("name", "市民" + i, "phone", "1370000" + (1000 + i % 9000)))).get("id").asLong());
				}
			}
			catch (Throwable e) {
				intakeFailed.set(e);
			}
		});
		intake.start();
		Path backup;
		try {
			backup = backup();
		}
		finally {
			copying.set(false);
			intake.join();
		}
		assertThat(intakeFailed.get()).isNull();
		assertThat(duringTheBackup).as("cases registered during the backup").isNotEmpty();
		Map<String, Long> after = counts(jdbc);
		Path restoredDir = WORK.resolve("restored");
		assertThat(run("ops/restore.sh", backup.toString(), restoredDir.toString())).contains("restored");

		// The audit chain's head as the backup recorded it, outside the database: seq and hash of its last sealed row.
		String[] head = Files.readAllLines(backup.resolve("backup.properties")).stream()
			.filter(line -> line.startsWith("audit_chain="))
			.findFirst()
			.orElseThrow()
			.substring("audit_chain=".length())
			.split(":");
		assertThat(head).hasSize(2);
		String headHash = "select hash from identity.audit_event where seq = " + Long.parseLong(head[0]);
		assertThat(jdbc.sql(headHash).query(String.class).single()).isEqualTo(head[1]);

		Map<String, Long> restored;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(restoredDir.resolve("pg"))
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient copy = JdbcClient.create(postgres.getPostgresDatabase());
			restored = counts(copy);
			// One commit after the other: the copy holds those up to some moment, without a gap.
			List<Long> kept = copy.sql("select id from cases.case_record where id in (:ids) order by id")
				.param("ids", duringTheBackup)
				.query(Long.class)
				.list();
			assertThat(kept).as("of the cases registered during the backup, %s", duringTheBackup)
				.isEqualTo(duringTheBackup.subList(0, kept.size()));
			assertThat(copy.sql(headHash).query(String.class).single()).as("the recorded head is in the copy's chain")
				.isEqualTo(head[1]);
		}
		assertThat(restored.keySet()).as("the restored database's tables").isEqualTo(before.keySet());
		RECORDS.forEach(table -> assertThat(before.get(table)).as(table).isPositive());
		before.forEach((table, was) -> {
			long now = after.get(table);
			if (!MOVING.contains(table)) {
				assertThat(restored.get(table)).as("rows of %s (before the backup %d, after it %d)", table, was, now)
					.isBetween(Math.min(was, now), Math.max(was, now));
			}
		});

		Path restoredKey = restoredDir.resolve("keys/field-encryption.key");
		assertThat(restoredKey).hasSameBinaryContentAs(dataDir.resolve("keys/field-encryption.key"));

		try (ConfigurableApplicationContext app = start(restoredDir)) {
			int port = OwnApplication.port(app);
			Api restoredApi = new Api(() -> port, () -> 0);
			assertThat(Files.readAllLines(restoredDir.resolve("pg/postmaster.pid")).get(3))
				.as("the restored platform runs on the restored directory's database")
				.isEqualTo(String.valueOf(app.getBean(EmbeddedPostgres.class).getPort()));

			JsonNode copy = restoredApi.get("/api/v1/cases/" + caseId, "leader").json();
			assertThat(copy.get("trackingNumber").asString()).isEqualTo(live.get("trackingNumber").asString());
			assertThat(copy.get("description").asString()).isEqualTo(description);
			assertThat(copy.get("state").toString()).isEqualTo(live.get("state").toString());
			assertThat(copy.get("requester").toString()).as("decrypted with the restored key")
				.isEqualTo(live.get("requester").toString())
				.contains("欧");

			Api.Response verification = restoredApi.get("/api/v1/audit/verification", "auditor");
			assertThat(verification.status()).isEqualTo(200);
			assertThat(verification.json().get("intact").asBoolean()).as(verification.body()).isTrue();
			assertThat(verification.json().get("rowsChecked").asLong()).isGreaterThanOrEqualTo(before.get(
					"identity.audit_event"));
		}
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path backup = backup();
		try (RandomAccessFile file = new RandomAccessFile(backup.resolve("pg.tar.gz").toFile(), "rw")) {
			file.seek(file.length() / 2);
			int b = file.read();
			file.seek(file.length() / 2);
			file.write(b ^ 0xff);
		}
		Path target = WORK.resolve("from-damaged");

		Outcome restore = process("ops/restore.sh", backup.toString(), target.toString());

		assertThat(restore.status()).isNotZero();
		assertThat(restore.err()).contains("does not match its SHA256SUMS");
		assertThat(target.resolve("pg")).doesNotExist();
	}

	/**
	 * Point-in-time recovery: with WAL archiving on ({@code ops/wal-archive.sh}), a base backup is brought forward to
	 * the moment before a mistake made after it, or to the last archived commit.
	 */
	@Test
	void theWalArchiveBringsABackupForwardToAMomentBeforeAMistake() throws Exception {
		Path pitr = WORK.resolve("pitr");
		FileSystemUtils.deleteRecursively(pitr);
		Path source = pitr.resolve("source");
		Path archive = pitr.resolve("wal-archive");
		try (EmbeddedPostgres first = server(source)) {
			assertThat(run("ops/wal-archive.sh", "--data-dir", source.toString(), "--to", archive.toString()))
				.contains("from zhili's next start");
		}
		Path backup;
		String beforeTheMistake;
		try (EmbeddedPostgres postgres = server(source)) {
			JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
			assertThat(db.sql("show archive_mode").query(String.class).single()).isEqualTo("on");
			db.sql("create table drill (n int primary key, note text)").update();
			db.sql("insert into drill values (1, '备份前')").update();
			backup = backup(source, "mode=online", "keys=no");
			db.sql("insert into drill values (2, '备份后')").update();
			beforeTheMistake = db.sql("select clock_timestamp()::text").query(String.class).single();
			Thread.sleep(50);
			db.sql("delete from drill").update();
			db.sql("insert into drill values (99, '误操作之后')").update();
			String last = db.sql("select pg_walfile_name(pg_switch_wal())").query(String.class).single();
			for (int i = 0; i < 100 && !Files.exists(archive.resolve(last + ".gz")); i++) {
				Thread.sleep(100);
			}
			assertThat(archive.resolve(last + ".gz")).as("archived").exists();
		}

		Path toTheMoment = pitr.resolve("until");
		assertThat(run("ops/restore.sh", "--wal-archive", archive.toString(), "--until", beforeTheMistake,
				backup.toString(), toTheMoment.toString())).contains("up to " + beforeTheMistake);
		assertThat(rows(toTheMoment)).containsExactly("1:备份前", "2:备份后");

		Path toTheEnd = pitr.resolve("latest");
		run("ops/restore.sh", "--wal-archive", archive.toString(), backup.toString(), toTheEnd.toString());
		assertThat(rows(toTheEnd)).containsExactly("99:误操作之后");

		Path plain = pitr.resolve("plain");
		run("ops/restore.sh", backup.toString(), plain.toString());
		assertThat(rows(plain)).as("the backup alone").containsExactly("1:备份前");
	}

	private static EmbeddedPostgres server(Path dataDir) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg")).setCleanDataDirectory(false).start();
	}

	private static List<String> rows(Path dataDir) throws IOException {
		try (EmbeddedPostgres postgres = server(dataDir)) {
			JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
			assertThat(db.sql("show archive_mode").query(String.class).single()).as("a copy archives nothing").isEqualTo(
					"off");
			return db.sql("select n || ':' || note from drill order by n").query(String.class).list();
		}
	}

	private Path backup() throws IOException, InterruptedException {
		return backup(dataDir, "mode=online", "postgresql=17", "keys=yes");
	}

	private static Path backup(Path dataDir, String... properties) throws IOException, InterruptedException {
		String out = run("ops/backup.sh", "--data-dir", dataDir.toString(), "--to", WORK.resolve("backups").toString());
		assertThat(out).contains("backup (online");
		Path backup = Path.of(out.substring(out.lastIndexOf(" written to ") + 12).strip());
		assertThat(backup.resolve("backup_label")).exists();
		assertThat(Files.readString(backup.resolve("backup.properties"))).contains(properties);
		return backup;
	}

	/** Rows of every table of every schema. */
	static Map<String, Long> counts(JdbcClient db) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : db.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
			.query(String.class)
			.list()) {
			counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return OwnApplication.start(dataDir, "--zhili.database.clean-on-start=false");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Outcome outcome = process(command);
		assertThat(outcome.status()).as(String.join(" ", command) + ": " + outcome.out() + outcome.err()).isZero();
		return outcome.out();
	}

	record Outcome(int status, String out, String err) {
	}

	/** Runs a script of the repository with bash, as an operator would. */
	private static Outcome process(String... command) throws IOException, InterruptedException {
		List<String> bash = new ArrayList<>(List.of("bash"));
		bash.addAll(List.of(command));
		Path runs = Files.createDirectories(WORK.resolve("runs"));
		Path out = Files.createTempFile(runs, "out", ".txt");
		Path err = Files.createTempFile(runs, "err", ".txt");
		Process process = new ProcessBuilder(bash).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
		return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
	}
}
