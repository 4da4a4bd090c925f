package org.zhili.open311.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseCategories;

/**
 * GeoReport services from the category tree: every active category with no active category below it is a
 * service, its code the category code; its group is the top-level category and its keywords the names on the
 * way down. A service asks attributes when {@link ServiceAttributes} has rows for it.
 */
@Component
class ServiceCatalog {

	/** A service. */
	record Service(String code, String name, String description, String group, String keywords, boolean metadata) {
	}

	private final CaseCategories categories;
	private final ServiceAttributes attributes;

	ServiceCatalog(CaseCategories categories, ServiceAttributes attributes) {
		this.categories = categories;
		this.attributes = attributes;
	}

	List<Service> services() {
		List<CaseCategories.Category> all = categories.active();
		Set<String> parents = new HashSet<>();
		Map<String, CaseCategories.Category> byCode = new LinkedHashMap<>();
		for (CaseCategories.Category c : all) {
			byCode.put(c.code(), c);
			if (c.parentCode() != null) {
				parents.add(c.parentCode());
			}
		}
		Set<String> asking = attributes.servicesWithAttributes();
		List<Service> services = new ArrayList<>();
		for (CaseCategories.Category c : all) {
			if (!parents.contains(c.code())) {
				services.add(service(c, byCode, asking.contains(c.code())));
			}
		}
		return services;
	}

	Optional<Service> find(String code) {
		return services().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	private static Service service(CaseCategories.Category c, Map<String, CaseCategories.Category> byCode,
			boolean metadata) {
		String[] names = c.fullName().split(" › ");
		CaseCategories.Category top = c;
		while (top.parentCode() != null && byCode.containsKey(top.parentCode())) {
			top = byCode.get(top.parentCode());
		}
		return new Service(c.code(), c.name(), c.fullName(), top.name(), String.join(", ", names), metadata);
	}
}
