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
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.org.District;

/**
 * Loads the configured district ({@link District}) on first start: the district, its streets and communities
 * (those marked as removed in a later statistical release kept, inactive) and the departments, from the files
 * zhili.district.seed names. Runs once; later edits are kept.
 */
@Component
class OrgSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(OrgSeeder.class);
	/** Resolves the seed locations: {@code classpath:…}, {@code file:…}, or a path on the class path. */
	static final ResourceLoader RESOURCES = new DefaultResourceLoader();

	/** The statistical release the street and community codes come from. */
	static final LocalDate RELEASE_2021 = LocalDate.of(2021, 1, 1);
	/** Last day of validity of the communities absent from the 2023 release. */
	static final LocalDate BEFORE_RELEASE_2023 = LocalDate.of(2022, 12, 31);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final District district;

	OrgSeeder(JdbcClient jdbc, TransactionTemplate transactions, District district) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.district = district;
	}

	/** Runs before any bean that reads units is created (they depend on this one). */
	@Override
	public void afterPropertiesSet() {
		transactions.executeWithoutResult(tx -> seedIfEmpty());
	}

	void seedIfEmpty() {
		if (jdbc.sql("select count(*) from org.unit").query(Long.class).single() > 0) {
			String stored = jdbc.sql("select code from org.unit where level = 'DISTRICT'").query(String.class).single();
			if (!stored.equals(district.code())) {
				throw new IllegalStateException("the database holds the org tree of district " + stored
						+ ", but zhili.district.code is " + district.code()
						+ ": point zhili.data-dir (or the datasource) at this district's own database");
			}
			return;
		}
		String code = district.code();
		String path = district.path();
		insert(code, district.fullName(), district.name(), "DISTRICT", null, null, path, true, RELEASE_2021, null, 0);
		int order = 0;
		for (String[] s : csv(district.seed().streets())) {
			insert(s[0], s[2], s[2], "STREET", null, code, path + s[0] + "/", true, RELEASE_2021, null, ++order);
		}
		order = 0;
		for (String[] c : csv(district.seed().communities())) {
			boolean removed = "1".equals(c[6]);
			insert(c[2], c[3], c[4], "COMMUNITY", null, c[0], path + c[0] + "/" + c[2] + "/", !removed, RELEASE_2021,
					removed ? BEFORE_RELEASE_2023 : null, ++order);
		}
		order = 0;
		for (String[] d : csv(district.seed().departments())) {
			insert(d[0], d[1], d[2], "DEPARTMENT", d[3], code, path + d[0] + "/", true, null, null, ++order);
		}
		log.info("Loaded the org tree of {} ({}): streets, communities and departments", district.name(), code);
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

	/** Rows of a small seed CSV without quoting, header skipped; {@code resource} is a Spring resource location. */
	static List<String[]> csv(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(RESOURCES.getResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
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
