package org.zhili.urban.internal.components;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;

/** A component as the API and the pages show it: with its class's names, its units' names and attribute labels. */
@Service
class ComponentViews {

	/** One type-specific attribute with its label. */
	record AttributeView(String field, String label, Object value) {
	}

	/**
	 * A component as answered. {@code managerCode} is the 主管部门 that handles a case about it: the component's own, or
	 * its class's handling unit when it names none ({@code managerDefault} says which).
	 */
	record ComponentView(String id, String classCode, String className, String majorName, String name,
			String ownerUnit, String managerCode, String managerName, boolean managerDefault, String maintainerUnit,
			String gridCode, String communityCode, String streetCode, Component.State state, String stateLabel,
			LocalDate initialDate, LocalDate changedDate, String dataSource, String dataSourceLabel, String note,
			double lng, double lat, String lineWkt, List<AttributeView> attributes) {
	}

	private final UrbanCatalogue catalogue;
	private final ComponentAttributes attributes;
	private final OrgUnits units;
	private final District district;

	ComponentViews(UrbanCatalogue catalogue, ComponentAttributes attributes, OrgUnits units, District district) {
		this.catalogue = catalogue;
		this.attributes = attributes;
		this.units = units;
		this.district = district;
	}

	/** Views of several components (the catalogue and attributes read once). */
	List<ComponentView> views(List<Component> components) {
		Map<String, CatalogueClass> classes = catalogue.list(ClassKind.COMPONENT).stream()
			.collect(Collectors.toMap(CatalogueClass::code, c -> c));
		Map<String, List<ComponentAttributes.Field>> fields = attributes.byClass();
		Map<String, String> names = new java.util.HashMap<>();
		List<ComponentView> views = new ArrayList<>(components.size());
		for (Component c : components) {
			CatalogueClass cls = classes.get(c.classCode());
			String manager = c.managerCode() != null ? c.managerCode()
					: cls == null ? null : district.unitCode(cls.handlerSuffix());
			String managerName = manager == null ? null
					: names.computeIfAbsent(manager, code -> units.find(code).map(OrgUnit::shortName).orElse(code));
			List<AttributeView> attrs = new ArrayList<>();
			for (ComponentAttributes.Field f : fields.getOrDefault(c.classCode(), List.of())) {
				if (c.attributes().containsKey(f.field())) {
					attrs.add(new AttributeView(f.field(), f.label(), c.attributes().get(f.field())));
				}
			}
			views.add(new ComponentView(c.id(), c.classCode(), cls == null ? c.classCode() : cls.name(),
					cls == null ? null : cls.majorName(), c.name(), c.ownerUnit(), manager, managerName,
					c.managerCode() == null, c.maintainerUnit(), c.gridCode(), c.communityCode(), c.streetCode(),
					c.state(), c.state().label(), c.initialDate(), c.changedDate(), c.dataSource(),
					DataSource.labelOf(c.dataSource()), c.note(), c.lng(), c.lat(), c.lineWkt(), attrs));
		}
		return views;
	}

	ComponentView view(Component c) {
		return views(List.of(c)).get(0);
	}
}
