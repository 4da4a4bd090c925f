package org.zhili.urban.internal.components;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The type-specific attributes each 小类 carries ({@code urban.component_attribute}; DU-10: a 公交站亭's 站名, a
 * 报刊亭's 经营范围, a 健身设施's 健身设施数目…), as data a district extends.
 */
@Service
public class ComponentAttributes {

	/** How an attribute's value is written and checked. */
	public enum Type {
		TEXT, INTEGER
	}

	/** One attribute of a class: its field name in files and in {@link Component#attributes()}, and its label. */
	public record Field(String classCode, String field, String label, Type type) {
	}

	private final JdbcClient jdbc;

	ComponentAttributes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every class's attributes, by class code. */
	public Map<String, List<Field>> byClass() {
		return all().stream().collect(Collectors.groupingBy(Field::classCode, LinkedHashMap::new, Collectors.toList()));
	}

	public List<Field> all() {
		return jdbc.sql("select class_code, field, label, type from urban.component_attribute order by class_code, field")
			.query((rs, n) -> new Field(rs.getString(1), rs.getString(2), rs.getString(3), Type.valueOf(rs.getString(4))))
			.list();
	}

	/** The distinct fields across classes (a file column each), in field order. */
	static List<Field> distinctFields(List<Field> fields) {
		Map<String, Field> distinct = new LinkedHashMap<>();
		fields.stream().sorted(Comparator.comparing(Field::field)).forEach(f -> distinct.putIfAbsent(f.field(), f));
		return List.copyOf(distinct.values());
	}
}
