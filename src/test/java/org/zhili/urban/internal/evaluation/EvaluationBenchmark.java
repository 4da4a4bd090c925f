package org.zhili.urban.internal.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.ZhiliApplication;
import org.zhili.identity.Actor;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.platform.ChinaTime;

/**
 * The monthly evaluation over a million urban-management cases. On the first run it fills urban.case_file of a
 * fresh data directory with {@code cases} rows over {@code months} months (in one SQL statement: the demo
 * district's grids, weighted so that some streets report more; 30 of its departments, 区城管委 taking the most;
 * 100 supervisors each patrolling communities; 6 duty chiefs, 8 dispatchers; believable shares of public reports,
 * rejected reports, late stages, rework, misdirected dispatches, 延期, 挂账 and 作废; the last days' cases still open;
 * random, not seeded).
 * Rows are inserted in the order they were reported, as the loop writes them, so a month's rows lie together in
 * the table as they would in production. It then starts the application again — a fresh JVM path for the evaluation and a fresh PostgreSQL buffer cache
 * — and times the last complete month's evaluation: the first call (cold), then warm calls, and the Word and
 * Excel rendering. Run with
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.zhili.urban.internal.evaluation.EvaluationBenchmark -Dexec.args="target/eval-data 1000000 24"
 * </pre>
 */
public final class EvaluationBenchmark {

	private static final Actor LEADER = new Actor(null, "leader", Set.of(Role.LEADER), new DataScope("120104", "/120104/", true));

	private static final String MONTH_WHERE = """
			(reported_at >= :from and reported_at < :to) or (registered_at >= :from and registered_at < :to)
			or (verified_at >= :from and verified_at < :to) or (dispatched_at >= :from and dispatched_at < :to)
			or (checked_at >= :from and checked_at < :to) or (closed_at >= :from and closed_at < :to)""";

	private EvaluationBenchmark() {
	}

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
		Path dir = Path.of(args.length > 0 ? args[0] : "target/eval-data").toAbsolutePath();
		long cases = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000L;
		int months = args.length > 2 ? Integer.parseInt(args[2]) : 24;
		int warm = args.length > 3 ? Integer.parseInt(args[3]) : 20;

		try (ConfigurableApplicationContext app = start(dir)) {
			JdbcClient sql = app.getBean(JdbcClient.class);
			long existing = sql.sql("select count(*) from urban.case_file").query(Long.class).single();
			if (existing == 0) {
				generate(sql, cases, months);
			}
			else {
				System.out.printf("%s already holds %,d case rows: measuring them%n", dir, existing);
			}
		}

		try (ConfigurableApplicationContext app = start(dir)) {
			JdbcClient sql = app.getBean(JdbcClient.class);
			UrbanEvaluation evaluation = app.getBean(UrbanEvaluation.class);
			EvaluationDocuments documents = app.getBean(EvaluationDocuments.class);
			YearMonth month = YearMonth.from(LocalDate.now(ChinaTime.ZONE)).minusMonths(1);
			long total = sql.sql("select count(*) from urban.case_file").query(Long.class).single();

			// The first evaluation after the start: the JVM has not run it yet, PostgreSQL's buffers are empty.
			long t0 = System.nanoTime();
			MonthlyEvaluation first = evaluation.evaluate(month.toString(), null, LEADER);
			double cold = ms(t0);
			// Its parts, now warm.
			EvaluationData data = app.getBean(EvaluationData.class);
			EvaluationProperties rules = app.getBean(EvaluationProperties.class);
			long t1 = System.nanoTime();
			RegionTree tree = data.regions();
			var areas = data.patrolAreas();
			double treeMs = ms(t1);
			long t2 = System.nanoTime();
			MonthCounts counts = data.counts(first.month());
			double countsMs = ms(t2);
			long t3 = System.nanoTime();
			new Evaluator(rules).evaluate(first.month(), counts, areas, tree, null);
			double computeMs = ms(t3);
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < warm; i++) {
				long t = System.nanoTime();
				evaluation.evaluate(month.toString(), null, LEADER);
				times.add(ms(t));
			}
			Collections.sort(times);
			long rows = sql.sql("select count(*) from urban.case_file where " + MONTH_WHERE)
				.param("from", java.sql.Timestamp.from(first.month().from()))
				.param("to", java.sql.Timestamp.from(first.month().to()))
				.query(Long.class)
				.single();
			long docx = System.nanoTime();
			int bytes = documents.docx(first).length;
			double docxMs = ms(docx);
			long docx2 = System.nanoTime();
			documents.docx(first);
			double docx2Ms = ms(docx2);
			long other = System.nanoTime();
			MonthlyEvaluation older = evaluation.evaluate(month.minusMonths(6).toString(), null, LEADER);
			double otherMs = ms(other);

			System.out.printf("%n%,d case rows in urban.case_file; month %s: %,d rows with a stage in it%n", total, month, rows);
			first.sentences().forEach(s -> System.out.println("  " + s));
			first.tables()
				.forEach(t -> System.out.printf("  %s: %d rows, first %s %s %s%n", t.family().label(), t.rows().size(),
						t.rows().isEmpty() ? "-" : t.rows().get(0).name(),
						t.rows().isEmpty() ? "-" : t.rows().get(0).composite(),
						t.rows().isEmpty() ? "-" : t.rows().get(0).grade()));
			System.out.printf("evaluation of %s: cold (first call after start) %.0f ms; warm p50 %.0f ms, p90 %.0f ms, max %.0f ms (%d calls)%n",
					month, cold, times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.get(times.size() - 1),
					times.size());
			System.out.printf("  warm parts: region tree and patrol areas %.0f ms, the month's counts in PostgreSQL %.0f ms, the formulas %.0f ms%n",
					treeMs, countsMs, computeMs);
			System.out.printf("  another month (%s), first call: %.0f ms; the Word 通报 first %.0f ms, then %.0f ms (%,d bytes)%n",
					older.month().month(), otherMs, docxMs, docx2Ms, bytes);
			System.out.println("the month's query plan (warm):");
			sql.sql("explain (analyze, buffers) " + EvaluationData.MONTH_COUNTS)
				.param("from", java.sql.Timestamp.from(first.month().from()))
				.param("to", java.sql.Timestamp.from(first.month().to()))
				.param("cutoff", java.sql.Timestamp.from(first.month().cutoff()))
				.query(String.class)
				.list()
				.forEach(line -> System.out.println("  " + line));
			Runtime rt = Runtime.getRuntime();
			System.out.printf("heap in use %d MB of %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
		}
	}

	private static ConfigurableApplicationContext start(Path dir) {
		return new SpringApplicationBuilder(ZhiliApplication.class).run("--zhili.data-dir=" + dir, "--server.port=0",
				"--zhili.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.file.name=" + dir.resolve("logs/benchmark.log"));
	}

	private static void generate(JdbcClient sql, long cases, int months) {
		Instant started = Instant.now();
		System.out.printf("Generating %,d case rows over %d months%n", cases, months);
		// 100 supervisors, each patrolling one or two communities.
		sql.sql("""
				insert into urban.patrol_area (username, area_code)
				select 'patrol' || lpad(((n - 1) % 100 + 1)::text, 3, '0'), code
				from (select code, row_number() over (order by code) as n from org.unit where level = 'COMMUNITY' and active) c
				on conflict do nothing""").update();
		sql.sql("""
				insert into urban.case_file (reference, kind, class_code, description, grid_code, community_code, street_code,
				  source, reported_by, reported_at, state, verified_by, verified_at, verified_on_time, valid,
				  registered_by, registered_at, registered_on_time, dispatched_by, dispatched_at, dispatched_on_time,
				  handler_code, handled_at, handled_on_time, checked_by, checked_at, checked_on_time, closed_by, closed_at,
				  closed_on_time, reworks, misdispatches, postponed, suspended, voided)
				with grids as (
				  select g.code as grid, c.code as community, c.parent_code as street,
				         row_number() over (order by g.code) - 1 as i
				  from org.unit g join org.unit c on c.code = g.parent_code
				  where g.level = 'GRID' and g.active),
				gn as (select count(*) as n from grids),
				depts as (
				  select code, row_number() over (order by case when code like '%CGW' then 0 else 1 end, code) - 1 as i
				  from org.unit where level = 'DEPARTMENT' and active order by 2 limit 30),
				dn as (select count(*) as n from depts),
				patrol as (select area_code, min(username) as username from urban.patrol_area group by area_code),
				base as (
				  select n, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
				         random() as r7, random() as r8,
				         now() - (random() * (now() - date_trunc('month', now()) + interval '1 month' * (:months - 1))) as reported_at
				  from generate_series(1, :cases) n),
				c as (
				  select b.*, g.grid, g.community, g.street, p.username as patroller, d.code as dept,
				         b.r1 < 0.2 as public_report,
				         b.r2 > 0.06 as valid
				  from base b
				  join grids g on g.i = floor(power(b.r8, 1.3) * (select n from gn))::int
				  join depts d on d.i = case when b.r3 < 0.4 then 0 else 1 + floor(b.r3 * 1000)::int % ((select n from dn) - 1) end
				  left join patrol p on p.area_code = g.community),
				t as (
				  select c.*,
				    reported_at + make_interval(mins => 5 + (r4 * 40)::int) as verified_at,
				    reported_at + make_interval(mins => 20 + (r4 * 60)::int) as registered_at,
				    reported_at + make_interval(mins => 40 + (r5 * 60)::int) as dispatched_at,
				    reported_at + make_interval(mins => 120 + (power(r6, 3) * 60 * 24 * 6)::int) as handled_at
				  from c)
				select 'BENCH-' || n, case when r7 < 0.55 then 'EVENT' else 'COMPONENT' end, '0102', '基准测试案卷 ' || n,
				  grid, community, street,
				  case when public_report then 'PUBLIC' else 'PATROL' end,
				  case when public_report then null else coalesce(patroller, 'patrol' || lpad((1 + n % 100)::text, 3, '0')) end,
				  reported_at, 'BENCH',
				  case when public_report then coalesce(patroller, 'patrol001') end,
				  case when public_report then verified_at end,
				  case when public_report then r4 < 0.93 end,
				  valid,
				  case when valid then 'chief0' || (1 + n % 6) end,
				  case when valid then registered_at end,
				  case when valid then r5 > 0.03 end,
				  case when valid and r7 > 0.015 then 'pq0' || (1 + n % 8) end,
				  case when valid and r7 > 0.015 then dispatched_at end,
				  case when valid and r7 > 0.015 then r6 > 0.04 end,
				  case when valid and r7 > 0.015 then dept end,
				  case when valid and r7 > 0.025 and handled_at < now() and r2 < 0.985 then handled_at end,
				  case when valid and r7 > 0.025 and handled_at < now() and r2 < 0.985 then r6 < 0.78 end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '2 hours' and r2 < 0.985
				    then coalesce(patroller, 'patrol050') end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '2 hours' and r2 < 0.985
				    then handled_at + interval '1 hour' end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '2 hours' and r2 < 0.985 then r1 > 0.08 end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '3 hours' and r2 < 0.985
				    then 'chief0' || (1 + n % 6) end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '3 hours' and r2 < 0.985
				    then handled_at + interval '2 hours' end,
				  case when valid and r7 > 0.025 and handled_at < now() - interval '3 hours' and r2 < 0.985 then r3 > 0.05 end,
				  case when r8 < 0.04 then 1 else 0 end,
				  case when r5 < 0.02 then 1 else 0 end,
				  valid and r4 > 0.97,
				  valid and r7 between 0.015 and 0.025,
				  valid and r7 < 0.015
				from t
				order by reported_at""")
			.param("cases", cases)
			.param("months", months)
			.update();
		System.out.printf("  inserted in %s%n", Duration.between(started, Instant.now()));
		sql.sql("vacuum (analyze) urban.case_file").update();
		System.out.printf("  analysed; %,d rows, table and indexes %s%n",
				sql.sql("select count(*) from urban.case_file").query(Long.class).single(),
				sql.sql("select pg_size_pretty(pg_total_relation_size('urban.case_file'))").query(String.class).single());
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}
}
