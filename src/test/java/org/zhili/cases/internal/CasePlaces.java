package org.zhili.cases.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Points inside given units of the generated demo geometry, found by scanning the district with the
 * locator, and cases registered there through the API.
 */
public final class CasePlaces {

	public static final String CHANGHONG = "120104001000";
	public static final String GULOU = "120104002000";
	/** 光明路社区, the grid worker guangminglu's scope. */
	static final String GUANGMINGLU = "120104001001";

	/** A WGS84 point. */
	public record Point(double lng, double lat) {
	}

	private static final Map<String, Point> FOUND = new ConcurrentHashMap<>();

	private CasePlaces() {
	}

	/** A point whose grid lies in the unit (street, community or grid) with this code. */
	public static Point in(Locator locator, String unitCode) {
		return FOUND.computeIfAbsent(unitCode, code -> {
			for (double lat = 39.05; lat < 39.20; lat += 0.0007) {
				for (double lng = 117.05; lng < 117.25; lng += 0.0007) {
					Location l = locator.locate(lng, lat).orElse(null);
					if (l != null && l.grid() != null && l.path().contains("/" + code + "/")) {
						// Stay well inside: the point's neighbours must be in the same grid.
						String grid = l.grid().code();
						if (sameGrid(locator, lng + 0.0002, lat, grid) && sameGrid(locator, lng - 0.0002, lat, grid)
								&& sameGrid(locator, lng, lat + 0.0002, grid) && sameGrid(locator, lng, lat - 0.0002, grid)) {
							return new Point(Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6);
						}
					}
				}
			}
			throw new IllegalStateException("no point found in " + code);
		});
	}

	private static boolean sameGrid(Locator locator, double lng, double lat, String grid) {
		return locator.locate(lng, lat).map(l -> l.grid() != null && grid.equals(l.grid().code())).orElse(false);
	}

	/** Registers a complaint somewhere in a unit, as the operator, from 139****5678; answers the created case. */
	static JsonNode registerIn(Api api, Locator locator, String unitCode, String address, String description) {
		return register(api, in(locator, unitCode), address, description, "13912345678").json();
	}

	/** Registers a complaint (with a caller phone) at a point, as the operator; answers the created case. */
	public static Api.Response register(Api api, Point at, String address, String description, String phone) {
		Api.Response created = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "categoryCode", "C01",
				"description", description, "address", address, "location", Map.of("lng", at.lng(), "lat", at.lat()),
				"requester", Map.of("name", "王小明", "phone", phone)), "operator");
		if (created.status() != 201) {
			throw new IllegalStateException(created.body());
		}
		return created;
	}
}
