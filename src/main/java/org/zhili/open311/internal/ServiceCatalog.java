package org.zhili.open311.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseDirectory;

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

	private final CaseDirectory cases;
	private final ServiceAttributes attributes;

	ServiceCatalog(CaseDirectory cases, ServiceAttributes attributes) {
		this.cases = cases;
		this.attributes = attributes;
	}

	List<Service> services() {
		List<CaseDirectory.Category> all = cases.categories().stream().filter(CaseDirectory.Category::active).toList();
		Set<String> parents = new HashSet<>();
		Map<String, CaseDirectory.Category> byCode = new LinkedHashMap<>();
		for (CaseDirectory.Category c : all) {
			byCode.put(c.code(), c);
			if (c.parentCode() != null) {
				parents.add(c.parentCode());
			}
		}
		Set<String> asking = attributes.servicesWithAttributes();
		List<Service> services = new ArrayList<>();
		for (CaseDirectory.Category c : all) {
			if (!parents.contains(c.code())) {
				services.add(service(c, byCode, asking.contains(c.code())));
			}
		}
		return services;
	}

	Optional<Service> find(String code) {
		return services().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	private static Service service(CaseDirectory.Category c, Map<String, CaseDirectory.Category> byCode,
			boolean metadata) {
		String[] names = c.fullName().split(" › ");
		CaseDirectory.Category top = c;
		while (top.parentCode() != null && byCode.containsKey(top.parentCode())) {
			top = byCode.get(top.parentCode());
		}
		return new Service(c.code(), c.name(), c.fullName(), top.name(), String.join(", ", names), metadata);
	}
}
