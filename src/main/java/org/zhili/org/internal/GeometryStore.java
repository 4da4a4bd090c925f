package org.zhili.org.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.org.UnitLevel;

/** The polygons of units ({@code org.unit_geometry}), WGS84 as WKB. */
@Repository
class GeometryStore {

	/** A unit's polygon as stored. */
	record UnitGeometry(String code, String name, UnitLevel level, String parentCode, Geometry geometry,
			GeometrySource source) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	GeometryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from org.unit_geometry").query(Long.class).single() == 0;
	}

	/** Inserts or replaces the polygons of these units (WGS84) with their area. */
	void saveAll(Map<String, Geometry> geometries, GeometrySource source, LocalProjection projection) {
		WKBWriter wkb = new WKBWriter();
		SqlParameterSource[] rows = geometries.entrySet().stream().map(e -> {
			Envelope env = e.getValue().getEnvelopeInternal();
			return new MapSqlParameterSource().addValue("code", e.getKey())
				.addValue("geom", wkb.write(e.getValue()))
				.addValue("source", source.name())
				.addValue("area", projection.areaM2(e.getValue()))
				.addValue("minLng", env.getMinX())
				.addValue("minLat", env.getMinY())
				.addValue("maxLng", env.getMaxX())
				.addValue("maxLat", env.getMaxY());
		}).toArray(SqlParameterSource[]::new);
		batch.batchUpdate("""
				insert into org.unit_geometry (unit_code, geom, source, area_m2, min_lng, min_lat, max_lng, max_lat)
				values (:code, :geom, :source, :area, :minLng, :minLat, :maxLng, :maxLat)
				on conflict (unit_code) do update set geom = excluded.geom, source = excluded.source,
				  area_m2 = excluded.area_m2, min_lng = excluded.min_lng, min_lat = excluded.min_lat,
				  max_lng = excluded.max_lng, max_lat = excluded.max_lat, updated_at = now()""", rows);
	}

	/** Where a unit's polygon comes from and its area. */
	record Info(GeometrySource source, String sourceLabel, double areaM2) {
	}

	Optional<Info> info(String code) {
		return jdbc.sql("select source, area_m2 from org.unit_geometry where unit_code = :code")
			.param("code", code)
			.query((rs, n) -> {
				GeometrySource source = GeometrySource.valueOf(rs.getString(1));
				return new Info(source, source.label(), Math.round(rs.getDouble(2)));
			})
			.optional();
	}

	Optional<Geometry> district() {
		return jdbc.sql("""
				select g.geom from org.unit_geometry g join org.unit u on u.code = g.unit_code
				where u.level = 'DISTRICT'""").query((rs, n) -> read(rs.getBytes(1))).optional();
	}

	/** Code → polygon of the active units of one level that have one. */
	Map<String, Geometry> layer(UnitLevel level) {
		Map<String, Geometry> layer = new LinkedHashMap<>();
		jdbc.sql("""
				select u.code, g.geom from org.unit u join org.unit_geometry g on g.unit_code = u.code
				where u.level = :level and u.active order by u.code""")
			.param("level", level.name())
			.query(rs -> {
				layer.put(rs.getString(1), read(rs.getBytes(2)));
			});
		return layer;
	}

	/** Where the active polygons of a level come from; empty when the level has none. */
	Optional<GeometrySource> source(UnitLevel level) {
		return jdbc.sql("""
				select g.source from org.unit u join org.unit_geometry g on g.unit_code = u.code
				where u.level = :level and u.active
				group by g.source order by count(*) desc limit 1""")
			.param("level", level.name())
			.query((rs, n) -> GeometrySource.valueOf(rs.getString(1)))
			.optional();
	}

	/** Every active territorial unit with its polygon ({@code null} where it has none), for locating. */
	List<UnitGeometry> activeTerritory() {
		return jdbc.sql("""
				select u.code, u.name, u.level, u.parent_code, g.geom, g.source
				from org.unit u left join org.unit_geometry g on g.unit_code = u.code
				where u.active and u.level in ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID')""")
			.query((rs, n) -> {
				byte[] wkb = rs.getBytes(5);
				return new UnitGeometry(rs.getString(1), rs.getString(2), UnitLevel.valueOf(rs.getString(3)),
						rs.getString(4), wkb == null ? null : read(wkb),
						wkb == null ? null : GeometrySource.valueOf(rs.getString(6)));
			})
			.list();
	}

	static Geometry read(byte[] wkb) {
		try {
			return new WKBReader(LocalProjection.WGS84).read(wkb);
		}
		catch (ParseException e) {
			throw new IllegalStateException("corrupt geometry in org.unit_geometry", e);
		}
	}
}
