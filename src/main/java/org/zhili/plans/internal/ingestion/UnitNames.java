package org.zhili.plans.internal.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhili.org.OrgUnit;

/**
 * The district's units as a document names them: full name (南开区民政局), short name (区民政局), the street
 * without 道 (长虹街), and the abbreviations offices write (区建委, 区市场监管局) from
 * {@code plans/ingestion/unit-aliases.csv}. Finds them in a sentence, longest name first, and tells the lead unit
 * from co-units when the text labels them (牵头单位：…；配合单位：…).
 */
final class UnitNames {

	/** A unit named in a text: its code and name, and where the name stands. */
	record Mention(String code, String name, int start, int end) {
	}

	/** The accountable unit and co-units of a text, and whether a label (牵头单位, 责任单位) named the lead. */
	record Accountable(Mention lead, List<Mention> co, boolean labelled) {

		static final Accountable NONE = new Accountable(null, List.of(), false);
	}

	private static final Pattern LEAD_LABEL = Pattern.compile("(?:牵头单位|责任单位|牵头部门|责任部门|主责单位)\\s*[:：]\\s*([^；;。）)\\n]+)");
	private static final Pattern CO_LABEL = Pattern.compile("(?:配合单位|协办单位|配合部门|参与单位)\\s*[:：]\\s*([^；;。）)\\n]+)");
	private static final Pattern LEAD_VERB = Pattern.compile("由([^，,。；;]{2,30}?)(?:牵头|负责)");

	private final Map<String, OrgUnit> byName = new LinkedHashMap<>();
	private final Pattern any;

	private UnitNames(String district, List<OrgUnit> units, Map<String, String> aliases) {
		Map<String, OrgUnit> byCode = new LinkedHashMap<>();
		for (OrgUnit u : units) {
			byCode.put(u.code(), u);
			add(u.name(), u);
			add(u.shortName(), u);
			if (u.name() != null && u.name().startsWith(district)) {
				add("区" + u.name().substring(district.length()), u);
			}
			if (u.name() != null && u.name().endsWith("街道")) {
				add(u.name().substring(0, u.name().length() - 1), u);
			}
		}
		aliases.forEach((alias, code) -> {
			if (byCode.containsKey(code)) {
				add(alias, byCode.get(code));
			}
		});
		List<String> names = new ArrayList<>(byName.keySet());
		names.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder alternatives = new StringBuilder();
		for (String n : names) {
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(n));
		}
		any = alternatives.isEmpty() ? null : Pattern.compile(alternatives.toString());
	}

	private void add(String name, OrgUnit u) {
		if (name != null && name.length() >= 3) {
			byName.putIfAbsent(name, u);
		}
	}

	private static final Map<String, String> ALIASES = aliases();

	/** The units with the aliases shipped in the classpath. */
	/** The units of the district named {@code district} (南开区): 南开区民政局 is also 区民政局. */
	static UnitNames of(String district, List<OrgUnit> units) {
		return new UnitNames(district, units, ALIASES);
	}

	/** Every unit named in {@code text}, in order. */
	List<Mention> find(String text) {
		List<Mention> found = new ArrayList<>();
		if (any == null || text == null) {
			return found;
		}
		Matcher m = any.matcher(text);
		while (m.find()) {
			OrgUnit u = byName.get(m.group());
			if (found.stream().noneMatch(f -> f.code().equals(u.code()))) {
				found.add(new Mention(u.code(), u.shortName() != null ? u.shortName() : u.name(), m.start(), m.end()));
			}
		}
		return found;
	}

	/**
	 * Who answers for {@code text}: the first unit after a lead label, else the unit 由…牵头/负责 names, else the
	 * only unit the text names; co-units after a co-unit label and the lead label's other units.
	 */
	Accountable accountable(String text) {
		Matcher lead = LEAD_LABEL.matcher(text);
		List<Mention> co = new ArrayList<>();
		Matcher coLabel = CO_LABEL.matcher(text);
		if (coLabel.find()) {
			co.addAll(find(coLabel.group(1)));
		}
		if (lead.find()) {
			List<Mention> named = find(lead.group(1));
			if (!named.isEmpty()) {
				named.subList(1, named.size()).stream().filter(m -> co.stream().noneMatch(c -> c.code().equals(m.code())))
					.forEach(co::add);
				return new Accountable(named.get(0), co, true);
			}
		}
		Matcher verb = LEAD_VERB.matcher(text);
		if (verb.find()) {
			List<Mention> named = find(verb.group(1));
			if (!named.isEmpty()) {
				return new Accountable(named.get(0), co, true);
			}
		}
		List<Mention> all = find(text);
		all.removeIf(m -> co.stream().anyMatch(c -> c.code().equals(m.code())));
		return all.size() == 1 ? new Accountable(all.get(0), co, false) : new Accountable(null, co, false);
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new LinkedHashMap<>();
		try (InputStream in = UnitNames.class.getResourceAsStream("/plans/ingestion/unit-aliases.csv")) {
			if (in == null) {
				return aliases;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split(",");
				if (cells.length == 2 && !line.startsWith("#") && !cells[0].equals("alias")) {
					aliases.put(cells[0].strip(), cells[1].strip());
				}
			}
			return aliases;
		}
		catch (IOException e) {
			throw new IllegalStateException("unit aliases unreadable", e);
		}
	}
}
