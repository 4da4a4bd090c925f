package org.zhili.opendata.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue as a DCAT catalogue in JSON-LD, for harvesters that read DCAT (data.europa.eu, CKAN's dcat harvester). */
@RestController
@Tag(name = "开放数据（CKAN 接口）")
class DcatController {

	static final Map<String, String> CONTEXT = Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct",
			"http://purl.org/dc/terms/", "foaf", "http://xmlns.com/foaf/0.1/", "xsd", "http://www.w3.org/2001/XMLSchema#");

	private final Catalogue catalogue;
	private final DatasetDescriptions descriptions;

	DcatController(Catalogue catalogue, DatasetDescriptions descriptions) {
		this.catalogue = catalogue;
		this.descriptions = descriptions;
	}

	@GetMapping(value = "/catalog.jsonld", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "DCAT 数据目录（JSON-LD）")
	Map<String, Object> catalog() {
		String base = DatasetDescriptions.base();
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("@context", CONTEXT);
		c.put("@id", base + "/catalog.jsonld");
		c.put("@type", "dcat:Catalog");
		c.put("dct:title", descriptions.catalogueTitle());
		c.put("dct:license", Map.of("@id", descriptions.terms().licenceUrl()));
		c.put("dcat:dataset", catalogue.all().stream().map(d -> descriptions.dcatDataset(d, base)).toList());
		return c;
	}
}
