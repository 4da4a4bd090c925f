package org.zhili.portal.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.zhili.org.District;
import org.zhili.org.OrgUnit;
import org.zhili.org.OrgUnits;
import org.zhili.support.Api;
import org.zhili.support.TestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application serving another district than the demo one: the made-up 青禾区 (990102) of
 * {@code src/test/resources/district/qinghe}, configured in {@code application-qinghe.yml} with its own data
 * directory and no demo data. Its own Spring context and embedded database (the profiles differ from
 * {@code @ZhiliIntegrationTest}'s), started once for this class and closed after it, so that its timers and
 * database do not keep running beside the shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles({ "test", "qinghe" })
@Import(TestSupport.class)
class SecondDistrictIT {

	/** The middle of the made-up district's outline. */
	static final Map<String, String> INSIDE = Map.of("lng", "112.51", "lat", "37.815");

	@Autowired
	Api api;

	@Autowired
	District district;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfiguredDistrictIsTheRootOfTheOrgTree() {
		assertThat(district.code()).isEqualTo("990102");
		OrgUnit root = units.district();
		assertThat(root.code()).isEqualTo("990102");
		assertThat(root.name()).isEqualTo("示例市青禾区");
		assertThat(root.shortName()).isEqualTo("青禾区");
		assertThat(root.path()).isEqualTo("/990102/");
		assertThat(units.streets()).extracting(OrgUnit::code).containsExactly("990102001000", "990102002000");
		assertThat(units.streets()).allSatisfy(s -> assertThat(s.path()).startsWith("/990102/"));
		assertThat(units.departments()).extracting(OrgUnit::code).contains("990102WGZ", "990102DCS", "990102GAJ")
			.allSatisfy(code -> assertThat(code).startsWith("990102"));
		assertThat(jdbc.sql("select count(*) from org.unit where code not like '990102%'").query(Long.class).single())
			.as("no unit of the demo district").isZero();
		assertThat(jdbc.sql("select count(*) from org.unit where level = 'COMMUNITY'").query(Long.class).single())
			.isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from org.unit where level = 'GRID'").query(Long.class).single())
			.as("grids generated inside the district's own outline").isPositive();
		assertThat(jdbc.sql("select distinct scope_unit_code from identity.account").query(String.class).list())
			.as("the administrators' scope").containsExactly("990102");
		assertThat(jdbc.sql("select count(*) from cases.category where lead_unit_code is not null and lead_unit_code not like '990102%'")
			.query(Long.class)
			.single()).as("case categories led by this district's departments").isZero();
	}

	@Test
	void thePublicPagesAndApisNameTheDistrict() {
		PublicClient resident = PublicClient.fresh(api.base());
		PublicClient.Page home = resident.get("/public");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("青禾区接诉即办").doesNotContain("南开");

		Api.Response streets = api.send("GET", "/public/boundaries/streets.geojson", null, null);
		assertThat(streets.status()).isEqualTo(200);
		assertThat(streets.body()).contains("990102001000", "990102002000").doesNotContain("120104");

		Api.Response discovery = api.send("GET", "/open311/v2/discovery.json", null, null);
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.body()).contains("青禾区网格化管理中心 0999-12345");
		assertThat(api.send("GET", "/open311/v2/services.json?jurisdiction_id=990102", null, null).status())
			.isEqualTo(200);
		Api.Response elsewhere = api.send("GET", "/open311/v2/services.json?jurisdiction_id=120104", null, null);
		assertThat(elsewhere.status()).as("the demo district's jurisdiction is not served").isEqualTo(404);
		assertThat(elsewhere.body()).contains("this endpoint serves 990102");

		assertThat(api.send("GET", "/login", null, null).body()).contains("青禾区治理平台");
	}

	@Test
	void aRequestIsRegisteredInTheDistrict() {
		PublicClient.Page receipt = PortalIT.submit(PublicClient.fresh(api.base()), "/public/submit",
				Map.of("address", "河西街道柳岸路 8 号", "lng", INSIDE.get("lng"), "lat", INSIDE.get("lat"),
						"description", "柳岸路路灯不亮，晚上很黑"),
				List.of());
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		String tracking = PortalIT.tracking(receipt);
		assertThat(tracking).startsWith("QH");
		Map<String, Object> kase = jdbc
			.sql("select street_code, community_code, territory_path from cases.case_record where tracking_number = :t")
			.param("t", tracking)
			.query()
			.singleRow();
		assertThat((String) kase.get("street_code")).isEqualTo("990102001000");
		assertThat((String) kase.get("community_code")).startsWith("990102001");
		assertThat((String) kase.get("territory_path")).startsWith("/990102/990102001000/");

		PublicClient.Page outside = PortalIT.submit(PublicClient.fresh(api.base()), "/public/submit",
				Map.of("lng", "117.16", "lat", "39.12", "description", "南门外大街的一个点，在本区之外"), List.of());
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("不在青禾区范围内");
	}
}
