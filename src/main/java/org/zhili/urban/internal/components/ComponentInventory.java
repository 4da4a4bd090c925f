package org.zhili.urban.internal.components;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The inventory's reads that the rest of 数字城管 uses: a component by its identifier. */
@Service
public class ComponentInventory {

	private final JdbcClient jdbc;

	ComponentInventory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Component> find(String id) {
		return jdbc.sql("select * from urban.component where id = :id").param("id", id)
			.query((rs, n) -> new Component(rs.getString("id"), rs.getString("class_code"), rs.getString("name"),
					rs.getString("owner_unit"), rs.getString("manager_code"), rs.getString("maintainer_unit"),
					rs.getString("grid_code"), rs.getString("community_code"), rs.getString("street_code"),
					Component.State.valueOf(rs.getString("state")), rs.getObject("initial_date", java.time.LocalDate.class),
					rs.getObject("changed_date", java.time.LocalDate.class), rs.getString("data_source"),
					rs.getString("note"), rs.getDouble("lng"), rs.getDouble("lat"), rs.getString("line_wkt")))
			.optional();
	}
}
