package org.zhili.dossiers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.ZhiliApplication;
import org.zhili.dossiers.internal.view.DossierService;
import org.zhili.dossiers.internal.warning.EarlyWarnings;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.platform.ChinaTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one view and the early warning on a city-sized database (a copy of one filled by
 * {@code StatsDataGenerator}; never the original: this benchmark puts 1,000 of its cases on one building): the
 * timeline of that building in the service (merge and audit) and over HTTP (JSON of 1,000 items), and the rules
 * over the busiest recent day's intake. Run with
 * <pre>
 * cp -a /work/stats-data /work/dossier-data
 * ZHILI_DATA_DIR=/work/dossier-data ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark=DossierBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Xms512m", "-Duser.timezone=Asia/Shanghai" })
public class DossierBenchmark {

	static final String BUILDING = "鞍山西道999号9号楼";
	static final int ITEMS = 1000;

	private ConfigurableApplicationContext app;
	private DossierService dossiers;
	private EarlyWarnings warnings;
	private Actor leader;
	private Actor street;
	private HttpClient http;
	private String base;
	private String token;
	private LocalDate day;

	@Setup(Level.Trial)
	public void start() throws Exception {
		String dir = System.getenv("ZHILI_DATA_DIR");
		if (dir == null || !Files.isDirectory(Path.of(dir, "pg"))) {
			throw new IllegalStateException("set ZHILI_DATA_DIR to a copy of a data directory filled by StatsDataGenerator");
		}
		long started = System.nanoTime();
		app = new SpringApplicationBuilder(ZhiliApplication.class).run("--zhili.data-dir=" + dir, "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--zhili.demo.enabled=false",
				"--logging.file.name=" + Path.of(dir, "logs", "benchmark.log"));
		System.out.printf("%nstarted in %d s (the first start on a database without building keys backfills them)%n",
				(System.nanoTime() - started) / 1_000_000_000);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		long there = jdbc.sql("select count(*) from cases.case_record where address_key = :k").param("k", BUILDING)
			.query(Long.class).single();
		if (there < ITEMS) {
			// Spread over the whole history: every 997th case until there are 1,000.
			jdbc.sql("""
					update cases.case_record set address = :a, address_key = :k
					 where id in (select id from cases.case_record where id % 997 = 0 and address_key is distinct from :k
					              order by id limit :n)""")
				.param("a", BUILDING + "2门301").param("k", BUILDING).param("n", ITEMS - there).update();
		}
		dossiers = app.getBean(DossierService.class);
		warnings = app.getBean(EarlyWarnings.class);
		leader = new Actor(null, "leader", Set.of(Role.LEADER), new DataScope("120104", "/120104/", true));
		street = new Actor(null, "changhong", Set.of(Role.STREET_OFFICIAL),
				new DataScope("120104001000", "/120104/120104001000/", true));
		day = jdbc.sql("""
				select (registered_at at time zone 'Asia/Shanghai')::date from cases.case_record
				 where registered_at > (select max(registered_at) from cases.case_record) - interval '30 days'
				 group by 1 order by count(*) desc limit 1""")
			.query(LocalDate.class)
			.single();
		long intake = jdbc.sql("""
				select count(*) from cases.case_record where registered_at >= :f and registered_at < :t""")
			.param("f", java.sql.Timestamp.from(day.atStartOfDay(ChinaTime.ZONE).toInstant()))
			.param("t", java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()))
			.query(Long.class).single();
		long cases = jdbc.sql("select count(*) from cases.case_record").query(Long.class).single();
		long first = System.nanoTime();
		int raised = warnings.sweep(day);
		System.out.printf("%,d cases; %d on %s; the rules over %s (%,d cases registered): first run %d ms, %d alerts%n",
				cases, jdbc.sql("select count(*) from cases.case_record where address_key = :k").param("k", BUILDING)
					.query(Long.class).single(), BUILDING, day, intake, (System.nanoTime() - first) / 1_000_000, raised);
		http = HttpClient.newHttpClient();
		base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"leader\",\"password\":\"Zhili@2026\",\"totp\":\"\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		token = JsonMapper.builder().build().readTree(signIn.body()).get("accessToken").asString();
	}

	@TearDown(Level.Trial)
	public void stop() {
		Runtime runtime = Runtime.getRuntime();
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(java.lang.management.MemoryUsage::getUsed)
			.sum();
		System.gc();
		long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("%nheap: max %d MB; peak of the heap pools (summed) %d MB; in use after a full GC %d MB%n",
				runtime.maxMemory() >> 20, peak >> 20, live >> 20);
		app.close();
	}

	/** The building's timeline of 1,000 items, merged from every loop, the look audited. */
	@Benchmark
	public Object addressTimeline() {
		return dossiers.address(null, BUILDING, "基准测试", leader);
	}

	/** The same as a street official: the case scope checked on each of the 1,000 (the street sees its share). */
	@Benchmark
	public Object addressTimelineAsStreet() {
		return dossiers.address(null, BUILDING, "基准测试", street);
	}

	/** {@code GET /api/v1/dossiers/address}: the same over HTTP, as JSON. */
	@Benchmark
	public Object httpAddressTimeline() throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/address?key="
				+ URLEncoder.encode(BUILDING, StandardCharsets.UTF_8) + "&reason=%E5%9F%BA%E5%87%86"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	/** The early-warning rules over the busiest recent day's intake (the daily sweep). */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 1)
	@Measurement(iterations = 5)
	public Object sweepADay() {
		return warnings.sweep(day);
	}
}
