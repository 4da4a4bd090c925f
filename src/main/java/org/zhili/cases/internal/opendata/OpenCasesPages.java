package org.zhili.cases.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhili.process.Exports;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The published cases as downloads anyone may take: CSV, and GeoJSON for maps. */
@Controller
class OpenCasesPages {

	static final String CSV = "/public/data/cases.csv";
	static final String GEOJSON = "/public/data/cases.geojson";

	private final OpenCases cases;
	private final Exports exports;
	private final JsonMapper json;

	OpenCasesPages(OpenCases cases, Exports exports, JsonMapper json) {
		this.cases = cases;
		this.exports = exports;
		this.json = json;
	}

	@GetMapping(CSV)
	void csv(HttpServletResponse response) throws IOException {
		Exports.Rows<OpenCases.OpenCase> rows = cases::feed;
		exports.csv(Exports.Spec.of("open-cases", "诉求工单", "近 " + cases.settings().days() + " 天", OpenCases.COLUMNS,
				cases.settings().maxRows()), rows, response);
	}

	/** Each case a point at its grid's centre (cases without a grid are left out of the map), streamed. */
	@GetMapping(GEOJSON)
	void geoJson(HttpServletResponse response) throws IOException {
		response.setContentType("application/geo+json;charset=UTF-8");
		try (OutputStream out = response.getOutputStream(); JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeStringProperty("type", "FeatureCollection");
			g.writeArrayPropertyStart("features");
			cases.feed(cases.settings().maxRows(), c -> {
				if (c.lng() == null) {
					return;
				}
				g.writeStartObject();
				g.writeStringProperty("type", "Feature");
				g.writeObjectPropertyStart("geometry");
				g.writeStringProperty("type", "Point");
				g.writeArrayPropertyStart("coordinates");
				g.writeNumber(c.lng());
				g.writeNumber(c.lat());
				g.writeEndArray();
				g.writeEndObject();
				g.writeObjectPropertyStart("properties");
				g.writeStringProperty("registered", c.registered().toString());
				g.writeStringProperty("channel", c.channel());
				g.writeStringProperty("type", c.type());
				g.writeStringProperty("category", c.category());
				g.writeStringProperty("street", c.street());
				g.writeStringProperty("community", c.community());
				g.writeStringProperty("grid", c.grid());
				g.writeStringProperty("state", c.state());
				if (c.solved() != null) {
					g.writeBooleanProperty("solved", c.solved());
				}
				g.writeEndObject();
				g.writeEndObject();
			});
			g.writeEndArray();
			g.writeEndObject();
		}
	}
}
