package org.zhili.urban.internal.components;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map's GeoJSON for one bounding box: the components in it one by one while there are few enough to draw (each
 * with its class, name and state), otherwise cells of the box with how many components each holds and how many of
 * them are not 完好 — so that the map stays quick over 20,000 and more components at any zoom.
 */
@Service
class ComponentMap {

	/** The box is cut into this many cells across when components are gathered. */
	static final int CELLS_ACROSS = 48;

	private final ComponentStore store;
	private final ComponentSettings settings;
	private final JsonMapper json;

	ComponentMap(ComponentStore store, ComponentSettings settings, JsonMapper json) {
		this.store = store;
		this.settings = settings;
		this.json = json;
	}

	ObjectNode features(double west, double south, double east, double north, List<String> majors) {
		ObjectNode root = json.createObjectNode();
		root.put("type", "FeatureCollection");
		ArrayNode features = root.putArray("features");
		if (majors.isEmpty()) {
			root.put("clustered", false);
			return root;
		}
		int max = settings.mapPoints();
		List<Component> components = store.inBox(west, south, east, north, majors, max + 1);
		if (components.size() <= max) {
			root.put("clustered", false);
			for (Component c : components) {
				ObjectNode f = features.addObject();
				f.put("type", "Feature");
				ObjectNode g = f.putObject("geometry");
				if (c.isLine()) {
					g.put("type", "LineString");
					ArrayNode coordinates = g.putArray("coordinates");
					for (Coordinate xy : Geometries.fromWkt(c.lineWkt()).getCoordinates()) {
						coordinates.addArray().add(round(xy.x)).add(round(xy.y));
					}
				}
				else {
					g.put("type", "Point");
					g.putArray("coordinates").add(round(c.lng())).add(round(c.lat()));
				}
				ObjectNode p = f.putObject("properties");
				p.put("id", c.id());
				p.put("classCode", c.classCode());
				p.put("major", c.majorCode());
				p.put("name", c.name());
				p.put("state", c.state().name());
			}
			return root;
		}
		root.put("clustered", true);
		double cell = Math.max(east - west, north - south) / CELLS_ACROSS;
		for (ComponentStore.Cluster c : store.clusters(west, south, east, north, majors, cell)) {
			ObjectNode f = features.addObject();
			f.put("type", "Feature");
			f.putObject("geometry").put("type", "Point").putArray("coordinates").add(round(c.lng())).add(round(c.lat()));
			f.putObject("properties").put("count", c.count()).put("faulty", c.faulty());
		}
		return root;
	}

	private static double round(double v) {
		return Math.round(v * 1e7) / 1e7;
	}
}
