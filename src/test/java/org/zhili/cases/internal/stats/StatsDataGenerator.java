package org.zhili.cases.internal.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhili.ZhiliApplication;
import org.zhili.platform.ChinaTime;

/**
 * Fills a zhili data directory with a city's worth of 接诉即办 cases for the statistics benchmark: by default
 * 10 million cases over the last 24 months (a large city's two years), spread over every grid of the
 * district, its categories and their lead units, with believable outcomes (returns, late acceptances,
 * rework, unreached follow-up calls, unsatisfied ratings and second rounds, duplicates, 督办) that differ by
 * unit, and the cases of the last days still open. The per-unit, per-day counters are then computed from the
 * timeline by {@link UnitStats#rebuild}, the same counting the application does live.
 *
 * <p>Run (the directory must not hold cases yet; the application creates its schema and org tree first):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.zhili.cases.internal.stats.StatsDataGenerator -Dexec.args="/work/stats-data 10000000 24"
 * </pre>
 *
 * <p>What is generated, and what is left out to keep the set to what the statistics need:
 * <ul>
 * <li>every case row, with its state, lead unit, deadlines and outcome as of the moment of generation;</li>
 * <li>the timeline rows the counters count — 受理 (REGISTER), 即时办结, 派单, 退单 approval, 签收, 审核 (approve or
 * 返工), 回访 (the last attempt), 再交办, 结案, 合并, 作废, 督办 — but not the replies, whistles, notes or reminders
 * in between (their times are on the case: {@code replied_at});</li>
 * <li>the lead unit of each case ({@code cases.case_unit}), which the data scopes read;</li>
 * <li>no personal data (requesters are left empty) and no photos.</li>
 * </ul>
 * Time limits are approximated in calendar time (a working day as a day); whether a step was on time is decided
 * with each unit's own quality and written into the timeline, which is what the counters read.
 *
 * <p>The load runs in one transaction on a PostgreSQL started for the purpose (no WAL for the new table files,
 * no fsync, indexes built after the rows), so a failed run leaves the directory as it was. The same arguments
 * and seed give the same data.
 */
public final class StatsDataGenerator {

	/** The unit registering hotline cases in generated data: the district, like the demo operator. */
	private static final String INTAKE_UNIT = "120104";

	private final JdbcClient sql;
	private final Connection connection;
	private final long cases;
	private final LocalDate firstDay;
	private final LocalDate today;
	private final Instant end;

	private StatsDataGenerator(Connection connection, long cases, int months, Instant end) {
		this.connection = connection;
		this.sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		this.cases = cases;
		this.end = end;
		this.today = LocalDate.ofInstant(end, ChinaTime.ZONE);
		this.firstDay = today.withDayOfMonth(1).minusMonths(months - 1L);
	}

	public static void main(String[] args) throws Exception {
		TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
		if (args.length < 1) {
			System.err.println("usage: StatsDataGenerator <data-dir> [cases=10000000] [months=24]");
			System.exit(2);
		}
		Path dir = Path.of(args[0]).toAbsolutePath();
		long cases = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 10_000_000L;
		int months = args.length > 2 ? Integer.parseInt(args[2]) : 24;
		if (cases < 10_000 || months < 2 || months > 36) {
			throw new IllegalArgumentException("at least 10,000 cases, 2 to 36 months");
		}
		Instant started = Instant.now();
		log("Preparing %s with the application (schema, org tree, categories, accounts)", dir);
		prepare(dir);

		log("Starting PostgreSQL for the bulk load");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("work_mem", "256MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("autovacuum", "off")
			.setRegisterShutdownHook(true)
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection()) {
			StatsDataGenerator generator = new StatsDataGenerator(connection, cases, months,
					Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			generator.generate();
		}
		log("Done in %s; the data directory holds %s", took(started), size(dir));
	}

	/** Lets the application create everything but the cases, then checks there are none yet. */
	private static void prepare(Path dir) {
		// Command-line arguments, so they win over application.yml.
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhiliApplication.class).run(
				"--zhili.data-dir=" + dir, "--zhili.demo.cases=0", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN",
				"--logging.file.name=" + dir.resolve("logs/generator.log"))) {
			long existing = app.getBean(JdbcClient.class).sql("select count(*) from cases.case_record").query(Long.class).single();
			if (existing > 0) {
				throw new IllegalStateException(dir + " already holds " + existing + " cases; generate into a new directory");
			}
		}
	}

	private void generate() throws SQLException {
		log("Generating %,d cases from %s to %s", cases, firstDay, end);
		connection.setAutoCommit(false);
		exec("set max_parallel_workers_per_gather = 0"); // one backend: setseed makes the data reproducible
		exec("select setseed(0.2026)");
		List<String> rebuild = dropConstraintsAndIndexes();
		exec("truncate cases.case_event, cases.case_unit, cases.case_record");
		lookupTables();
		plan();
		caseRows();
		events();
		timed("case units", """
				insert into cases.case_unit (case_id, unit_code, unit_path, role, round, active)
				select l.n, l.first_unit, f.path, 'LEAD', 1, false from gen.life l join gen.unit f on f.code = l.first_unit
				where l.returned and l.ret_at <= %1$s
				union all
				select id, lead_unit_code, lead_unit_path, 'LEAD', round, true from cases.case_record where lead_unit_code is not null
				""".formatted(ts(end)));
		for (String ddl : rebuild) {
			timed(ddl.length() > 90 ? ddl.substring(0, 90) + "…" : ddl, ddl);
		}
		exec("select setval(pg_get_serial_sequence('cases.case_record', 'id'), (select max(id) from cases.case_record))");
		exec("select setval(pg_get_serial_sequence('cases.case_event', 'id'), (select max(id) from cases.case_event))");
		exec("select setval('cases.tracking_seq', " + (cases + 1) + ")");
		exec("drop schema gen cascade");
		Instant commit = Instant.now();
		connection.commit();
		log("  committed (%s)", took(commit));

		connection.setAutoCommit(true);
		Instant counters = Instant.now();
		new UnitStats(sql).rebuild(firstDay, today.plusDays(1));
		log("Counters rebuilt from the timeline: %,d unit-days (%s)",
				sql.sql("select count(*) from cases.unit_day_stats").query(Long.class).single(), took(counters));
		Instant placeCounters = Instant.now();
		new PlaceStats(sql, new StatsRepository(sql)).rebuild(firstDay, today.plusDays(1));
		log("Place counters rebuilt from the cases: %,d rows (%s)",
				sql.sql("select count(*) from cases.place_day_stats").query(Long.class).single(), took(placeCounters));
		Instant vacuum = Instant.now();
		exec("vacuum (analyze) cases.case_record, cases.case_event, cases.case_unit, cases.unit_day_stats, cases.place_day_stats");
		exec("checkpoint");
		log("Vacuumed and analysed (%s)", took(vacuum));
		report();
	}

	/** Drops the foreign keys, unique constraints and secondary indexes of the three tables; returns how to rebuild them. */
	private List<String> dropConstraintsAndIndexes() {
		List<String> rebuild = new ArrayList<>();
		List<String> drops = new ArrayList<>();
		// Foreign keys from or to the loaded tables (attachment and notification refer to cases too).
		sql.sql("""
				select conrelid::regclass::text as tab, conname, pg_get_constraintdef(oid) as def from pg_constraint
				where contype in ('f', 'u') and (conrelid in ('cases.case_record'::regclass, 'cases.case_event'::regclass,
				  'cases.case_unit'::regclass) or confrelid in ('cases.case_record'::regclass, 'cases.case_event'::regclass))
				order by contype desc""")
			.query(rs -> {
				drops.add("alter table " + rs.getString("tab") + " drop constraint " + rs.getString("conname"));
				rebuild.add("alter table " + rs.getString("tab") + " add constraint " + rs.getString("conname") + " "
						+ rs.getString("def"));
			});
		List<String> indexes = new ArrayList<>();
		sql.sql("""
				select schemaname || '.' || indexname as name, indexdef from pg_indexes i
				where schemaname = 'cases' and tablename in ('case_record', 'case_event', 'case_unit')
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
			.query(rs -> {
				drops.add("drop index " + rs.getString("name"));
				indexes.add(rs.getString("indexdef"));
			});
		drops.forEach(this::exec);
		// Indexes first (unique constraints build theirs), foreign keys last.
		List<String> ordered = new ArrayList<>(indexes);
		rebuild.stream().filter(d -> !d.contains("FOREIGN KEY")).forEach(ordered::add);
		rebuild.stream().filter(d -> d.contains("FOREIGN KEY")).forEach(ordered::add);
		return ordered;
	}

	private void lookupTables() {
		exec("drop schema if exists gen cascade");
		exec("create schema gen");
		exec("""
				create unlogged table gen.grid as
				select row_number() over (order by code)::int as idx, code as grid, parent_code as community,
				  split_part(path, '/', 3) as street, path
				from org.unit where level = 'GRID' and active""");
		exec("""
				create unlogged table gen.street as
				select row_number() over (order by code)::int as idx, code from org.unit where level = 'STREET' and active""");
		exec("""
				create unlogged table gen.dept as
				select row_number() over (order by code)::int as idx, code from org.unit
				where level = 'DEPARTMENT' and active and category = 'LINE_DEPARTMENT'""");
		// Each unit's quality (0 … 1) sets how often it is on time, solves and satisfies: rankings differ.
		exec("""
				create unlogged table gen.unit as
				select code, path, random() as q from org.unit where level in ('STREET', 'DEPARTMENT') and active""");
		exec("alter table gen.unit add primary key (code)");
		// Categories below the first level, with the department their lead-unit rule names (null: the street).
		exec("""
				create unlogged table gen.category as
				select row_number() over (order by c.code)::int as idx, c.code, c.name,
				  case when c.lead_rule <> 'INHERIT' then c.lead_unit_code when p.lead_rule <> 'INHERIT' then p.lead_unit_code
				       else g.lead_unit_code end as dept
				from cases.category c
				left join cases.category p on p.code = c.parent_code
				left join cases.category g on g.code = p.parent_code
				where c.active and c.level >= 2""");
		exec("update gen.category set dept = null where dept is not null and dept not in (select code from gen.unit)");
		long grids = count("gen.grid");
		long categories = count("gen.category");
		if (grids == 0 || categories == 0 || count("gen.street") < 2 || count("gen.dept") < 2) {
			throw new IllegalStateException("the org tree or the category tree is missing");
		}
		log("  %d grids, %d streets, %d departments, %d categories", grids, count("gen.street"), count("gen.dept"),
				categories);
	}

	/** Where, what and to whom: one row per case, in the order they came in. */
	private void plan() {
		long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, today);
		timed("plan: place, category, lead unit", """
				create unlogged table gen.plan as
				select s.n, s.reg_at,
				  case when s.r_loc >= 0.04 then g.street end as street,
				  case when s.r_loc >= 0.04 then g.community end as community,
				  case when s.r_loc >= 0.04 then g.grid end as grid,
				  case when s.r_loc >= 0.04 then g.path else '/120104/' end as tpath,
				  c.code as category, c.name as cname,
				  -- the category's rule, except for the few cases a dispatcher sends to another department
				  case when s.r_dept < 0.04 then (select code from gen.dept where idx = s.di)
				       else coalesce(c.dept, case when s.r_loc >= 0.04 then g.street else rs.code end) end as lead,
				  -- a returned case went first to another unit of the same kind
				  case when c.dept is null and s.r_dept >= 0.04 then (select code from gen.street where idx = 1 + (rs.idx %% %5$d))
				       else (select code from gen.dept where idx = 1 + (s.di %% %6$d)) end as other_unit
				from (select n,
				        timestamp with time zone '%3$s' + ((n - 1)::bigint * %4$d / %1$d) * interval '1 day'
				          + case when random() < 0.88 then 28800 + 46800 * random() else 86400 * random() end
				            * interval '1 second' as reg_at,
				        1 + floor(random() * %2$d)::int as gi,
				        1 + floor(power(random(), 1.7) * %7$d)::int as ci,
				        1 + floor(random() * %5$d)::int as si,
				        1 + floor(random() * %6$d)::int as di,
				        random() as r_loc,
				        random() as r_dept
				      from generate_series(1, %1$d) n) s
				join gen.grid g on g.idx = s.gi
				join gen.category c on c.idx = s.ci
				join gen.street rs on rs.idx = s.si""".formatted(cases, count("gen.grid"),
				firstDay.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(), days, count("gen.street"), count("gen.dept"),
				count("gen.category")));
		exec("""
				update gen.plan set other_unit = case when lead in (select code from gen.dept)
				    then (select code from gen.dept where code <> lead order by idx limit 1)
				    else (select code from gen.street where code <> lead order by idx limit 1) end
				where other_unit = lead""");
		// The life of each case: its fate, the steps' times and outcomes (steps after now are cut off later).
		timed("plan: the life of each case", """
				create unlogged table gen.life as
				select p.n, p.reg_at, p.street, p.community, p.grid, p.tpath, p.category, p.cname, f.fate, f.urgency,
				  f.channel, f.type, p.lead, case when a.returned then p.other_unit else p.lead end as first_unit, a.returned,
				  l.accept_limit, l.feedback_limit,
				  a.answer_at, a.void_at, a.merge_at, case when f.fate = 'MERGE' then p.n - 1 - floor(random() * 200)::int end as master_n,
				  a.disp_at, b.ret_at, b.disp2_at, b.accept_at, a.accept_on_time, b.reply1_at, b.review1_at, b.reply_at,
				  a.reply_on_time, b.review_at, b.callback_at, a.reached, a.solved, a.satisfaction,
				  c.redisp_at, c.accept2_at, c.reply2_at, c.review2_at, c.callback2_at, a.solved2, a.satisfaction2,
				  coalesce(c.callback2_at, b.callback_at) + (3600 + 18000 * random()) * interval '1 second' as close_at,
				  case when a.supervised then b.accept_at + interval '1 day' end as supervise_at
				from gen.plan p
				left join gen.unit u0 on u0.code = p.lead
				cross join lateral (select coalesce(u0.q, 0.5) as q) u
				cross join lateral (select
				    case when r < 0.10 then 'ANSWER' when r < 0.13 and p.n > 1000 then 'MERGE' when r < 0.14 then 'VOID'
				         else 'DISPATCH' end as fate,
				    case when v < 0.03 then 'EMERGENCY' when v < 0.10 then 'UTILITIES' when v < 0.92 then 'ORDINARY'
				         else 'COMPLEX' end as urgency,
				    case when w < 0.72 then 'HOTLINE' when w < 0.86 then 'WEB' when w < 0.93 then 'CITY_12345'
				         when w < 0.98 then 'GRID_PATROL' else 'API' end as channel,
				    case when r < 0.10 then 'CONSULTATION' when t < 0.42 then 'COMPLAINT' when t < 0.75 then 'HELP'
				         when t < 0.85 then 'SUGGESTION' when t < 0.95 then 'REPORT' else 'PRAISE' end as type
				  from (select random() r, random() v, random() w, random() t, p.n) x) f
				cross join lateral (select
				    case f.urgency when 'EMERGENCY' then 900 when 'UTILITIES' then 1800 else 86400 end as accept_limit,
				    case f.urgency when 'EMERGENCY' then 7200 when 'UTILITIES' then 86400 when 'ORDINARY' then 846720
				         else 1814400 end as feedback_limit) l
				cross join lateral (select
				    case when f.fate = 'ANSWER' then p.reg_at + (120 + 480 * random()) * interval '1 second' end as answer_at,
				    case when f.fate = 'VOID' then p.reg_at + (1800 + 7200 * random()) * interval '1 second' end as void_at,
				    case when f.fate = 'MERGE' then p.reg_at + (600 + 3600 * random()) * interval '1 second' end as merge_at,
				    case when f.fate = 'DISPATCH' then p.reg_at + (60 + 1740 * random()) * interval '1 second' end as disp_at,
				    random() < 0.03 as returned,
				    random() < 0.90 + 0.09 * u.q as accept_on_time,
				    random() < 0.84 + 0.14 * u.q as reply_on_time,
				    random() < 0.09 - 0.06 * u.q as reworked,
				    random() < 0.93 as reached,
				    random() < 0.84 + 0.14 * u.q as solved,
				    random() as sat,
				    random() < 0.40 as second_round,
				    random() < 0.95 as solved2,
				    random() as sat2,
				    random() < 0.025 as supervised) a0
				cross join lateral (select a0.*,
				    case when not a0.solved then case when a0.sat < 0.30 then 'SATISFIED' when a0.sat < 0.60 then 'BASICALLY_SATISFIED'
				                                      else 'UNSATISFIED' end
				         when a0.sat < 0.80 + 0.16 * u.q then 'SATISFIED' when a0.sat < 0.88 + 0.10 * u.q then 'BASICALLY_SATISFIED'
				         else 'UNSATISFIED' end as satisfaction,
				    case when a0.sat2 < 0.70 then 'SATISFIED' when a0.sat2 < 0.92 then 'BASICALLY_SATISFIED' else 'UNSATISFIED'
				         end as satisfaction2) a
				cross join lateral (select
				    case when a.returned then a.disp_at + (3600 + 14400 * random()) * interval '1 second' end as ret_at) r
				cross join lateral (select r.ret_at,
				    case when a.returned then r.ret_at + (300 + 1500 * random()) * interval '1 second' end as disp2_at) d2
				cross join lateral (select d2.*,
				    coalesce(d2.disp2_at, a.disp_at) + (case when a.accept_on_time then 0.02 + 0.9 * random() else 1.05 + random() end)
				      * l.accept_limit * interval '1 second' as accept_at) ac
				cross join lateral (select ac.*,
				    ac.accept_at + (case when a.reply_on_time then 0.05 + 0.8 * random() else 1.05 + 0.6 * random() end)
				      * l.feedback_limit * interval '1 second' as first_reply) fr
				cross join lateral (select fr.ret_at, fr.disp2_at, fr.accept_at,
				    case when a.reworked then fr.first_reply end as reply1_at,
				    case when a.reworked then fr.first_reply + (3600 + 18000 * random()) * interval '1 second' end as review1_at,
				    case when a.reworked then fr.first_reply + (86400 + 86400 * random()) * interval '1 second'
				         else fr.first_reply end as reply_at) rw
				cross join lateral (select rw.*,
				    rw.reply_at + (1800 + 25200 * random()) * interval '1 second' as review_at) rv
				cross join lateral (select rv.*,
				    rv.review_at + (7200 + 144000 * random()) * interval '1 second' as callback_at) b
				cross join lateral (select
				    case when a.reached and (not a.solved or a.satisfaction = 'UNSATISFIED') and a.second_round
				         then b.callback_at + (3600 + 14400 * random()) * interval '1 second' end as redisp_at) c0
				cross join lateral (select c0.redisp_at,
				    c0.redisp_at + (600 + 7200 * random()) * interval '1 second' as accept2_at,
				    c0.redisp_at + (86400 + 259200 * random()) * interval '1 second' as reply2_at) c1
				cross join lateral (select c1.*,
				    c1.reply2_at + (3600 + 14400 * random()) * interval '1 second' as review2_at) c2
				cross join lateral (select c2.*,
				    c2.review2_at + (7200 + 86400 * random()) * interval '1 second' as callback2_at) c
				""");
		exec("alter table gen.life add primary key (n)");
		exec("drop table gen.plan");
	}

	/** The cases as they stand now: what happened up to now decides their state. */
	private void caseRows() {
		timed("cases", """
				insert into cases.case_record (id, tracking_number, query_code, round, state, channel, type, category_code,
				  urgency, title, description, address, street_code, community_code, grid_code, territory_path,
				  anonymous, confidential, enterprise, lead_unit_code, lead_unit_path, designated, return_count,
				  rework_count, registered_at, registered_by, dispatched_at, accepted_at, replied_at, closed_at,
				  accept_due_at, accept_limit, feedback_due_at, feedback_limit, callback_from, callback_due_at,
				  callback_limit, running_due_at, running_yellow_at, reply_result, reply_text, callback_attempts, solved,
				  satisfaction, supervision, master_case_id, version)
				overriding system value
				select l.n, 'NK' || to_char(l.reg_at, 'YYYYMM') || to_char(l.n, 'FM00000000'),
				  lpad((l.n::bigint * 7919 %% 1000000)::text, 6, '0'), s.round, s.state, l.channel, l.type, l.category, l.urgency,
				  l.cname || '问题', '（生成数据）反映' || l.cname || '问题，请尽快处理。', null, l.street, l.community,
				  l.grid, l.tpath, false, false, false, s.unit, lu.path, false,
				  case when l.ret_at <= e.now then 1 else 0 end, case when l.review1_at <= e.now then 1 else 0 end,
				  l.reg_at, 'operator', s.dispatched, s.accepted,
				  case when s.round = 2 then v(l.reply2_at, e.now) else coalesce(v(l.reply_at, e.now), v(l.reply1_at, e.now),
				    v(l.answer_at, e.now)) end,
				  coalesce(v(l.close_at, e.now), v(l.answer_at, e.now), v(l.void_at, e.now), v(l.merge_at, e.now)),
				  s.dispatched + l.accept_limit * interval '1 second',
				  case when s.dispatched is not null then case l.urgency when 'EMERGENCY' then '15min' when 'UTILITIES'
				    then '30min' else '1wd' end end,
				  s.dispatched + l.feedback_limit * interval '1 second',
				  case when s.dispatched is not null then case l.urgency when 'EMERGENCY' then '2h' when 'UTILITIES' then '24h'
				    when 'ORDINARY' then '7wd' else '15wd' end end,
				  s.reviewed, s.reviewed + interval '67 hours', case when s.reviewed is not null then '2wd' end,
				  case s.state when 'DISPATCHED' then s.dispatched + l.accept_limit * interval '1 second'
				    when 'HANDLING' then s.dispatched + l.feedback_limit * interval '1 second'
				    when 'CALLBACK' then s.reviewed + interval '67 hours' end,
				  case s.state when 'DISPATCHED' then s.dispatched + 0.8 * l.accept_limit * interval '1 second'
				    when 'HANDLING' then s.dispatched + 0.8 * l.feedback_limit * interval '1 second'
				    when 'CALLBACK' then s.reviewed + interval '53 hours' end,
				  case when s.replied then case when l.solved then 'SOLVED' else 'PARTLY_SOLVED' end
				       when l.answer_at <= e.now then 'SOLVED' end,
				  case when s.replied or l.answer_at <= e.now then '已办理并答复诉求人。' end,
				  case when s.rated is null then 0 when s.rated_reached then 1 else 3 end,
				  case when s.rated_reached then s.rated_solved end, s.rated,
				  case when l.supervise_at <= coalesce(l.close_at, e.now) and l.supervise_at <= e.now then 'URGE' end,
				  case when l.merge_at <= e.now then l.master_n end, 0
				from gen.life l
				cross join (select %s::timestamptz as now) e
				cross join lateral (select
				    case when l.answer_at <= e.now then 'CLOSED' when l.void_at <= e.now then 'VOIDED'
				         when l.merge_at <= e.now then 'MERGED' when l.close_at <= e.now then 'CLOSED' when l.callback2_at <= e.now then 'RATED'
				         when l.review2_at <= e.now then 'CALLBACK' when l.reply2_at <= e.now then 'REPLIED'
				         when l.accept2_at <= e.now then 'HANDLING' when l.redisp_at <= e.now then 'DISPATCHED'
				         when l.callback_at <= e.now then 'RATED' when l.review_at <= e.now then 'CALLBACK'
				         when l.reply_at <= e.now then 'REPLIED' when l.review1_at <= e.now then 'HANDLING'
				         when l.reply1_at <= e.now then 'REPLIED' when l.accept_at <= e.now then 'HANDLING'
				         when l.disp2_at <= e.now then 'DISPATCHED' when l.ret_at <= e.now then 'REGISTERED'
				         when l.disp_at <= e.now then 'DISPATCHED' else 'REGISTERED' end as state,
				    case when l.redisp_at <= e.now then 2 else 1 end as round,
				    case when l.disp2_at <= e.now then l.lead when l.ret_at <= e.now then null
				         when l.disp_at <= e.now then l.first_unit end as unit,
				    coalesce(v(l.redisp_at, e.now), v(l.disp2_at, e.now), case when l.ret_at <= e.now then null
				      else v(l.disp_at, e.now) end) as dispatched,
				    coalesce(v(l.accept2_at, e.now), v(l.accept_at, e.now)) as accepted,
				    coalesce(v(l.review2_at, e.now), v(l.review_at, e.now)) as reviewed,
				    l.review_at <= e.now as replied,
				    case when l.callback2_at <= e.now then l.satisfaction2
				         when l.callback_at <= e.now then case when l.reached then l.satisfaction else 'UNRATED' end end as rated,
				    case when l.callback2_at <= e.now then true when l.callback_at <= e.now then l.reached end as rated_reached,
				    case when l.callback2_at <= e.now then l.solved2 else l.solved end as rated_solved) s
				left join gen.unit lu on lu.code = s.unit""".formatted(ts(end)).replace("v(", "gen.visible("));
	}

	/** The timeline rows the counters count, for the steps that happened by now. */
	private void events() {
		long chunk = 1_000_000;
		for (long from = 0; from < cases; from += chunk) {
			timed("events of cases %,d–%,d".formatted(from + 1, Math.min(cases, from + chunk)), """
					insert into cases.case_event (case_id, round, action, from_state, to_state, actor, actor_unit, unit_code,
					  occurred_at, deadline_state, detail)
					select l.n, x.round, x.action, x.from_state, x.to_state, x.actor, x.actor_unit, x.unit_code, x.at, 'NONE',
					  x.detail
					from gen.life l
					left join lateral (select g.n, g.reg_at from gen.life g where g.n = l.master_n) m on true
					cross join lateral (values
					  (1, 'REGISTER', null, 'REGISTERED', 'operator', '%4$s', l.street, l.reg_at, null::jsonb),
					  (1, 'ANSWER', 'REGISTERED', 'CLOSED', 'operator', '%4$s', null, l.answer_at, null),
					  (1, 'VOID', 'REGISTERED', 'VOIDED', 'dispatcher', '120104WGZ', null, l.void_at, null),
					  (1, 'MERGE', 'REGISTERED', 'MERGED', 'dispatcher', '120104WGZ', null, l.merge_at,
					    jsonb_strip_nulls(jsonb_build_object('master', 'NK' || to_char(m.reg_at, 'YYYYMM')
					      || to_char(m.n, 'FM00000000'), 'street', l.street, 'registeredAt', l.reg_at))),
					  (1, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'dispatcher', '120104WGZ', l.first_unit, l.disp_at, null),
					  (1, 'APPROVE', 'DISPATCHED', 'REGISTERED', 'dispatcher', '120104WGZ', l.first_unit, l.ret_at,
					    jsonb_build_object('request', 'RETURN', 'dispatchedAt', l.disp_at)),
					  (1, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'dispatcher', '120104WGZ', l.lead, l.disp2_at, null),
					  (1, 'ACCEPT', 'DISPATCHED', 'HANDLING', 'handler', l.lead, l.lead, l.accept_at,
					    jsonb_build_object('onTime', l.accept_on_time, 'dispatchedAt', coalesce(l.disp2_at, l.disp_at))),
					  (1, 'SUPERVISE', 'HANDLING', 'HANDLING', 'supervisor', '120104DCS', l.lead,
					    case when l.supervise_at <= l.close_at or l.close_at is null then l.supervise_at end,
					    '{"level": "URGE"}'),
					  (1, 'REVIEW', 'REPLIED', 'HANDLING', 'dispatcher', '120104WGZ', l.lead, l.review1_at, '{"approved": false}'),
					  (1, 'REVIEW', 'REPLIED', 'CALLBACK', 'dispatcher', '120104WGZ', l.lead, l.review_at,
					    jsonb_build_object('approved', true, 'onTime', l.reply_on_time)),
					  (1, 'CALLBACK', 'CALLBACK', 'RATED', 'operator', '%4$s', l.lead, l.callback_at,
					    case when l.reached then jsonb_build_object('reached', true, 'solved', l.solved, 'satisfaction',
					      l.satisfaction) else '{"reached": false, "attempt": 3}' end),
					  (2, 'REDISPATCH', 'RATED', 'DISPATCHED', 'dispatcher', '120104WGZ', l.lead, l.redisp_at, null),
					  (2, 'ACCEPT', 'DISPATCHED', 'HANDLING', 'handler', l.lead, l.lead, l.accept2_at,
					    jsonb_build_object('onTime', true, 'dispatchedAt', l.redisp_at)),
					  (2, 'REVIEW', 'REPLIED', 'CALLBACK', 'dispatcher', '120104WGZ', l.lead, l.review2_at,
					    '{"approved": true, "onTime": true}'),
					  (2, 'CALLBACK', 'CALLBACK', 'RATED', 'operator', '%4$s', l.lead, l.callback2_at,
					    jsonb_build_object('reached', true, 'solved', l.solved2, 'satisfaction', l.satisfaction2)),
					  (case when l.redisp_at is null then 1 else 2 end, 'CLOSE', 'RATED', 'CLOSED', 'dispatcher', '120104WGZ',
					    l.lead, l.close_at, jsonb_build_object(
					      'onTime', case when l.redisp_at is null then l.reply_on_time else true end,
					      'handlingSeconds', case when l.redisp_at is null
					        then extract(epoch from l.reply_at - coalesce(l.disp2_at, l.disp_at))::bigint
					        else extract(epoch from l.reply2_at - l.redisp_at)::bigint end))
					) x(round, action, from_state, to_state, actor, actor_unit, unit_code, at, detail)
					where l.n > %1$d and l.n <= %2$d and x.at <= %3$s
					order by l.n, x.at""".formatted(from, from + chunk, ts(end), INTAKE_UNIT));
		}
	}

	private void report() {
		log("Sizes:");
		sql.sql("""
				select c.relname, c.reltuples::bigint as rows, pg_total_relation_size(c.oid) as bytes
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'cases' and c.relkind = 'r' order by bytes desc""")
			.query(rs -> {
				log("  cases.%-16s %,14d rows %10s", rs.getString("relname"), rs.getLong("rows"), mb(rs.getLong("bytes")));
			});
		log("  database %s", mb(sql.sql("select pg_database_size(current_database())").query(Long.class).single()));
		sql.sql("select state, count(*) as n from cases.case_record group by state order by n desc")
			.query(rs -> {
				log("  %-10s %,12d", rs.getString("state"), rs.getLong("n"));
			});
	}

	// ---- helpers -----------------------------------------------------------------------------------

	private void exec(String statement) {
		try (Statement s = connection.createStatement()) {
			s.execute(statement);
		}
		catch (SQLException e) {
			throw new IllegalStateException(statement, e);
		}
		if (statement.startsWith("create schema gen")) {
			// A timestamp if it happened by now, else null: what a case shows of a step.
			exec("create function gen.visible(t timestamptz, now timestamptz) returns timestamptz language sql immutable "
					+ "as $$ select case when t <= now then t end $$");
		}
	}

	private void timed(String what, String statement) {
		Instant start = Instant.now();
		long rows;
		try (Statement s = connection.createStatement()) {
			s.execute(statement);
			rows = s.getUpdateCount();
		}
		catch (SQLException e) {
			throw new IllegalStateException(what + ": " + statement, e);
		}
		log("  %-60s %,12d rows  %s", what, Math.max(rows, 0), took(start));
	}

	private long count(String table) {
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String ts(Instant instant) {
		return "timestamp with time zone '" + ZonedDateTime.ofInstant(instant, ChinaTime.ZONE).toOffsetDateTime() + "'";
	}

	private static void log(String format, Object... args) {
		System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + String.format(Locale.ROOT, format, args));
	}

	private static String took(Instant start) {
		Duration d = Duration.between(start, Instant.now());
		return d.toMinutes() > 0 ? "%d min %d s".formatted(d.toMinutes(), d.toSecondsPart())
				: "%.1f s".formatted(d.toMillis() / 1000.0);
	}

	private static String mb(long bytes) {
		return bytes >= 1L << 30 ? "%.1f GB".formatted(bytes / (double) (1L << 30)) : "%d MB".formatted(bytes >> 20);
	}

	private static String size(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return mb(files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum());
		}
		catch (java.io.IOException e) {
			return "?";
		}
	}
}
