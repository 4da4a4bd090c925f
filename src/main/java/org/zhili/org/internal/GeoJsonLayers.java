package org.zhili.org.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhili.identity.DataScope;
import org.zhili.org.UnitLevel;
import tools.jackson.databind.json.JsonMapper;

/** The polygons of one level as a GeoJSON FeatureCollection (WGS84), within a data scope. */
@Component
class GeoJsonLayers {

	/** 7 decimals of a degree are about 1 cm: more than enough for a map, and keeps layers small. */
	private static final int DECIMALS = 7;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	GeoJsonLayers(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param parent only children of this unit, or {@code null}
	 * @param bbox only polygons whose envelope meets this one, or {@code null}
	 */
	String featureCollection(DataScope scope, UnitLevel level, String parent, Envelope bbox) {
		StringBuilder sql = new StringBuilder("""
				select u.code, u.name, u.short_name, u.level, u.parent_code, g.geom, g.source, g.area_m2
				from org.unit u join org.unit_geometry g on g.unit_code = u.code
				where u.active and u.level = :level and """).append(UnitQueries.VISIBLE);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("level", level.name());
		if (parent != null) {
			sql.append(" and u.parent_code = :parent");
			params.put("parent", parent);
		}
		if (bbox != null) {
			sql.append(" and g.max_lng >= :minLng and g.min_lng <= :maxLng and g.max_lat >= :minLat and g.min_lat <= :maxLat");
			params.put("minLng", bbox.getMinX());
			params.put("maxLng", bbox.getMaxX());
			params.put("minLat", bbox.getMinY());
			params.put("maxLat", bbox.getMaxY());
		}
		sql.append(" order by u.code");
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		UnitQueries.scoped(jdbc.sql(sql.toString()), scope).params(params).query(rs -> {
			if (out.charAt(out.length() - 1) != '[') {
				out.append(',');
			}
			GeometrySource source = GeometrySource.valueOf(rs.getString("source"));
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", rs.getString("code"));
			properties.put("name", rs.getString("name"));
			properties.put("shortName", rs.getString("short_name"));
			properties.put("level", rs.getString("level"));
			properties.put("parentCode", rs.getString("parent_code"));
			properties.put("source", source.name());
			properties.put("sourceLabel", source.label());
			properties.put("areaM2", Math.round(rs.getDouble("area_m2")));
			out.append("{\"type\":\"Feature\",\"id\":")
				.append(json.writeValueAsString(rs.getString("code")))
				.append(",\"properties\":")
				.append(json.writeValueAsString(properties))
				.append(",\"geometry\":")
				.append(writer.write(GeometryStore.read(rs.getBytes("geom"))))
				.append('}');
		});
		return out.append("]}").toString();
	}
}
