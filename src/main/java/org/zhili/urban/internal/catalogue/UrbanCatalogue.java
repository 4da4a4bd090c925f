package org.zhili.urban.internal.catalogue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ClusterSignals;

/**
 * The catalogue of component and event classes as data ({@code urban.catalogue_class}): the national classes as
 * seeded, and the district's own 小类 added beside them (DU-12: cities extend it, so it is never an enum).
 */
@Service
public class UrbanCatalogue {

	private static final Pattern CODE = Pattern.compile("\\d{4}");

	private static final String SIGNAL = "urban.catalogue";

	private final JdbcClient jdbc;
	private final ClusterSignals signals;
	/**
	 * The whole catalogue (a few hundred rows at most), read once instead of once per case a list or an export shows.
	 * A change is seen at once on this node and, by a cluster signal when it commits, on the others; the minute's
	 * expiry only catches rows changed in the database by hand.
	 */
	private final LoadingCache<Boolean, Snapshot> snapshot;

	/** The classes in code order, and by kind and code. */
	private record Snapshot(List<CatalogueClass> all, Map<ClassKind, Map<String, CatalogueClass>> byKind) {

		static Snapshot of(List<CatalogueClass> all) {
			Map<ClassKind, Map<String, CatalogueClass>> byKind = new EnumMap<>(ClassKind.class);
			all.forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new HashMap<>()).put(c.code(), c));
			return new Snapshot(all, byKind);
		}
	}

	UrbanCatalogue(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		this.snapshot = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(any -> Snapshot.of(read()));
		signals.on(SIGNAL, any -> snapshot.invalidateAll());
	}

	/** Every class of a kind (or of both when {@code kind} is {@code null}), in code order. */
	public List<CatalogueClass> list(ClassKind kind) {
		List<CatalogueClass> all = snapshot.get(Boolean.TRUE).all();
		return kind == null ? all : all.stream().filter(c -> c.kind() == kind).toList();
	}

	public Optional<CatalogueClass> find(ClassKind kind, String code) {
		return Optional.ofNullable(snapshot.get(Boolean.TRUE).byKind().getOrDefault(kind, Map.of()).get(code));
	}

	private List<CatalogueClass> read() {
		return jdbc.sql("select * from urban.catalogue_class order by kind, code")
			.query((rs, n) -> new CatalogueClass(ClassKind.valueOf(rs.getString("kind")), rs.getString("code"),
					rs.getString("major_name"), rs.getString("name"), rs.getString("register_condition"),
					rs.getString("close_condition"), rs.getString("handler_suffix"),
					TimeLimit.valueOf(rs.getString("limit_normal")), TimeLimit.valueOf(rs.getString("limit_urgent")),
					rs.getBoolean("local"), rs.getBoolean("active")))
			.list();
	}

	/** The class a case or component names, or 400 naming the field. */
	public CatalogueClass require(ClassKind kind, String code, String field) {
		return find(kind, code).filter(CatalogueClass::active)
			.orElseThrow(() -> ApiProblem.badInput(field, "unknown_class",
					"没有这个" + kind.label() + "小类：" + code + "（见 /api/v1/urban/catalogue）"));
	}

	/**
	 * Adds a 小类 of the district's own or changes one (conditions, handling unit, limits, active). A national class
	 * keeps its names; only a local one may be renamed.
	 */
	@Transactional
	public CatalogueClass save(CatalogueClass c) {
		if (c.code() == null || !CODE.matcher(c.code()).matches()) {
			throw ApiProblem.badInput("code", "bad_code", "小类编码应为4位数字（2位大类 + 2位小类）");
		}
		if (blank(c.majorName()) || blank(c.name()) || blank(c.registerCondition()) || blank(c.closeCondition())
				|| blank(c.handlerSuffix())) {
			throw ApiProblem.badInput("name", "missing", "请填写大类名称、小类名称、立案条件、结案条件和处置单位");
		}
		if (c.limitNormal() == null || c.limitUrgent() == null) {
			throw ApiProblem.badInput("limitNormal", "missing", "请填写一般和紧急的处置时限，如 2wh、1wd");
		}
		Optional<CatalogueClass> existing = find(c.kind(), c.code());
		if (existing.isPresent() && !existing.get().local()
				&& (!existing.get().name().equals(c.name()) || !existing.get().majorName().equals(c.majorName()))) {
			throw ApiProblem.conflict("national_class", "国标小类 " + c.code() + " 的名称不能修改，可另设本地扩展小类");
		}
		boolean local = existing.map(CatalogueClass::local).orElse(true);
		jdbc.sql("""
				insert into urban.catalogue_class (kind, code, major_name, name, register_condition, close_condition,
				    handler_suffix, limit_normal, limit_urgent, local, active)
				values (:kind, :code, :major, :name, :register, :close, :handler, :normal, :urgent, :local, :active)
				on conflict (kind, code) do update set major_name = excluded.major_name, name = excluded.name,
				    register_condition = excluded.register_condition, close_condition = excluded.close_condition,
				    handler_suffix = excluded.handler_suffix, limit_normal = excluded.limit_normal,
				    limit_urgent = excluded.limit_urgent, active = excluded.active""")
			.param("kind", c.kind().name()).param("code", c.code()).param("major", c.majorName().strip())
			.param("name", c.name().strip()).param("register", c.registerCondition().strip())
			.param("close", c.closeCondition().strip()).param("handler", c.handlerSuffix().strip())
			.param("normal", c.limitNormal().toString()).param("urgent", c.limitUrgent().toString())
			.param("local", local).param("active", c.active())
			.update();
		signals.send(SIGNAL, c.kind() + ":" + c.code());
		snapshot.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// a reader on another thread may have loaded the old rows meanwhile: read again once this commits
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot.invalidateAll();
				}
			});
		}
		return find(c.kind(), c.code()).orElseThrow();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
