package org.zhili.urban.internal.catalogue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalogue as the 监督中心 reads it. */
@Controller
class CataloguePage {

	private final UrbanCatalogue catalogue;

	CataloguePage(UrbanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/urban/catalogue")
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	String catalogue(Model model) {
		model.addAttribute("classes", catalogue.list(null));
		return "urban/catalogue";
	}
}
