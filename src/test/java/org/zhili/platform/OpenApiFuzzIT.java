package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhili.support.Api;
import org.zhili.support.OwnApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint of the OpenAPI document, called with input generated from its own schema and broken on purpose:
 * wrong types, boundary and overflowing numbers, huge, malformed and hostile strings (SQL, script, path traversal,
 * lone surrogates, NUL), unknown fields, bodies of the wrong shape, malformed and deeply nested JSON, and path and
 * query parameters of the same kinds. Each request goes as a demo account that may call the endpoint (found by
 * asking each in turn), so that it passes authorization and reaches the validation. No answer may be a 5xx, and
 * none may show a stack trace or SQL.
 *
 * <p>Runs on an application of its own (own data directory, a small demo) since the requests that happen to be
 * valid really write. Deterministic: the same seed draws the same requests.
 */
class OpenApiFuzzIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final List<String> ACCOUNTS = List.of("operator", "dispatcher", "changhong", "guangminglu",
			"chengguan", "supervisor", "leader", "shichang", "xinfang", "tiaojie", "yuqing", "jianduyuan", "zhibanzhang",
			"chengguanpq", "sysadmin", "secadmin", "auditor");
	/** What a caller must never see: the inside of the server. */
	private static final Pattern LEAK = Pattern.compile(
			"(?i)exception|\\bat (org|java|jdk)\\.|org\\.postgresql|sqlstate|syntax error at|select .* from |stack ?trace");
	/** Signing out would end the account's token for the rest of the run. */
	private static final Set<String> SKIPPED = Set.of("DELETE /api/v1/auth/token");
	private static final String HUGE = "长".repeat(100_000);

	private static ConfigurableApplicationContext app;
	private static Api api;

	@BeforeAll
	static void start() {
		app = OwnApplication.start(Path.of("target/fuzz-data"), "--zhili.database.port=0",
				"--zhili.database.clean-on-start=true", "--zhili.demo.cases=300", "--spring.main.banner-mode=off",
				"--logging.level.root=ERROR");
		int port = OwnApplication.port(app);
		api = new Api(() -> port, () -> 0);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void noEndpointAnswers5xxOrShowsItsInsidesWhateverItIsSent() {
		JsonNode doc = api.send("GET", "/v3/api-docs", null, null).json();
		SplittableRandom random = new SplittableRandom(20261205);
		List<String> problems = new ArrayList<>();
		int requests = 0;
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				String method = op.getKey().toUpperCase();
				if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
						|| SKIPPED.contains(method + " " + path.getKey())
						// a live stream answers an allowed caller with a response that never ends (CockpitStreamIT
						// checks its answers to bad input)
						|| path.getKey().endsWith("/stream")) {
					continue;
				}
				Operation operation = new Operation(method, path.getKey(), op.getValue(), doc);
				String bearer = operation.callableBy();
				operations++;
				for (Request r : operation.brokenRequests(random)) {
					Api.Response answer = api.send(method, r.path(), r.body(), bearer, "X-Forwarded-For", address(random));
					requests++;
					if (answer.status() >= 500) {
						problems.add(answer.status() + " " + method + " " + r.path() + " " + shorten(r.body()) + " → "
								+ shorten(answer.body()));
					}
					else if (LEAK.matcher(answer.body()).find()) {
						problems.add("leak " + method + " " + r.path() + " → " + shorten(answer.body()));
					}
				}
			}
		}
		System.out.printf("fuzzed %d operations with %d requests, %d problems%n", operations, requests, problems.size());
		assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(200);
		assertThat(problems).as("answers that were 5xx or showed the server's insides").isEmpty();
	}

	/** A request: the path with its query, and the body (a node, a raw string, or none). */
	private record Request(String path, Object body) {
	}

	/** One operation of the document and the broken requests drawn for it. */
	private static final class Operation {

		private final String method;
		private final String template;
		private final JsonNode spec;
		private final JsonNode doc;

		Operation(String method, String template, JsonNode spec, JsonNode doc) {
			this.method = method;
			this.template = template;
			this.spec = spec;
			this.doc = doc;
		}

		/** A token of the first account that is not refused outright (else the first one's: still no 5xx). */
		String callableBy() {
			for (String account : ACCOUNTS) {
				String token = api.token(account);
				int status = api.send(method, path(Map.of()), bodySchema() == null ? null : "{}", token,
						"X-Forwarded-For", "192.0.2.1").status();
				if (status != 401 && status != 403) {
					return token;
				}
			}
			return api.token(ACCOUNTS.get(0));
		}

		List<Request> brokenRequests(SplittableRandom random) {
			List<Request> requests = new ArrayList<>();
			List<String> pathParams = params("path");
			for (String bad : List.of("0", "-1", "99999999999999999999", "abc", "%27%20or%201%3D1--", "..%2F..%2Fetc%2Fpasswd",
					"%E9%95%BF".repeat(300))) {
				if (pathParams.isEmpty()) {
					break;
				}
				Map<String, String> values = new LinkedHashMap<>();
				pathParams.forEach(p -> values.put(p, bad));
				requests.add(new Request(path(values), sample()));
			}
			for (String query : params("query")) {
				for (String bad : List.of("abc", "-1", "99999999999999999999", "2026-13-45", "%27%3B%20drop%20table%20x%3B--",
						"x".repeat(5000), "%EF%BF%BF")) {
					requests.add(new Request(path(Map.of()) + "?" + query + "=" + bad, sample()));
				}
			}
			JsonNode schema = bodySchema();
			if (schema != null) {
				for (String raw : List.of("{", "[]", "null", "\"x\"", "{\"a\":", nested("[", "]", 3000),
						nested("{\"a\":", "}", 3000), "{\"x\":\"\\ud800\"}")) {
					requests.add(new Request(path(Map.of()), raw));
				}
				JsonNode base = sample();
				if (base instanceof ObjectNode object) {
					ObjectNode unknown = object.deepCopy();
					unknown.put("zzUnknownField", "?");
					requests.add(new Request(path(Map.of()), JSON.writeValueAsString(unknown)));
					JsonNode properties = resolve(schema).get("properties");
					if (properties != null) {
						for (Map.Entry<String, JsonNode> property : properties.properties()) {
							for (JsonNode bad : badValues(resolve(property.getValue()), random)) {
								ObjectNode broken = object.deepCopy();
								broken.set(property.getKey(), bad);
								requests.add(new Request(path(Map.of()), JSON.writeValueAsString(broken)));
							}
						}
					}
				}
			}
			return requests;
		}

		/** Values of the wrong kind, at the edges, or hostile, for a property of this schema. */
		private List<JsonNode> badValues(JsonNode schema, SplittableRandom random) {
			String type = schema.path("type").asString("");
			List<JsonNode> bad = new ArrayList<>(List.of(NODES.objectNode().put("nested", 1)));
			switch (type) {
				case "integer", "number" -> bad.addAll(List.of(NODES.stringNode("abc"), NODES.numberNode(-1),
						NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), NODES.numberNode(1e308),
						NODES.numberNode(0.5)));
				case "boolean" -> bad.addAll(List.of(NODES.stringNode("yes"), NODES.numberNode(2)));
				case "array" -> {
					ArrayNode many = NODES.arrayNode();
					for (int i = 0; i < 5000; i++) {
						many.add("x" + i);
					}
					bad.addAll(List.of(NODES.stringNode("not a list"), NODES.arrayNode().addNull(), many));
				}
				case "object" -> bad.addAll(List.of(NODES.stringNode("not an object"), NODES.arrayNode()));
				default -> bad.addAll(List.of(NODES.numberNode(12345), NODES.stringNode(HUGE),
						NODES.stringNode("<script>alert(1)</script><img src=x onerror=alert(1)>"),
						NODES.stringNode("' OR 1=1; DROP TABLE cases.case_record; --"), NODES.stringNode("../../../etc/passwd"),
						NODES.stringNode("a\u0000b"), NODES.stringNode("2026-13-45T25:61:00"),
						NODES.stringNode("NOT_A_VALUE_" + random.nextInt(1000)), NODES.stringNode("")));
			}
			bad.add(NODES.nullNode());
			return bad;
		}

		/** A body of the schema's shape with ordinary values (or null without a body). */
		private JsonNode sample() {
			JsonNode schema = bodySchema();
			return schema == null ? null : sampleOf(resolve(schema), 0);
		}

		private JsonNode sampleOf(JsonNode schema, int depth) {
			if (schema.has("enum")) {
				return schema.get("enum").get(0);
			}
			return switch (schema.path("type").asString("object")) {
				case "integer", "number" -> NODES.numberNode(1);
				case "boolean" -> NODES.booleanNode(false);
				case "array" -> NODES.arrayNode();
				case "string" -> NODES.stringNode(switch (schema.path("format").asString("")) {
					case "date" -> "2026-12-01";
					case "date-time" -> "2026-12-01T08:00:00Z";
					default -> "测试内容";
				});
				default -> {
					ObjectNode object = NODES.objectNode();
					JsonNode properties = schema.get("properties");
					if (properties != null && depth < 3) {
						for (Map.Entry<String, JsonNode> p : properties.properties()) {
							object.set(p.getKey(), sampleOf(resolve(p.getValue()), depth + 1));
						}
					}
					yield object;
				}
			};
		}

		private JsonNode bodySchema() {
			JsonNode content = spec.path("requestBody").path("content");
			JsonNode json = content.path("application/json").path("schema");
			return json.isMissingNode() ? null : json;
		}

		private JsonNode resolve(JsonNode schema) {
			JsonNode ref = schema.get("$ref");
			if (ref != null) {
				String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
				return resolve(doc.path("components").path("schemas").path(name));
			}
			JsonNode allOf = schema.get("allOf");
			return allOf != null && allOf.size() == 1 ? resolve(allOf.get(0)) : schema;
		}

		private List<String> params(String in) {
			List<String> names = new ArrayList<>();
			for (JsonNode p : spec.path("parameters")) {
				if (in.equals(p.path("in").asString())) {
					names.add(p.path("name").asString());
				}
			}
			return names;
		}

		/** The path with its parameters filled: the given values, else {@code 0} (an id nobody has). */
		private String path(Map<String, String> values) {
			String path = template;
			for (String name : params("path")) {
				path = path.replace("{" + name + "}", values.getOrDefault(name, "0"));
			}
			return path;
		}
	}

	private static String nested(String open, String close, int depth) {
		return open.repeat(depth) + (open.startsWith("{") ? "1" : "") + close.repeat(depth);
	}

	private static String address(SplittableRandom random) {
		return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	private static String shorten(Object text) {
		String s = text instanceof JsonNode node ? JSON.writeValueAsString(node) : String.valueOf(text);
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}
}
