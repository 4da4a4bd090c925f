package org.zhili.plans.internal.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.zhili.org.OrgUnit;
import org.zhili.org.UnitLevel;

/** The ingestion fixtures, their expected answers, and the district's units read from the seed files (no Spring). */
final class IngestionFixtures {

	/** One expected item: kind family (TARGET, TASK, ACTUAL), value and unit for quantities, a key phrase, a lead unit. */
	record Expected(String kind, BigDecimal value, String unit, String phrase, String lead) {
	}

	private IngestionFixtures() {
	}

	static byte[] bytes(String path) {
		try (InputStream in = IngestionFixtures.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("no fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	static List<Expected> expected(String text) {
		List<Expected> list = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] c = line.split("\t", -1);
			list.add(new Expected(c[0], c[1].isEmpty() ? null : new BigDecimal(c[1]), c[2].isEmpty() ? null : c[2], c[3],
					c.length > 4 && !c[4].isEmpty() ? c[4] : null));
		}
		return list;
	}

	/** Departments and streets from the seed CSVs, as the running system holds them. */
	static UnitNames units() {
		List<OrgUnit> units = new ArrayList<>();
		String[] departments = text("/seed/org/departments.csv").split("\n");
		for (int i = 1; i < departments.length; i++) {
			String[] c = departments[i].strip().split(",");
			units.add(new OrgUnit(c[0], c[1], c[2], UnitLevel.DEPARTMENT, c[3], "120104000000", "120104000000." + c[0], true));
		}
		String[] streets = text("/seed/org/nankai_streets.csv").split("\n");
		for (int i = 1; i < streets.length; i++) {
			String[] c = streets[i].strip().split(",");
			units.add(new OrgUnit(c[0], c[2], c[2], UnitLevel.STREET, null, "120104000000", "120104000000." + c[0], true));
		}
		return UnitNames.of("南开区", units);
	}

	/** A fixture read as the upload endpoint reads it: by its name's extension. */
	static DraftPlan read(String name) {
		DocumentText doc = IngestService.read(name, null, bytes("/ingestion/" + name));
		return new DraftReader(units()).read(doc);
	}
}
