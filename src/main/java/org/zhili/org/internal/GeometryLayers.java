package org.zhili.org.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.AuditTrail;
import org.zhili.org.District;
import org.zhili.org.GeographyChanged;
import org.zhili.org.UnitLevel;

/**
 * The district's polygon layers — district, streets, communities, grids — and how they change: the
 * first start loads the published outline and generates the rest; an import replaces a layer and
 * regenerates the generated layers below it so that everything keeps nesting. Every change runs in one
 * transaction under a database lock, so concurrent imports cannot interleave, and announces
 * {@link GeographyChanged} so the locate index is rebuilt once it commits.
 */
@Service
class GeometryLayers {

	private static final Logger log = LoggerFactory.getLogger(GeometryLayers.class);
	/** Key of the advisory lock that serialises changes of geometry (any number unique to this use). */
	private static final long LOCK = 0x6f72672e67656fL;

	private final GeometryStore store;
	private final GridUnits grids;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;
	private final Clock clock;
	private final District district;

	GeometryLayers(GeometryStore store, GridUnits grids, JdbcClient jdbc, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock, District district) {
		this.district = district;
		this.store = store;
		this.grids = grids;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** On the first start: the published district outline, then generated streets, communities and grids. */
	@Transactional
	void initialiseIfEmpty() {
		lock();
		if (!store.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		Geometry outline = SeedGeography.district(district.seed().boundary());
		LocalProjection projection = LocalProjection.around(outline.getEnvelopeInternal());
		store.saveAll(Map.of(district.code(), outline), GeometrySource.IMPORTED, projection);
		int count = generate(UnitLevel.STREET, projection);
		log.info("Generated demo geometry of {} ({} unit grids) in {} ms", district.name(), count,
				(System.nanoTime() - start) / 1_000_000);
	}

	/** Throws away the polygons of a level and everything below it and generates them again (audited). */
	@Transactional
	int regenerate(UnitLevel level) {
		lock();
		int grids = generate(level, projection());
		audit.success("org.geography.regenerated", level.name(),
				"重新生成" + level.label() + "及以下各层示意边界，网格 " + grids + " 个");
		events.publishEvent(new GeographyChanged(level));
		return grids;
	}

	/**
	 * Replaces the polygons of a level with imported ones, then regenerates each lower layer that is still
	 * generated, inside the new polygons (audited). For grids, {@code geometries} holds every grid of the
	 * new layer and {@code newGrids} their rows; grids not in it are ended.
	 */
	@Transactional
	void replace(UnitLevel level, Map<String, Geometry> geometries, List<GridUnits.GridRow> newGrids) {
		lock();
		LocalProjection projection = projection();
		List<UnitLevel> regenerate = generatedBelow(level);
		int ended = 0;
		if (level == UnitLevel.GRID) {
			LocalDate today = LocalDate.now(clock);
			grids.upsert(newGrids, today);
			ended = grids.deactivateAllExcept(geometries.keySet(), today);
		}
		store.saveAll(geometries, GeometrySource.IMPORTED, projection);
		for (UnitLevel lower : regenerate) {
			generateOnly(lower, projection);
		}
		StringBuilder detail = new StringBuilder("导入" + level.label() + "边界 " + geometries.size() + " 个");
		if (!regenerate.isEmpty()) {
			detail.append("；重新生成示意边界：").append(String.join("、", regenerate.stream().map(UnitLevel::label).toList()));
		}
		if (ended > 0) {
			detail.append("；停用网格 ").append(ended).append(" 个");
		}
		audit.success("org.geography.imported", level.name(), detail.toString());
		events.publishEvent(new GeographyChanged(level));
	}

	/** The layers below {@code level} whose polygons are still generated, top-down. */
	List<UnitLevel> generatedBelow(UnitLevel level) {
		List<UnitLevel> generated = new ArrayList<>();
		for (UnitLevel lower = below(level); lower != null; lower = below(lower)) {
			if (store.source(lower).orElse(GeometrySource.GENERATED) == GeometrySource.GENERATED) {
				generated.add(lower);
			}
		}
		return generated;
	}

	/** Where each layer's polygons come from (a level without any is absent). */
	Map<UnitLevel, GeometrySource> sources() {
		Map<UnitLevel, GeometrySource> sources = new EnumMap<>(UnitLevel.class);
		for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.STREET, UnitLevel.COMMUNITY, UnitLevel.GRID)) {
			store.source(level).ifPresent(source -> sources.put(level, source));
		}
		return sources;
	}

	LocalProjection projection() {
		Geometry district = store.district().orElseThrow(() -> new IllegalStateException("no district outline"));
		return LocalProjection.around(district.getEnvelopeInternal());
	}

	/** Generates {@code level} and every level below it; returns the number of grids. */
	private int generate(UnitLevel level, LocalProjection projection) {
		int gridCount = 0;
		for (UnitLevel current = level; current != null; current = below(current)) {
			gridCount = generateOnly(current, projection);
		}
		return gridCount;
	}

	/** Generates one level inside the current polygons of the level above; returns how many units got one. */
	private int generateOnly(UnitLevel level, LocalProjection projection) {
		DemoGeometry demo = new DemoGeometry(projection);
		switch (level) {
			case STREET -> {
				Map<String, Geometry> streets = demo.streets(store.district().orElseThrow(), streetPlans());
				store.saveAll(streets, GeometrySource.GENERATED, projection);
				return streets.size();
			}
			case COMMUNITY -> {
				Map<String, Geometry> communities = demo.communities(store.layer(UnitLevel.STREET), communityPlans());
				store.saveAll(communities, GeometrySource.GENERATED, projection);
				return communities.size();
			}
			case GRID -> {
				return generateGrids(demo, projection);
			}
			default -> throw new IllegalArgumentException("cannot generate " + level);
		}
	}

	private int generateGrids(DemoGeometry demo, LocalProjection projection) {
		List<DemoGeometry.GridPlan> plans = demo.grids(store.layer(UnitLevel.COMMUNITY));
		Map<String, String> names = grids.communityNames();
		List<GridUnits.GridRow> rows = new ArrayList<>(plans.size());
		Map<String, Geometry> geometries = new LinkedHashMap<>();
		for (DemoGeometry.GridPlan plan : plans) {
			String community = names.get(plan.communityCode());
			rows.add(new GridUnits.GridRow(plan.code(), GridUnits.name(community, plan.sequence()),
					GridUnits.shortName(plan.sequence()), plan.communityCode(), plan.sequence()));
			geometries.put(plan.code(), plan.geometry());
		}
		LocalDate today = LocalDate.now(clock);
		grids.upsert(rows, today);
		Set<String> keep = new HashSet<>(geometries.keySet());
		grids.deactivateAllExcept(keep, today);
		store.saveAll(geometries, GeometrySource.GENERATED, projection);
		return plans.size();
	}

	private List<DemoGeometry.StreetPlan> streetPlans() {
		Map<String, Coordinate> anchors = SeedGeography.streetAnchors(district.seed().streetAnchors());
		return jdbc.sql("""
				select s.code, count(c.code) filter (where c.active) from org.unit s
				left join org.unit c on c.parent_code = s.code and c.level = 'COMMUNITY'
				where s.level = 'STREET' and s.active group by s.code order by s.code""")
			.query((rs, n) -> new DemoGeometry.StreetPlan(rs.getString(1), anchors.get(rs.getString(1)), rs.getInt(2)))
			.list()
			.stream()
			.filter(plan -> plan.anchor() != null)
			.toList();
	}

	private List<DemoGeometry.CommunityPlan> communityPlans() {
		return jdbc.sql("select code, parent_code from org.unit where level = 'COMMUNITY' and active order by code")
			.query((rs, n) -> new DemoGeometry.CommunityPlan(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Serialises changes of geometry until the current transaction ends (also across servers). */
	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query((rs, n) -> 1).single();
	}

	static UnitLevel below(UnitLevel level) {
		return switch (level) {
			case DISTRICT -> UnitLevel.STREET;
			case STREET -> UnitLevel.COMMUNITY;
			case COMMUNITY -> UnitLevel.GRID;
			default -> null;
		};
	}
}
