package org.zhili.urban.internal.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.identity.Actor;

/**
 * Where each 监督员 patrols ({@code urban.patrol_area}): grid, community or street codes, each covering every grid
 * under it. A supervisor with no area recorded patrols the unit of their account's scope.
 */
@Repository
public class PatrolAreas {

	private final JdbcClient jdbc;

	PatrolAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The codes the account patrols (its scope's unit when none is recorded). */
	Set<String> of(Actor actor) {
		List<String> codes = jdbc.sql("select area_code from urban.patrol_area where username = :u order by area_code")
			.param("u", actor.username()).query(String.class).list();
		return codes.isEmpty() ? Set.of(actor.scope().unitCode()) : Set.copyOf(codes);
	}

	/** Every supervisor's areas, by username, in order. */
	public Map<String, Set<String>> all() {
		return jdbc.sql("select username, area_code from urban.patrol_area order by username, area_code")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
	}

	/** Sets a supervisor's areas (replacing what was recorded). */
	public void assign(String username, Collection<String> areaCodes) {
		jdbc.sql("delete from urban.patrol_area where username = :u").param("u", username).update();
		for (String code : Set.copyOf(areaCodes)) {
			jdbc.sql("insert into urban.patrol_area (username, area_code) values (:u, :c)").param("u", username)
				.param("c", code).update();
		}
	}

	/** Whether one of the areas covers a place with these codes. */
	static boolean covers(Set<String> areas, String gridCode, String communityCode, String streetCode) {
		return gridCode != null && areas.contains(gridCode) || communityCode != null && areas.contains(communityCode)
				|| streetCode != null && areas.contains(streetCode);
	}
}
