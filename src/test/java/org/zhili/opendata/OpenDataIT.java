package org.zhili.opendata;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data catalogue as a harvester reads it, without signing in: CKAN's package_list, package_show and
 * package_search, and the DCAT catalogue; every download it names answers with its media type; the public page
 * lists the datasets.
 */
@ZhiliIntegrationTest
class OpenDataIT {

	static final List<String> DATASETS = List.of("cases", "inspection-results", "monthly-three-rates", "monthly-topics",
			"public-plans", "street-boundaries");

	@Autowired
	Api api;

	@Test
	void aHarvesterReadsTheCatalogueAsFromCkanAndEveryDownloadAnswers() {
		JsonNode list = api.get("/api/3/action/package_list", null).json();
		assertThat(list.get("success").asBoolean()).isTrue();
		assertThat(list.get("result").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(DATASETS);

		Api.Response shown = api.get("/api/3/action/package_show?id=public-plans", null);
		assertThat(shown.status()).isEqualTo(200);
		JsonNode plans = shown.json().get("result");
		assertThat(plans.get("name").asString()).isEqualTo("public-plans");
		assertThat(plans.get("license_id").asString()).isEqualTo("CC-BY-4.0");
		assertThat(plans.get("metadata_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
		assertThat(plans.get("tags").valueStream().map(t -> t.get("name").asString())).contains("民心工程");
		JsonNode resource = plans.get("resources").get(0);
		assertThat(resource.get("format").asString()).isEqualTo("JSON");
		assertThat(resource.get("url").asString()).isEqualTo(api.base() + "/api/v1/public/plans");

		Api.Response missing = api.get("/api/3/action/package_show?id=no-such-data", null);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("success").asBoolean()).isFalse();
		assertThat(missing.json().get("error").get("__type").asString()).isEqualTo("Not Found Error");

		JsonNode rates = api.get("/api/3/action/package_search?q=%E4%B8%89%E7%8E%87", null).json().get("result");
		assertThat(rates.get("count").asInt()).isEqualTo(1);
		assertThat(rates.get("results").get(0).get("name").asString()).isEqualTo("monthly-three-rates");
		JsonNode page = api.get("/api/3/action/package_search?rows=2&start=1", null).json().get("result");
		assertThat(page.get("count").asInt()).isEqualTo(DATASETS.size());
		assertThat(page.get("results").valueStream().map(r -> r.get("name").asString()))
			.containsExactly(DATASETS.get(1), DATASETS.get(2));

		// DCAT: every dataset, and every download it names answers with its media type
		JsonNode catalog = api.get("/catalog.jsonld", null).json();
		assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
		assertThat(catalog.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
		assertThat(catalog.get("dcat:dataset").valueStream().map(d -> d.get("dct:identifier").asString()))
			.containsExactlyElementsOf(DATASETS);
		int downloads = 0;
		for (JsonNode dataset : catalog.get("dcat:dataset")) {
			assertThat(dataset.get("dct:modified").get("@value").asString()).endsWith("Z");
			for (JsonNode d : dataset.get("dcat:distribution")) {
				String url = d.get("dcat:downloadURL").get("@id").asString();
				assertThat(url).startsWith(api.base());
				Api.Response download = api.get(url.substring(api.base().length()), null);
				assertThat(download.status()).as(url).isEqualTo(200);
				assertThat(download.header("Content-Type")).as(url).startsWith(d.get("dcat:mediaType").asString());
				downloads++;
			}
		}
		assertThat(downloads).isEqualTo(10); // every dataset's CSV, JSON and GeoJSON

		Api.Response catalogue = api.get("/public/open-data", null);
		assertThat(catalogue.status()).isEqualTo(200);
		assertThat(catalogue.body()).contains("公开工作计划及任务进度", "各街道本月诉求办理与三率", "双随机抽查结果", "街道边界",
				"/public/figures.csv", "/catalog.jsonld", "CC BY 4.0");
	}
}
