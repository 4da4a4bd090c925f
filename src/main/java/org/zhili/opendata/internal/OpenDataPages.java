package org.zhili.opendata.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 开放数据 in the portal: every dataset with its licence, update time and downloads, and where harvesters read. */
@Controller
class OpenDataPages {

	private final Catalogue catalogue;
	private final OpenDataProperties terms;

	OpenDataPages(Catalogue catalogue, OpenDataProperties terms) {
		this.catalogue = catalogue;
		this.terms = terms;
	}

	@GetMapping("/public/open-data")
	String page(Model model) {
		model.addAttribute("datasets", catalogue.all());
		model.addAttribute("terms", terms);
		return "opendata/catalogue";
	}
}
