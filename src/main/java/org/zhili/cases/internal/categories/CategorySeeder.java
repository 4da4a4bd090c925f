package org.zhili.cases.internal.categories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.org.District;

/**
 * Loads the category tree on first start from {@code seed/cases/label_taxonomy.tsv} (15 first-level
 * classes, their sub-classes and leaves, coded C01, C0101, C010101 in order of appearance) with the default
 * lead-unit rules of {@code lead_units.csv}, whose departments are named by the letters after the district's code
 * (e.g. {@code GAJ}). Later edits are kept.
 */
@Component
class CategorySeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(CategorySeeder.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final District district;

	CategorySeeder(JdbcClient jdbc, TransactionTemplate transactions, District district) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.district = district;
	}

	@Override
	public void afterPropertiesSet() {
		transactions.executeWithoutResult(tx -> {
			if (jdbc.sql("select count(*) from cases.category").query(Long.class).single() == 0) {
				seed();
			}
		});
	}

	private void seed() {
		Map<String, String[]> rules = new HashMap<>();
		for (String line : lines("seed/cases/lead_units.csv")) {
			String[] f = line.split(",", -1);
			rules.put(f[0], f);
		}
		Map<String, String> codes = new LinkedHashMap<>();
		Map<String, Integer> children = new HashMap<>();
		int order = 0;
		for (String line : lines("seed/cases/label_taxonomy.tsv")) {
			String[] names = line.split("\t", -1);
			String parent = null;
			String key = "";
			for (int level = 1; level <= 3 && level <= names.length && !names[level - 1].isBlank(); level++) {
				key = key + "/" + names[level - 1].strip();
				if (!codes.containsKey(key)) {
					int n = children.merge(parent == null ? "" : parent, 1, Integer::sum);
					String code = (parent == null ? "C" : parent) + "%02d".formatted(n);
					codes.put(key, code);
					String[] rule = level == 1 ? rules.get(names[0].strip()) : null;
					insert(code, names[level - 1].strip(), parent, level, rule, ++order);
				}
				parent = codes.get(key);
			}
		}
		log.info("Loaded {} case categories", codes.size());
	}

	private void insert(String code, String name, String parent, int level, String[] rule, int order) {
		String leadRule = rule == null ? (level == 1 ? "TERRITORIAL" : "INHERIT") : rule[1];
		String unit = rule == null || rule[2].isBlank() ? null : district.unitCode(rule[2]);
		String parentPath = parent == null ? "/"
				: jdbc.sql("select path from cases.category where code = :c").param("c", parent).query(String.class).single();
		jdbc.sql("""
				insert into cases.category (code, name, parent_code, level, path, lead_rule, lead_unit_code, sort_order)
				values (:code, :name, :parent, :level, :path, :rule, :unit, :order)""")
			.param("code", code)
			.param("name", name)
			.param("parent", parent)
			.param("level", level)
			.param("path", parentPath + code + "/")
			.param("rule", leadRule)
			.param("unit", unit)
			.param("order", order)
			.update();
	}

	private static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					lines.add(line.replace("\r", ""));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
		return lines;
	}
}
