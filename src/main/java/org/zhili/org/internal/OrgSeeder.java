package org.zhili.org.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads 南开区 on first start: the district, its 12 streets and 176 communities (the 5 virtual ones
 * dropped from the 2023 release kept, inactive) and the departments. Runs once; later edits are kept.
 */
@Component
class OrgSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(OrgSeeder.class);

	static final String DISTRICT_CODE = "120104";
	/** The statistical release the street and community codes come from. */
	static final LocalDate RELEASE_2021 = LocalDate.of(2021, 1, 1);
	/** Last day of validity of the communities absent from the 2023 release. */
	static final LocalDate BEFORE_RELEASE_2023 = LocalDate.of(2022, 12, 31);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	OrgSeeder(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Runs before any bean that reads units is created (they depend on this one). */
	@Override
	public void afterPropertiesSet() {
		transactions.executeWithoutResult(tx -> seedIfEmpty());
	}

	void seedIfEmpty() {
		if (jdbc.sql("select count(*) from org.unit").query(Long.class).single() > 0) {
			return;
		}
		insert(DISTRICT_CODE, "天津市南开区", "南开区", "DISTRICT", null, null, "/" + DISTRICT_CODE + "/", true, RELEASE_2021,
				null, 0);
		int order = 0;
		for (String[] s : csv("seed/org/nankai_streets.csv")) {
			insert(s[0], s[2], s[2], "STREET", null, DISTRICT_CODE, "/" + DISTRICT_CODE + "/" + s[0] + "/", true,
					RELEASE_2021, null, ++order);
		}
		order = 0;
		for (String[] c : csv("seed/org/nankai_streets_communities.csv")) {
			boolean removed = "1".equals(c[6]);
			insert(c[2], c[3], c[4], "COMMUNITY", null, c[0], "/" + DISTRICT_CODE + "/" + c[0] + "/" + c[2] + "/",
					!removed, RELEASE_2021, removed ? BEFORE_RELEASE_2023 : null, ++order);
		}
		order = 0;
		for (String[] d : csv("seed/org/departments.csv")) {
			insert(d[0], d[1], d[2], "DEPARTMENT", d[3], DISTRICT_CODE, "/" + DISTRICT_CODE + "/" + d[0] + "/", true,
					null, null, ++order);
		}
		log.info("Loaded the org tree of 南开区: streets, communities and departments");
	}

	private void insert(String code, String name, String shortName, String level, String category, String parent,
			String path, boolean active, LocalDate validFrom, LocalDate validTo, int order) {
		jdbc.sql("""
				insert into org.unit (code, name, short_name, level, category, parent_code, path, active, valid_from,
				  valid_to, sort_order)
				values (:code, :name, :short, :level, :category, :parent, :path, :active, :from, :to, :order)""")
			.param("code", code)
			.param("name", name)
			.param("short", shortName)
			.param("level", level)
			.param("category", category)
			.param("parent", parent)
			.param("path", path)
			.param("active", active)
			.param("from", validFrom)
			.param("to", validTo)
			.param("order", order)
			.update();
	}

	/** Rows of a small seed CSV without quoting, header skipped. */
	static List<String[]> csv(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(line.strip().split(",", -1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
		return rows;
	}
}
