package org.zhili.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A city's case table at 100 million rows, partitioned by year (PostgreSQL declarative partitioning): does a
 * case lookup, a street's month and the month's 三率 stay within their goals, and what does retiring a year cost?
 * The goals are those of the district: a case page in well under 100 ms, the statistics in under a second.
 *
 * <p>A city of ten districts at Beijing's volume takes about 11 million requests a year; 100 million rows are nine
 * years of it. The table has the columns these questions read (zhili's own {@code cases.case_record} has more, and
 * its rows are wider): the tracking number (whose {@code yyMM} names the year, so a lookup reaches one partition),
 * the registration time (the partition key), street, department, category, state and the three outcomes the 三率
 * count. It is filled by the database itself ({@code generate_series}), a year at a time, in a scratch data
 * directory that is removed afterwards unless {@code --keep}.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.zhili.bench.PartitionedCasesBenchmark -Dexec.args="target/city-data 100000000"
 * </pre>
 * Arguments: data directory, rows, and {@code --keep} to keep the filled directory for another measurement.
 */
public final class PartitionedCasesBenchmark {

	private static final int FIRST_YEAR = 2017;
	private static final int STREETS = 120;
	private static final int DEPARTMENTS = 300;
	private static final int CATEGORIES = 600;
	private static final int PROBES = 2_000;

	private PartitionedCasesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/city-data");
		long rows = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 100_000_000L;
		boolean keep = Arrays.asList(args).contains("--keep");
		int years = 9;
		boolean fresh = !Files.exists(dir.resolve("pg"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("max_parallel_workers_per_gather", "2")
			.start(); Connection c = postgres.getPostgresDatabase().getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("set timezone = 'Asia/Shanghai'"); // the JDBC driver sets the JVM's
			}
			if (fresh) {
				fill(c, rows, years);
			}
			measure(c, years);
		}
		finally {
			if (!keep) {
				deleteTree(dir);
			}
		}
	}

	private static void fill(Connection c, long rows, int years) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("""
					create table case_record (
					    id               bigint       not null,
					    tracking_number  varchar(20)  not null,
					    registered_at    timestamptz  not null,
					    street_code      varchar(12)  not null,
					    department_code  varchar(12)  not null,
					    category_code    varchar(12)  not null,
					    state            varchar(12)  not null,
					    responded        boolean      not null,
					    resolved         boolean      not null,
					    satisfied        boolean,
					    closed_at        timestamptz,
					    primary key (id, registered_at)
					) partition by range (registered_at)""");
			long perYear = rows / years;
			for (int y = 0; y < years; y++) {
				int year = FIRST_YEAR + y;
				long started = System.nanoTime();
				s.execute("create table case_record_%d partition of case_record for values from ('%d-01-01') to ('%d-01-01')"
					.formatted(year, year, year + 1));
				// Rows in the order they were registered, as the intake writes them; ids continue across years.
				s.execute("""
						insert into case_record_%1$d
						select g, 'BJ' || to_char(t, 'YYMM') || lpad(g::text, 9, '0'), t,
						       'S' || lpad((g * 7 %% %2$d)::text, 3, '0'), 'D' || lpad((g * 13 %% %3$d)::text, 3, '0'),
						       'C' || lpad((g * 31 %% %4$d)::text, 3, '0'),
						       case when g %% 97 = 0 then 'RETURNED' else 'CLOSED' end,
						       g %% 50 <> 0, g %% 9 <> 0, case when g %% 4 = 0 then null else g %% 11 <> 0 end,
						       t + interval '3 days'
						from (select g, timestamptz '%1$d-01-01 00:00:00+08' + (g - %5$d) * (interval '365 days' / %6$d) as t
						      from generate_series(%5$d::bigint, %7$d::bigint) g) r
						""".formatted(year, STREETS, DEPARTMENTS, CATEGORIES, 1 + y * perYear, perYear, (y + 1) * perYear));
				log("year %d: %,d rows in %.1f s", year, perYear, seconds(started));
			}
			long indexing = System.nanoTime();
			s.execute("create index case_tracking_idx on case_record (tracking_number)");
			s.execute("create index case_street_time_idx on case_record (street_code, registered_at)");
			s.execute("create index case_registered_idx on case_record (registered_at)");
			s.execute("vacuum analyze case_record");
			log("indexes and statistics in %.1f s", seconds(indexing));
			try (ResultSet r = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
				r.next();
				log("database size %s", r.getString(1));
			}
		}
	}

	private static void measure(Connection c, int years) throws SQLException {
		long total;
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select max(id) from case_record")) {
			r.next();
			total = r.getLong(1);
		}
		int lastYear = FIRST_YEAR + years - 1;
		SplittableRandom random = new SplittableRandom(20261205);

		// A case page: the tracking number names its month, so the query names the partition's range too.
		String[] numbers = new String[PROBES];
		try (PreparedStatement p = c.prepareStatement("select tracking_number from case_record where id = ? and registered_at >= ? and registered_at < ?")) {
			for (int i = 0; i < PROBES; i++) {
				long id = 1 + random.nextLong(total);
				int year = FIRST_YEAR + (int) ((id - 1) / (total / years));
				p.setLong(1, id);
				p.setObject(2, java.time.OffsetDateTime.parse(year + "-01-01T00:00+08:00"));
				p.setObject(3, java.time.OffsetDateTime.parse((year + 1) + "-01-01T00:00+08:00"));
				try (ResultSet r = p.executeQuery()) {
					numbers[i] = r.next() ? r.getString(1) : null;
				}
			}
		}
		report("case lookup by tracking number, its year's partition", time(c, """
				select * from case_record where tracking_number = ?
				  and registered_at >= make_timestamptz(2000 + substr(?, 3, 2)::int, 1, 1, 0, 0, 0, 'Asia/Shanghai')
				  and registered_at < make_timestamptz(2001 + substr(?, 3, 2)::int, 1, 1, 0, 0, 0, 'Asia/Shanghai')""",
				i -> new Object[] { numbers[i], numbers[i], numbers[i] }, PROBES));
		report("case lookup by tracking number, every partition probed", time(c,
				"select * from case_record where tracking_number = ?", i -> new Object[] { numbers[i] }, PROBES));

		LocalDate month = LocalDate.of(lastYear, 11, 1);
		java.time.OffsetDateTime from = month.atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8));
		java.time.OffsetDateTime to = from.plusMonths(1);
		report("a street's month, first page of 20 (newest first)", time(c, """
				select id, tracking_number, registered_at, state from case_record
				where street_code = ? and registered_at >= ? and registered_at < ? order by registered_at desc limit 20""",
				i -> new Object[] { "S" + "%03d".formatted(i % STREETS), from, to }, 500));
		report("the month's 三率 of every street counted from the cases (no counters)", time(c, """
				select street_code, count(*), avg(responded::int), avg(resolved::int), avg(satisfied::int)
				from case_record where registered_at >= ? and registered_at < ? group by street_code""",
				i -> new Object[] { from, to }, 10));

		long detaching = System.nanoTime();
		try (Statement s = c.createStatement()) {
			c.setAutoCommit(false);
			s.execute("alter table case_record detach partition case_record_" + FIRST_YEAR);
			c.rollback();
			c.setAutoCommit(true);
		}
		log("retiring the oldest year (detach partition, rolled back): %.0f ms", seconds(detaching) * 1000);
	}

	private interface Params {
		Object[] of(int i);
	}

	private static double[] time(Connection c, String sql, Params params, int n) throws SQLException {
		double[] ms = new double[n];
		try (PreparedStatement p = c.prepareStatement(sql)) {
			for (int i = 0; i < n; i++) {
				Object[] values = params.of(i);
				for (int k = 0; k < values.length; k++) {
					p.setObject(k + 1, values[k]);
				}
				long started = System.nanoTime();
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						// read every row, as a page would
					}
				}
				ms[i] = (System.nanoTime() - started) / 1e6;
			}
		}
		Arrays.sort(ms);
		return ms;
	}

	private static void report(String what, double[] ms) {
		log("%-75s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%d runs)", what, ms[ms.length / 2],
				ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)], ms[ms.length - 1], ms.length);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
	}

	private static void deleteTree(Path dir) throws java.io.IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
