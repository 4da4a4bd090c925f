package org.zhili.cases.internal.stats;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import org.zhili.cases.internal.stats.Period;
import org.zhili.cases.internal.stats.StatsLevel;
import org.zhili.cases.internal.stats.ThreeRates;
import org.zhili.cases.internal.views.CaseFilter;
import org.zhili.cases.internal.views.CaseQueries;
import org.zhili.identity.DataScope;
import org.zhili.platform.ChinaTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 三率 on a city-sized database (see {@link StatsDataGenerator}): all streets and all departments over
 * the last complete month and over the last 12 complete months, in the application (one call of the service
 * per level) and end to end over HTTP (JSON, security, both levels); the monthly ranking; and the first page
 * of the case list behind one street's 派单 figure. The application runs in the benchmark's JVM with a heap of
 * 512 MB, and prints the heap it used at the end. Run with
 * <pre>
 * ZHILI_DATA_DIR=/work/stats-data ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark=StatsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Xms512m", "-Duser.timezone=Asia/Shanghai" })
public class StatsBenchmark {

	private static final DataScope DISTRICT = new DataScope("120104", "/120104/", true);
	private static final String STREET = "120104009000"; // 王顶堤街道, the street with the most grids

	private ConfigurableApplicationContext app;
	private ThreeRates stats;
	private CaseQueries queries;
	private HttpClient http;
	private String base;
	private String token;
	private Period month;
	private Period year;
	private CaseFilter drillDown;

	@Setup(Level.Trial)
	public void start() throws Exception {
		String dir = System.getenv("ZHILI_DATA_DIR");
		if (dir == null || !Files.isDirectory(Path.of(dir, "pg"))) {
			throw new IllegalStateException("set ZHILI_DATA_DIR to a data directory filled by StatsDataGenerator");
		}
		app = new SpringApplicationBuilder(ZhiliApplication.class).run("--zhili.data-dir=" + dir, "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.file.name=" + Path.of(dir, "logs", "benchmark.log"));
		stats = app.getBean(ThreeRates.class);
		queries = app.getBean(CaseQueries.class);
		LocalDate last = app.getBean(JdbcClient.class).sql("select max(day) from cases.unit_day_stats")
			.query(LocalDate.class)
			.single();
		YearMonth lastComplete = YearMonth.from(last).minusMonths(1);
		month = Period.month(lastComplete);
		year = new Period(Period.Kind.CUSTOM, lastComplete.minusMonths(11).atDay(1), lastComplete.atEndOfMonth());
		drillDown = new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, CaseFilter.Sort.NEWEST,
				new Counted(Counter.DISPATCHED, List.of(STREET), month.from(), month.to()));
		http = HttpClient.newHttpClient();
		base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"leader\",\"password\":\"Zhili@2026\",\"totp\":\"\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		token = JsonMapper.builder().build().readTree(signIn.body()).get("accessToken").asString();
		long cases = app.getBean(JdbcClient.class).sql("select count(*) from cases.case_record").query(Long.class).single();
		System.out.printf("%n%,d cases; month %s – %s; year %s – %s%n", cases, month.from(), month.to(), year.from(),
				year.to());
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

	/** 三率 of all 12 streets and all departments (and the district total) over a month. */
	@Benchmark
	public Object threeRatesMonth() {
		return List.of(stats.report(StatsLevel.STREET, month, DISTRICT), stats.report(StatsLevel.DEPARTMENT, month, DISTRICT));
	}

	/** The same over twelve months. */
	@Benchmark
	public Object threeRatesYear() {
		return List.of(stats.report(StatsLevel.STREET, year, DISTRICT), stats.report(StatsLevel.DEPARTMENT, year, DISTRICT));
	}

	/** The monthly ranking of the streets and of the departments. */
	@Benchmark
	public Object rankingMonth() {
		YearMonth m = YearMonth.from(month.from());
		return List.of(stats.ranking(StatsLevel.STREET, m, DISTRICT), stats.ranking(StatsLevel.DEPARTMENT, m, DISTRICT));
	}

	/** {@code GET /api/v1/stats/three-rates} for the streets and for the departments, over a month. */
	@Benchmark
	public Object httpThreeRatesMonth() throws Exception {
		return get("/api/v1/stats/three-rates?level=STREET&from=" + month.from() + "&to=" + month.to())
				+ get("/api/v1/stats/three-rates?level=DEPARTMENT&from=" + month.from() + "&to=" + month.to());
	}

	/** The same over twelve months. */
	@Benchmark
	public Object httpThreeRatesYear() throws Exception {
		return get("/api/v1/stats/three-rates?level=STREET&from=" + year.from() + "&to=" + year.to())
				+ get("/api/v1/stats/three-rates?level=DEPARTMENT&from=" + year.from() + "&to=" + year.to());
	}

	/** The first page (50, newest first, with the total) of the cases behind one street's 派单 of a month. */
	@Benchmark
	public Object drillDownFirstPage() {
		return queries.page(DISTRICT, drillDown, 0, 50);
	}

	private String get(String path) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	static {
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(ChinaTime.ZONE));
	}
}
