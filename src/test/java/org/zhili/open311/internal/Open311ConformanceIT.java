package org.zhili.open311.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.zhili.org.Locator;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GeoReport v2 (http://wiki.open311.org/GeoReport_v2), method by method, in both formats: what each answers,
 * its parameters and defaults, and each of its errors (404 not found, 403 missing or bad api_key, 400 otherwise),
 * always as the list of code and description.
 */
@ZhiliIntegrationTest
class Open311ConformanceIT {

	static final List<String> FORMATS = List.of("xml", "json");
	static final String NOISE = "C040203";
	static final String FACILITIES = "C010204";

	@Autowired
	Api api;

	@Autowired
	Locator locator;

	@Value("${zhili.demo.open311-api-key}")
	String apiKey;

	Open311Client client() {
		return new Open311Client(api.base());
	}

	// ---- errors ---------------------------------------------------------------------------------------

	/** The answer is the error list: every error carries the status as its code and says what is wrong. */
	static void isError(Open311Client.Answer a, int status, String fragment) {
		assertThat(a.status()).as(a.body()).isEqualTo(status);
		if (a.json() != null) {
			assertThat(a.json().isArray()).as(a.body()).isTrue();
			assertThat(a.json().size()).isPositive();
			for (JsonNode e : a.json()) {
				assertThat(e.get("code").asInt()).isEqualTo(status);
				assertThat(e.get("description").asString()).isNotBlank();
			}
			assertThat(a.body()).contains(fragment);
		}
		else {
			assertThat(a.root().getNodeName()).isEqualTo("errors");
			assertThat(a.children("errors")).isNotEmpty().allMatch("error"::equals);
			assertThat(a.children("error")).containsExactly("code", "description");
			assertThat(a.texts("code")).allMatch(c -> c.equals(String.valueOf(status)));
			assertThat(String.join(" ", a.texts("description"))).contains(fragment);
		}
	}

	// ---- discovery ------------------------------------------------------------------------------------

	@Test
	void discoveryNamesTheEndpointItsSpecificationAndFormats() {
		Open311Client.Answer xml = client().get("/discovery.xml");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.root().getNodeName()).isEqualTo("discovery");
		assertThat(xml.children("discovery")).containsExactly("changeset", "contact", "key_service", "endpoints");
		assertThat(xml.children("endpoint")).containsExactly("specification", "url", "changeset", "type", "formats");
		assertThat(xml.text("specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(xml.texts("format")).containsExactly("text/xml", "application/json");
		assertThat(xml.text("url")).isEqualTo(api.base() + "/open311/v2");
		JsonNode json = client().get("/discovery.json").json();
		assertThat(json.get("endpoints").get(0).get("formats").get(1).asString()).isEqualTo("application/json");
		assertThat(OffsetDateTime.parse(json.get("changeset").asString())).isNotNull();
	}

	// ---- services -------------------------------------------------------------------------------------

	@Test
	void servicesAreTheLeavesOfTheCategoryTreeWithMetadataWhereTheyAskAttributes() {
		Open311Client.Answer xml = client().get("/services.xml");
		assertThat(xml.root().getNodeName()).isEqualTo("services");
		assertThat(xml.children("services")).allMatch("service"::equals);
		assertThat(xml.children("service")).containsExactly("service_code", "service_name", "description", "metadata",
				"type", "keywords", "group");
		JsonNode json = client().get("/services.json").json();
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(xml.children("services").size()).isGreaterThan(100);
		JsonNode noise = find(json, "service_code", NOISE);
		assertThat(noise.get("service_name").asString()).isEqualTo("噪音污染");
		assertThat(noise.get("metadata").asBoolean()).isTrue();
		assertThat(noise.get("type").asString()).isEqualTo("realtime");
		assertThat(noise.get("group").asString()).isEqualTo("环境保护");
		assertThat(find(json, "service_code", "C040206").get("metadata").asBoolean()).isFalse();
		assertThat(json.valueStream().map(s -> s.get("service_code").asString())).as("only leaves")
			.doesNotContain("C04", "C0402");
		assertThat(client().get("/services.json?jurisdiction_id=120104").status()).isEqualTo(200);
		for (String f : FORMATS) {
			isError(client().get("/services." + f + "?jurisdiction_id=beijing"), 404, "jurisdiction_id");
		}
	}

	@Test
	void aServiceDefinitionListsItsAttributesInOrder() {
		JsonNode json = client().get("/services/" + NOISE + ".json").json();
		assertThat(json.get("service_code").asString()).isEqualTo(NOISE);
		JsonNode attributes = json.get("attributes");
		assertThat(attributes.valueStream().map(a -> a.get("code").asString())).containsExactly("NOTICE", "NOISE_TIME",
				"NOISE_SOURCE", "NOISE_SINCE");
		JsonNode time = attributes.get(1);
		assertThat(time.propertyNames()).containsExactly("variable", "code", "datatype", "required",
				"datatype_description", "order", "description", "values");
		assertThat(time.get("variable").asBoolean()).isTrue();
		assertThat(time.get("datatype").asString()).isEqualTo("singlevaluelist");
		assertThat(time.get("required").asBoolean()).isTrue();
		assertThat(time.get("order").asInt()).isEqualTo(2);
		assertThat(time.get("values").get(1).get("key").asString()).isEqualTo("NIGHT");
		assertThat(time.get("values").get(1).get("name").asString()).startsWith("夜间");
		assertThat(attributes.get(0).get("variable").asBoolean()).as("information only").isFalse();

		Open311Client.Answer xml = client().get("/services/" + NOISE + ".xml");
		assertThat(xml.root().getNodeName()).isEqualTo("service_definition");
		assertThat(xml.children("service_definition")).containsExactly("service_code", "attributes");
		assertThat(xml.children("attributes")).hasSize(4).allMatch("attribute"::equals);
		assertThat(xml.texts("key")).contains("DAY", "NIGHT", "CONSTRUCTION");
		assertThat(client().get("/services/C040206.json").json().get("attributes").size()).isZero();
		for (String f : FORMATS) {
			isError(client().get("/services/C999999." + f), 404, "service_code");
			isError(client().get("/services/" + NOISE + "." + f + "?jurisdiction_id=x"), 404, "jurisdiction_id");
		}
	}

	// ---- POST requests ---------------------------------------------------------------------------------

	/** A form with the demo key and a point in the district; {@code extra} entries are added (or, with null, removed). */
	List<Map.Entry<String, String>> form(String serviceCode, List<Map.Entry<String, String>> extra) {
		double[] point = pointInDistrict();
		List<Map.Entry<String, String>> form = new ArrayList<>(List.of(entry("api_key", apiKey),
				entry("service_code", serviceCode), entry("lat", String.valueOf(point[1])),
				entry("long", String.valueOf(point[0])), entry("description", "Open311 测试 " + UUID.randomUUID())));
		for (Map.Entry<String, String> e : extra) {
			form.removeIf(f -> f.getKey().equals(e.getKey()) && !e.getKey().endsWith("[]"));
			if (!"-".equals(e.getValue())) {
				form.add(e);
			}
		}
		return form;
	}

	double[] pointInDistrict() {
		for (double lat = 39.10; lat < 39.16; lat += 0.002) {
			for (double lng = 117.12; lng < 117.20; lng += 0.002) {
				if (locator.locate(lng, lat).filter(l -> l.grid() != null).isPresent()) {
					return new double[] { lng, lat };
				}
			}
		}
		throw new IllegalStateException("no point in the district");
	}

	@Test
	void postingARequestAnswersItsIdAndTokenAndTheRequestCanBeReadBack() {
		for (String f : FORMATS) {
			Open311Client.Answer created = client().post("/requests." + f, form(NOISE, List.of(
					entry("attribute[NOISE_TIME]", "NIGHT"), entry("attribute[NOISE_SOURCE][]", "CONSTRUCTION"),
					entry("attribute[NOISE_SOURCE][]", "BUSINESS"), entry("attribute[NOISE_SINCE]", "2026-05-01T22:00:00+08:00"),
					entry("first_name", "明"), entry("last_name", "王"), entry("phone", "13712345678"),
					entry("email", "wang@example.com"), entry("device_id", "device-1"), entry("account_id", "acct-9"),
					entry("media_url", "https://example.com/photo.jpg"), entry("jurisdiction_id", "120104"),
					entry("description", "夜间施工扰民，请回电13712345678"))));
			assertThat(created.status()).as(created.body()).isEqualTo(200);
			String id;
			String token;
			// Created at once (type realtime): the id, and no token beside it.
			if (f.equals("xml")) {
				assertThat(created.root().getNodeName()).isEqualTo("service_requests");
				assertThat(created.children("request")).containsExactly("service_request_id", "service_notice",
						"account_id");
				id = created.text("service_request_id");
				assertThat(created.text("account_id")).isEqualTo("acct-9");
			}
			else {
				JsonNode r = created.json().get(0);
				assertThat(r.propertyNames()).containsExactly("service_request_id", "service_notice", "account_id");
				id = r.get("service_request_id").asString();
				assertThat(r.get("service_notice").asString()).contains(id);
			}
			assertThat(id).startsWith("NK");
			// The extensions show the request's token, which GET tokens resolves.
			token = client().get("/requests/" + id + ".json?extensions=true").json().get(0).get("extended_attributes")
				.get("token").asString();

			JsonNode byToken = client().get("/tokens/" + token + ".json").json().get(0);
			assertThat(byToken.get("service_request_id").asString()).isEqualTo(id);
			assertThat(client().get("/tokens/" + token + ".xml").text("service_request_id")).isEqualTo(id);

			JsonNode request = client().get("/requests/" + id + ".json").json();
			assertThat(request.size()).isEqualTo(1);
			JsonNode r = request.get(0);
			assertThat(r.propertyNames()).containsExactly("service_request_id", "status", "status_notes", "service_name",
					"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
					"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
			assertThat(r.get("status").asString()).isEqualTo("open");
			assertThat(r.get("status_notes").asString()).isEqualTo("待派单");
			assertThat(r.get("service_code").asString()).isEqualTo(NOISE);
			assertThat(r.get("service_name").asString()).isEqualTo("噪音污染");
			assertThat(r.get("description").asString()).contains("【噪音主要出现在什么时段？】夜间").contains("建筑施工、商业经营");
			assertThat(r.get("media_url").asString()).isEqualTo("https://example.com/photo.jpg");
			assertThat(r.get("lat").asDouble()).isBetween(39.0, 39.3);
			assertThat(r.get("long").asDouble()).isBetween(117.0, 117.3);
			assertThat(r.get("requested_datetime").asString()).endsWith("+08:00");
			assertThat(OffsetDateTime.parse(r.get("requested_datetime").asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME))
				.isNotNull();
			assertThat(r.get("agency_responsible").isNull()).isTrue();
			assertThat(r.toString()).as("personal data stays inside").doesNotContain("13712345678").doesNotContain("王明");
			assertThat(r.get("description").asString()).startsWith("夜间施工扰民，请回电137****5678");

			Open311Client.Answer xml = client().get("/requests/" + id + ".xml");
			assertThat(xml.children("service_requests")).containsExactly("request");
			assertThat(xml.text("status")).isEqualTo("open");
			assertThat(xml.body()).contains("<address_id/>");
		}
	}

	@Test
	void aRequestByAddressOrAddressIdNeedsNoPoint() {
		Open311Client.Answer byAddress = client().post("/requests.json",
				form("C040206", List.of(entry("lat", "-"), entry("long", "-"), entry("address_string", "南开区长虹街道某路 1 号"))));
		assertThat(byAddress.status()).as(byAddress.body()).isEqualTo(200);
		String id = byAddress.json().get(0).get("service_request_id").asString();
		JsonNode r = client().get("/requests/" + id + ".json").json().get(0);
		assertThat(r.get("address").asString()).isEqualTo("南开区长虹街道某路 1 号");
		assertThat(r.get("lat").isNull()).isTrue();
		Open311Client.Answer byId = client().post("/requests.xml",
				form("C040206", List.of(entry("lat", "-"), entry("long", "-"), entry("address_id", "A-1024"))));
		assertThat(byId.status()).as(byId.body()).isEqualTo(200);
	}

	@Test
	void postingWithoutAValidApiKeyIs403() {
		Api.Response issued = api.post("/api/v1/api-keys", Map.of("name", "Open311 吊销测试 " + UUID.randomUUID(),
				"roles", List.of("INTEGRATION"), "scopeUnitCode", "120104"), "secadmin");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String revoked = issued.json().get("secret").asString();
		assertThat(client().post("/requests.json", form("C040206", List.of(entry("api_key", revoked)))).status())
			.as("a freshly issued key works").isEqualTo(200);
		api.delete("/api/v1/api-keys/" + issued.json().get("id").asLong(), "secadmin");
		for (String f : FORMATS) {
			isError(client().post("/requests." + f, form("C040206", List.of(entry("api_key", "-")))), 403, "api_key");
			isError(client().post("/requests." + f, form("C040206", List.of(entry("api_key", "zk_wrong")))), 403, "api_key");
			isError(client().post("/requests." + f, form("C040206", List.of(entry("api_key", revoked)))), 403, "api_key");
		}
	}

	@Test
	void everyBadInputOfAPostIs400NamingWhatIsWrongAndCreatesNothing() {
		record Bad(String why, String serviceCode, List<Map.Entry<String, String>> extra, String says) {
		}
		String noiseTime = "attribute[NOISE_TIME]";
		List<Bad> bad = List.of(new Bad("no service_code", null, List.of(entry("service_code", "-")), "service_code"),

				new Bad("no location", "C040206", List.of(entry("lat", "-"), entry("long", "-")), "location"),
				new Bad("lat without long", "C040206", List.of(entry("long", "-")), "long"),
				new Bad("not a number", "C040206", List.of(entry("lat", "north")), "lat"),
				new Bad("outside the district", "C040206", List.of(entry("lat", "39.9"), entry("long", "116.4")), "long"),
				new Bad("required attribute missing", NOISE, List.of(), "NOISE_TIME"),
				new Bad("not a key of the list", NOISE, List.of(entry(noiseTime, "NOON")), "NOISE_TIME"),
				new Bad("two values for one", NOISE, List.of(entry(noiseTime, "DAY"), entry("attribute[NOISE_TIME][]", "NIGHT")),
						"NOISE_TIME"),
				new Bad("multivaluelist key", NOISE, List.of(entry(noiseTime, "DAY"), entry("attribute[NOISE_SOURCE][]", "ALIENS")),
						"NOISE_SOURCE"),
				new Bad("not a datetime", NOISE, List.of(entry(noiseTime, "DAY"), entry("attribute[NOISE_SINCE]", "yesterday")),
						"NOISE_SINCE"),
				new Bad("not a number attribute", FACILITIES, List.of(entry("attribute[FACILITY]", "BENCH"),
						entry("attribute[COUNT]", "three")), "COUNT"),
				new Bad("media_url not a URL", "C040206", List.of(entry("media_url", "photo.jpg")), "media_url"),
				new Bad("email", "C040206", List.of(entry("email", "not-an-address")), "email"),
				new Bad("phone", "C040206", List.of(entry("phone", "call me")), "phone"),
				new Bad("description too long", "C040206", List.of(entry("description", "长".repeat(4001))), "description"));
		for (Bad b : bad) {
			for (String f : FORMATS) {
				String marker = "坏请求" + UUID.randomUUID().toString().substring(0, 8);
				List<Map.Entry<String, String>> extra = new ArrayList<>(b.extra());
				if (b.extra().stream().noneMatch(e -> e.getKey().equals("description"))) {
					extra.add(entry("description", marker));
				}
				Open311Client.Answer a = client().post("/requests." + f,
						form(b.serviceCode() == null ? "C040206" : b.serviceCode(), extra));
				assertThat(a.status()).as(b.why() + " (" + f + "): " + a.body()).isEqualTo(400);
				isError(a, 400, b.says());
				assertThat(api.get("/api/v1/cases?q=" + marker, "operator").json().get("total").asLong()).as(b.why())
					.isZero();
			}
		}
		Open311Client.Answer good = client().post("/requests.json", form(FACILITIES, List.of(entry("attribute[FACILITY]",
				"STREET_LIGHT"), entry("attribute[COUNT]", "2"), entry("attribute[PLATE]", ""),
				entry("description", "路灯不亮 Open311"))));
		assertThat(good.status()).as("the same form with good values (an empty one is not given): " + good.body())
			.isEqualTo(200);
		Open311Client.Answer echoed = client().post("/requests.json", form(NOISE, List.of(entry(noiseTime, "DAY"),
				entry("attribute[NOTICE]", "已阅"), entry("attribute[report_url]", "https://example.com/r/1"))));
		assertThat(echoed.status()).as("an information-only attribute sent back, and one of the client's own, are "
				+ "left out: " + echoed.body()).isEqualTo(200);
		String echoedId = echoed.json().get(0).get("service_request_id").asString();
		assertThat(client().get("/requests/" + echoedId + ".json").json().get(0).get("description").asString())
			.contains("【噪音主要出现在什么时段？】白天").doesNotContain("已阅").doesNotContain("report_url");
		for (String f : FORMATS) {
			isError(client().post("/requests." + f, form("C999999", List.of())), 404, "service_code");
		}
		isError(client().send("POST", "/requests.json", "application/json", "{\"service_code\":\"C040206\"}"), 400,
				"POST");
		isError(client().post("/requests.xml", form("C040206", List.of(entry("jurisdiction_id", "shanghai")))), 404,
				"jurisdiction_id");
	}

	// ---- GET requests -----------------------------------------------------------------------------------

	@Test
	void requestsDefaultToTheLast90DaysAndFilterByIdCodeDatesAndStatus() {
		JsonNode all = client().get("/requests.json").json();
		assertThat(all.size()).isBetween(1, 1000);
		OffsetDateTime ninetyDaysAgo = OffsetDateTime.now().minusDays(90).minusMinutes(1);
		assertThat(all.valueStream().map(r -> OffsetDateTime.parse(r.get("requested_datetime").asString())))
			.allMatch(t -> t.isAfter(ninetyDaysAgo));
		assertThat(all.valueStream().map(r -> r.get("status").asString())).allMatch(s -> s.equals("open") || s.equals("closed"));

		JsonNode closed = client().get("/requests.json?status=closed").json();
		assertThat(closed.size()).isPositive();
		assertThat(closed.valueStream().map(r -> r.get("status").asString())).containsOnly("closed");
		JsonNode open = client().get("/requests.json?status=open").json();
		assertThat(open.valueStream().map(r -> r.get("status").asString())).containsOnly("open");
		assertThat(client().get("/requests.json?status=open,closed").json().size()).isEqualTo(all.size());

		String a = closed.get(0).get("service_request_id").asString();
		String b = open.get(0).get("service_request_id").asString();
		JsonNode two = client().get("/requests.json?service_request_id=" + a + "," + b + "&status=open").json();
		assertThat(two.valueStream().map(r -> r.get("service_request_id").asString())).as("the other filters are ignored")
			.containsExactlyInAnyOrder(a, b);

		// a closed request with a service (other tests close cases that were never categorised)
		String code = closed.valueStream().map(r -> r.get("service_code").asString()).filter(c -> !c.isEmpty())
			.findFirst().orElseThrow();
		JsonNode ofCode = client().get("/requests.json?service_code=" + code).json();
		assertThat(ofCode.valueStream().map(r -> r.get("service_code").asString())).containsOnly(code);

		String end = OffsetDateTime.now().plusMinutes(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String start = OffsetDateTime.now().minusDays(2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		JsonNode recent = client().get("/requests.json?start_date=" + enc(start) + "&end_date=" + enc(end)).json();
		assertThat(recent.valueStream().map(r -> OffsetDateTime.parse(r.get("requested_datetime").asString())))
			.allMatch(t -> !t.isBefore(OffsetDateTime.parse(start).withNano(0)));

		Open311Client.Answer xml = client().get("/requests.xml?status=closed");
		assertThat(xml.root().getNodeName()).isEqualTo("service_requests");
		assertThat(xml.texts("status")).containsOnly("closed");

		for (String f : FORMATS) {
			isError(client().get("/requests." + f + "?status=pending"), 400, "status");
			isError(client().get("/requests." + f + "?start_date=yesterday"), 400, "start_date");
			isError(client().get("/requests." + f + "?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400,
					"90 days");
			isError(client().get("/requests." + f + "?jurisdiction_id=tianjin"), 404, "jurisdiction_id");
			isError(client().get("/requests/NK0000000000." + f), 404, "service_request_id");
			isError(client().get("/tokens/" + UUID.randomUUID() + "." + f), 404, "token");
		}
	}

	@Test
	void aDispatchedRequestNamesItsLeadUnitAndTheExtensionsAddItsUpdates() {
		Open311Client.Answer created = client().post("/requests.json", form("C040206", List.of()));
		String id = created.json().get(0).get("service_request_id").asString();
		long caseId = api.get("/api/v1/cases?q=" + id, "operator").json().get("items").get(0).get("id").asLong();
		Api.Response dispatched = api.post("/api/v1/cases/" + caseId + "/actions/dispatch", Map.of(), "dispatcher");
		assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
		String lead = dispatched.json().get("leadUnit").get("name").asString();

		JsonNode r = client().get("/requests/" + id + ".json").json().get(0);
		assertThat(r.get("agency_responsible").asString()).isEqualTo(lead);
		assertThat(r.get("status_notes").asString()).isEqualTo("待签收");
		assertThat(r.has("extended_attributes")).isFalse();

		JsonNode extended = client().get("/requests/" + id + ".json?extensions=true").json().get(0);
		JsonNode notes = extended.get("extended_attributes").get("notes");
		assertThat(notes.valueStream().map(n -> n.get("summary").asString())).containsExactly("已受理", "已派至" + lead);
		Open311Client.Answer xml = client().get("/requests/" + id + ".xml?extensions=true");
		assertThat(xml.children("notes")).containsExactly("note", "note");

		JsonNode page1 = client().get("/requests.json?page_size=5&page=1").json();
		JsonNode page2 = client().get("/requests.json?page_size=5&page=2").json();
		assertThat(page1.size()).isEqualTo(5);
		assertThat(page2.size()).isEqualTo(5);
		assertThat(page1.get(0).get("service_request_id").asString()).isNotEqualTo(page2.get(0).get("service_request_id").asString());
		JsonNode listed = client().get("/requests.json?page_size=3&extensions=true").json();
		assertThat(listed.get(0).get("extended_attributes").get("notes").size()).isPositive();
		for (String f : FORMATS) {
			isError(client().get("/requests." + f + "?page_size=0"), 400, "page_size");
			isError(client().get("/requests." + f + "?page=x"), 400, "page");
		}
	}

	// ---- anything else -----------------------------------------------------------------------------------

	@Test
	void unknownResourcesFormatsAndMethodsAnswerTheErrorList() {
		Consumer<Open311Client.Answer> notFound = a -> isError(a, 404, "");
		notFound.accept(client().get("/nothing.json"));
		notFound.accept(client().get("/nothing.xml"));
		notFound.accept(client().get("/services.html"));
		notFound.accept(client().get("/services/" + NOISE + ".csv"));
		isError(client().send("DELETE", "/requests.json", "text/plain", ""), 400, "DELETE");
		isError(client().send("PUT", "/services.xml", "text/plain", ""), 400, "PUT");
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		return array.valueStream().filter(n -> value.equals(n.get(field).asString())).findFirst().orElseThrow();
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}
}
