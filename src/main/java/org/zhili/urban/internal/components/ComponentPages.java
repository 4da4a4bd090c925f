package org.zhili.urban.internal.components;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhili.urban.internal.catalogue.CatalogueClass;
import org.zhili.urban.internal.catalogue.ClassKind;
import org.zhili.urban.internal.catalogue.UrbanCatalogue;

/** The inventory's pages: the map by layer (大类) coloured by state, and the import page with its report. */
@Controller
class ComponentPages {

	/** A 大类 as a map layer: its code, name, classes and how many components it has. */
	record Layer(String code, String name, List<CatalogueClass> classes, long count) {
	}

	private final UrbanCatalogue catalogue;
	private final ComponentStore store;
	private final ComponentAttributes attributes;

	ComponentPages(UrbanCatalogue catalogue, ComponentStore store, ComponentAttributes attributes) {
		this.catalogue = catalogue;
		this.store = store;
		this.attributes = attributes;
	}

	@GetMapping("/urban/components")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	String map(Model model) {
		Map<String, Long> byMajor = new LinkedHashMap<>();
		Map<String, Long> byState = new LinkedHashMap<>();
		for (Component.State s : Component.State.values()) {
			byState.put(s.name(), 0L);
		}
		long total = 0;
		for (Map<String, Object> row : store.countsByClassAndState()) {
			long n = ((Number) row.get("n")).longValue();
			byMajor.merge(((String) row.get("class_code")).substring(0, 2), n, Long::sum);
			byState.merge((String) row.get("state"), n, Long::sum);
			total += n;
		}
		Map<String, List<CatalogueClass>> classes = new LinkedHashMap<>();
		for (CatalogueClass c : catalogue.list(ClassKind.COMPONENT)) {
			classes.computeIfAbsent(c.majorCode(), k -> new java.util.ArrayList<>()).add(c);
		}
		List<Layer> layers = classes.entrySet().stream()
			.map(e -> new Layer(e.getKey(), e.getValue().get(0).majorName(), e.getValue(), byMajor.getOrDefault(e.getKey(), 0L)))
			.toList();
		model.addAttribute("layers", layers);
		model.addAttribute("states", Component.State.values());
		model.addAttribute("byState", byState);
		model.addAttribute("total", total);
		return "urban/components";
	}

	@GetMapping("/urban/components/import")
	@PreAuthorize("hasAuthority('URBAN_MANAGE')")
	String importPage(Model model) {
		model.addAttribute("formats", ImportFormat.values());
		model.addAttribute("attributes", attributes.all());
		return "urban/components-import";
	}
}
