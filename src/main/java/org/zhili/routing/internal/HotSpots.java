package org.zhili.routing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.ActionInput;
import org.zhili.cases.CaseAction;
import org.zhili.cases.CaseActions;
import org.zhili.cases.CaseDirectory;
import org.zhili.cases.CaseIntake;
import org.zhili.cases.CaseType;
import org.zhili.cases.CaseView;
import org.zhili.cases.Channel;
import org.zhili.cases.NewCase;
import org.zhili.cases.Urgency;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;

/**
 * 未诉先办: categories rising in a community (or grid) against their own baseline. For every area and
 * first-level category, the cases of the recent window are compared with an exponentially weighted moving
 * average of the earlier windows of the same length; a count whose Poisson tail probability under that
 * expectation is below the configured p-value (and that reaches the minimum count) is a hot spot. A leader
 * turns a hot spot into a proactive case (channel 主动治理) dispatched to the area's street.
 */
@Service
class HotSpots {

	/** A detected hot spot with names for its codes; {@code history} counts the windows, oldest first. */
	record HotSpot(long id, LocalDate detectedOn, String level, String areaCode, String areaName, String streetCode,
			String streetName, String categoryCode, String categoryName, int recent, double expected, double pValue,
			List<Integer> history, String status, Long proactiveCaseId, String decidedBy) {
	}

	private final JdbcClient jdbc;
	private final RoutingProperties properties;
	private final OrgUnits units;
	private final CategoryTree categories;
	private final CaseIntake intake;
	private final CaseActions actions;
	private final CaseDirectory directory;
	private final SystemActor system;
	private final AuditTrail audit;
	private final Clock clock;

	HotSpots(JdbcClient jdbc, RoutingProperties properties, OrgUnits units, CategoryTree categories, CaseIntake intake,
			CaseActions actions, CaseDirectory directory, SystemActor system, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.units = units;
		this.categories = categories;
		this.intake = intake;
		this.actions = actions;
		this.directory = directory;
		this.system = system;
		this.audit = audit;
		this.clock = clock;
	}

	/** Runs the detection for the windows ending now; replaces the open hot spots of today. */
	@Transactional
	List<HotSpot> detect() {
		RoutingProperties.HotSpots p = properties.hotSpots();
		Instant end = clock.instant();
		long window = p.window().toSeconds();
		int b = p.baselineWindows();
		Instant start = end.minusSeconds(window * (b + 1));
		String area = p.level().equals("GRID") ? "grid_code" : "community_code";
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("select " + area + " as area, top_category, floor(extract(epoch from (:end - registered_at)) / :window) as k,"
				+ " count(*) as n from routing.case_index where registered_at >= :start and registered_at < :end and " + area
				+ " is not null and top_category is not null group by 1, 2, 3")
			.param("end", Timestamp.from(end))
			.param("start", Timestamp.from(start))
			.param("window", (double) window)
			.query((java.sql.ResultSet rs) -> {
				int k = rs.getInt("k");
				if (k >= 0 && k <= b) {
					// index 0 is the oldest baseline window, index b the recent one
					counts.computeIfAbsent(rs.getString("area") + "|" + rs.getString("top_category"), key -> new int[b + 1])[b
							- k] += rs.getInt("n");
				}
			});
		LocalDate today = LocalDate.ofInstant(end, ChinaTime.ZONE);
		jdbc.sql("delete from routing.hot_spot where detected_on = :day and status = 'OPEN'").param("day", today).update();
		for (Map.Entry<String, int[]> e : counts.entrySet()) {
			int[] h = e.getValue();
			int recent = h[b];
			double expected = expected(h, p.smoothing());
			double tail = poissonTail(recent, expected);
			if (recent >= p.minCount() && tail <= p.pValue()) {
				String[] key = e.getKey().split("\\|");
				jdbc.sql("""
						insert into routing.hot_spot (detected_on, area_level, area_code, street_code, category_code, recent,
						  expected, p_value, history)
						values (:day, :level, :area, :street, :category, :recent, :expected, :p, :history)
						on conflict (detected_on, area_code, category_code) do nothing""")
					.param("day", today)
					.param("level", p.level())
					.param("area", key[0])
					.param("street", streetOf(key[0]).map(OrgUnit::code).orElse(null))
					.param("category", key[1])
					.param("recent", recent)
					.param("expected", expected)
					.param("p", tail)
					.param("history", String.join(",", Arrays.stream(h).mapToObj(Integer::toString).toList()))
					.update();
			}
		}
		return list(today);
	}

	/** The EWMA of the baseline windows (all but the last of {@code history}), never below a small floor. */
	static double expected(int[] history, double smoothing) {
		int b = history.length - 1;
		double level = history[0];
		for (int i = 1; i < b; i++) {
			level = smoothing * history[i] + (1 - smoothing) * level;
		}
		return Math.max(level, 0.2);
	}

	/** P(X ≥ k) for X ~ Poisson(λ). */
	static double poissonTail(int k, double lambda) {
		if (k <= 0) {
			return 1;
		}
		double term = Math.exp(-lambda);
		double below = 0;
		for (int i = 0; i < k; i++) {
			below += term;
			term *= lambda / (i + 1);
		}
		return Math.max(0, 1 - below);
	}

	/**
	 * The hot spots found on a day (when {@code day} is null: the latest run up to today, as a clock set back after
	 * a test or a wrong system time must not leave a future day's list in front), most surprising first.
	 */
	List<HotSpot> list(LocalDate day) {
		LocalDate d = day != null ? day
				: jdbc.sql("select max(detected_on) from routing.hot_spot where detected_on <= :today")
					.param("today", LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE))
					.query(LocalDate.class)
					.optional()
					.orElse(null);
		if (d == null) {
			return List.of();
		}
		return jdbc.sql("select * from routing.hot_spot where detected_on = :day order by p_value, recent desc, id")
			.param("day", d)
			.query((rs, n) -> hotSpot(rs))
			.list();
	}

	Optional<HotSpot> find(long id) {
		return jdbc.sql("select * from routing.hot_spot where id = :id").param("id", id).query((rs, n) -> hotSpot(rs))
			.optional();
	}

	/** Turns a hot spot into a proactive case for its street, registered and dispatched by zhili at the leader's word. */
	@Transactional
	CaseView proactive(long id, Actor leader, String note) {
		HotSpot h = find(id).orElseThrow(() -> ApiProblem.notFound("hot_spot_not_found", "热点不存在"));
		if (!h.status().equals("OPEN")) {
			throw ApiProblem.conflict("hot_spot_decided", "该热点已处理（" + h.status() + "）");
		}
		if (h.streetCode() == null) {
			throw ApiProblem.conflict("hot_spot_without_street", "无法确定该热点所在街道");
		}
		String title = "未诉先办：" + h.areaName() + h.categoryName() + "类诉求上升";
		String description = String.format(java.util.Locale.ROOT,
				"%s近 %d 天%s类诉求 %d 件，以往同期约 %.1f 件（Poisson 检验 p=%.4f）。请%s主动排查、提前处置。%s（区领导 %s 交办）",
				h.areaName(), properties.hotSpots().window().toDays(), h.categoryName(), h.recent(), h.expected(), h.pValue(),
				h.streetName(), note == null || note.isBlank() ? "" : "要求：" + note.strip() + "。", leader.username());
		Double[] point = centre(h);
		CaseIntake.Registration r = intake.register(new NewCase(Channel.PROACTIVE, CaseType.SUGGESTION, h.categoryCode(),
				Urgency.ORDINARY, title, description, h.areaName(), point[0], point[1], false, null, null, true, false, false,
				null, null, null, null), system.get());
		CaseView dispatched = actions.perform(r.kase().id(), CaseAction.DISPATCH, new ActionInput(null, h.streetCode(), null,
				null, h.categoryCode(), null, "未诉先办，区领导 " + leader.username() + " 交办", null, null, null, null, null, null,
				null, null, null), system.get());
		jdbc.sql("""
				update routing.hot_spot set status = 'PROACTIVE', proactive_case_id = :case, decided_by = :by, decided_at = :at
				where id = :id""")
			.param("case", dispatched.id())
			.param("by", leader.username())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		audit.success("routing.hot-spot.proactive", dispatched.trackingNumber(), title);
		return directory.find(dispatched.id(), leader).orElse(dispatched);
	}

	@Transactional
	void dismiss(long id, Actor actor) {
		int n = jdbc.sql("""
				update routing.hot_spot set status = 'DISMISSED', decided_by = :by, decided_at = :at
				where id = :id and status = 'OPEN'""")
			.param("by", actor.username())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		if (n == 0) {
			throw ApiProblem.conflict("hot_spot_decided", "热点不存在或已处理");
		}
	}

	/** The mean point of the area's recent located cases of the category, or none. */
	private Double[] centre(HotSpot h) {
		String area = h.level().equals("GRID") ? "grid_code" : "community_code";
		return jdbc.sql("select avg(lng), avg(lat) from routing.case_index where " + area
				+ " = :area and top_category = :category and lng is not null and registered_at >= :from")
			.param("area", h.areaCode())
			.param("category", h.categoryCode())
			.param("from", Timestamp.from(clock.instant().minus(properties.hotSpots().window().multipliedBy(2))))
			.query((rs, n) -> new Double[] { (Double) rs.getObject(1), (Double) rs.getObject(2) })
			.single();
	}

	private Optional<OrgUnit> streetOf(String areaCode) {
		Optional<OrgUnit> unit = units.find(areaCode);
		while (unit.isPresent() && unit.get().level() != org.zhili.org.UnitLevel.STREET) {
			String parent = unit.get().parentCode();
			unit = parent == null ? Optional.empty() : units.find(parent);
		}
		return unit;
	}

	private HotSpot hotSpot(java.sql.ResultSet rs) throws java.sql.SQLException {
		String area = rs.getString("area_code");
		String street = rs.getString("street_code");
		String category = rs.getString("category_code");
		List<Integer> history = new ArrayList<>();
		for (String c : rs.getString("history").split(",")) {
			history.add(Integer.parseInt(c));
		}
		return new HotSpot(rs.getLong("id"), rs.getObject("detected_on", LocalDate.class), rs.getString("area_level"), area,
				units.find(area).map(OrgUnit::name).orElse(area), street,
				street == null ? null : units.find(street).map(OrgUnit::name).orElse(street), category,
				categories.byCode(category).map(CaseDirectory.Category::name).orElse(category), rs.getInt("recent"),
				rs.getDouble("expected"), rs.getDouble("p_value"), history, rs.getString("status"),
				rs.getObject("proactive_case_id") == null ? null : rs.getLong("proactive_case_id"),
				rs.getString("decided_by"));
	}
}
