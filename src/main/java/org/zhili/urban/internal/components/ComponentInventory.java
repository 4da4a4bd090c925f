package org.zhili.urban.internal.components;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.urban.UrbanInventory;

/**
 * The inventory as the rest of 数字城管 uses it: a component by its identifier, the filtered list, the edits the
 * 监督中心 makes (state, note, type-specific attributes), and bulk additions through {@link UrbanInventory}.
 */
@Service
public class ComponentInventory implements UrbanInventory {

	private final ComponentStore store;
	private final ComponentImports imports;
	private final ComponentChecker checker;
	private final ComponentAttributes attributes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ComponentInventory(ComponentStore store, ComponentImports imports, ComponentChecker checker,
			ComponentAttributes attributes, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.imports = imports;
		this.checker = checker;
		this.attributes = attributes;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Component> find(String id) {
		return id == null ? Optional.empty() : store.find(id);
	}

	/** The component, or 404. */
	public Component require(String id) {
		return find(id).orElseThrow(() -> ApiProblem.notFound("no_component", "没有标识码为 " + id + " 的部件"));
	}

	ComponentStore.Page list(ComponentStore.Filter filter, int limit, int offset) {
		return store.list(filter, limit, offset);
	}

	@Override
	public long count() {
		return store.count();
	}

	/**
	 * Changes a component's state, note and type-specific attributes (those given; {@code null} keeps them); the
	 * change date becomes today.
	 */
	@Transactional
	public Component edit(String id, String state, String note, Map<String, Object> attributeValues) {
		Component c = require(id);
		Component.State newState = c.state();
		if (state != null) {
			newState = Component.State.parse(state).orElseThrow(() -> ApiProblem.badInput("state", "bad_state",
					"状态应为 INTACT（完好）、DAMAGED（破损）、LOST（丢失）或 OCCUPIED（占用）：" + state));
		}
		String newNote = note == null ? c.note() : note.isBlank() ? null : note.strip();
		if (newNote != null && newNote.length() > ComponentChecker.NOTE_LENGTH) {
			throw ApiProblem.badInput("note", "too_long", "备注不能超过 " + ComponentChecker.NOTE_LENGTH + " 字");
		}
		Map<String, Object> newAttributes = c.attributes();
		if (attributeValues != null) {
			Map<String, String> given = new LinkedHashMap<>();
			attributeValues.forEach((k, v) -> given.put(Geometries.key(k), v == null ? null : v.toString()));
			Map<String, String> problems = new LinkedHashMap<>();
			Map<String, Object> checked = checker.attributes(c.classCode(), given, false,
					attributes.byClass().getOrDefault(c.classCode(), List.of()), problems);
			if (!problems.isEmpty()) {
				List<ApiProblem.FieldError> errors = new ArrayList<>();
				problems.forEach((field, reason) -> errors.add(new ApiProblem.FieldError("attributes." + field, reason)));
				throw ApiProblem.badInput("bad_attributes", errors.get(0).message(), errors);
			}
			Map<String, Object> merged = new HashMap<>(c.attributes());
			given.forEach((k, v) -> {
				if (v == null || v.isBlank()) {
					merged.remove(k);
				}
			});
			merged.putAll(checked);
			newAttributes = merged;
		}
		store.edit(id, newState, newNote, newAttributes, LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
		events.publishEvent(new ComponentsChanged(1));
		return require(id);
	}

	@Override
	public int add(List<NewComponent> components) {
		List<SourceRow> rows = new ArrayList<>(components.size());
		for (int i = 0; i < components.size(); i++) {
			rows.add(row(i + 1, components.get(i)));
		}
		return imports.add(rows);
	}

	/** A component given through the API as the row a file would have held. */
	private static SourceRow row(int number, NewComponent n) {
		Map<String, String> v = new HashMap<>();
		put(v, ComponentFields.CLASSCODE, n.classCode());
		put(v, ComponentFields.OBJNAME, n.name());
		put(v, ComponentFields.DEPTNAME2, n.ownerUnit());
		put(v, ComponentFields.DEPTCODE1, n.managerCode());
		put(v, ComponentFields.DEPTNAME3, n.maintainerUnit());
		put(v, ComponentFields.OBJSTATE, n.state());
		put(v, ComponentFields.ORDATE, n.initialDate() == null ? null : n.initialDate().toString());
		put(v, ComponentFields.CHDATE, n.changedDate() == null ? null : n.changedDate().toString());
		put(v, ComponentFields.DATASOURCE, n.dataSource());
		if (n.attributes() != null) {
			n.attributes().forEach((k, value) -> put(v, Geometries.key(k), value == null ? null : value.toString()));
		}
		if (n.line() != null) {
			org.locationtech.jts.geom.Coordinate[] cs = n.line().stream()
				.map(p -> new org.locationtech.jts.geom.Coordinate(p[0], p[1]))
				.toArray(org.locationtech.jts.geom.Coordinate[]::new);
			return new SourceRow(number, v, Geometries.WGS84.createLineString(cs), "line", null);
		}
		return new SourceRow(number, v, Geometries.point(n.lng(), n.lat()), "lng", null);
	}

	private static void put(Map<String, String> values, String key, String value) {
		if (value != null && !value.isBlank()) {
			values.put(key, value.strip());
		}
	}
}
