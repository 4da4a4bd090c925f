package org.zhili.open311.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The questions services ask ({@code open311.service_attribute}). */
@Repository
class ServiceAttributes {

	/** One attribute of a service definition. */
	record Attribute(String code, boolean variable, String datatype, boolean required, String datatypeDescription,
			int order, String description, List<Value> values) {

		boolean isList() {
			return values != null;
		}

		boolean hasKey(String key) {
			return values != null && values.stream().anyMatch(v -> v.key().equals(key));
		}
	}

	record Value(String key, String name) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ServiceAttributes(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Attribute> of(String serviceCode) {
		return jdbc.sql("""
				select code, variable, datatype, required, datatype_description, sort_order, description, list_values
				from open311.service_attribute where service_code = :s order by sort_order, code""")
			.param("s", serviceCode)
			.query((rs, n) -> new Attribute(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getInt(6), rs.getString(7), values(rs.getString(8))))
			.list();
	}

	/** The services that ask anything. */
	Set<String> servicesWithAttributes() {
		return jdbc.sql("select distinct service_code from open311.service_attribute")
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

	private List<Value> values(String text) {
		if (text == null) {
			return null;
		}
		List<Map<String, String>> raw = json.readValue(text, new TypeReference<List<Map<String, String>>>() {
		});
		return raw.stream().map(m -> new Value(m.get("key"), m.get("name"))).toList();
	}
}
