package org.zhili.cases.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.TestImages;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input on the create, action and photo endpoints (seeded, so every run sends the same
 * requests): missing and wrong-typed fields, over-long text, invalid coordinates, unknown categories, units,
 * departments and actions, oversized and non-image files. Every answer must be a 4xx — never a 5xx — that
 * names the field when a field is wrong, and nothing may be written by a rejected request.
 */
@ZhiliIntegrationTest
class BadInputIT {

	/** A point inside 长虹街道. */
	static final double LNG = CaseLifecycleIT.LNG;
	static final double LAT = CaseLifecycleIT.LAT;
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	/** One bad request and what its answer must say. */
	record Bad(String what, String method, String path, String user, String contentType, byte[] body, String field) {
	}

	/** Cases in the states the actions need, made fresh for each test. */
	private long registered;
	private long handling;
	private long replied;
	private long callback;

	@BeforeEach
	void cases() {
		registered = create();
		handling = create();
		step(handling, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");
		step(handling, "accept", Map.of(), "changhong");
		replied = create();
		step(replied, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");
		step(replied, "accept", Map.of(), "changhong");
		step(replied, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong");
		callback = create();
		step(callback, "dispatch", Map.of("unitCode", "120104001000"), "dispatcher");
		step(callback, "accept", Map.of(), "changhong");
		step(callback, "reply", Map.of("result", "SOLVED", "note", "已处理"), "changhong");
		step(callback, "review", Map.of("approved", true), "dispatcher");
	}

	@Test
	void aThousandBadRequestsGetA4xxNamingTheFieldAndWriteNothing() {
		Random random = new Random(20261122);
		List<Bad> requests = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			requests.add(badCreate(random));
		}
		for (int i = 0; i < 450; i++) {
			requests.add(badAction(random));
		}
		for (int i = 0; i < 90; i++) {
			requests.add(badPhoto(random));
		}
		// Listeners still at work on earlier tests' cases (routing auto-dispatches on its own thread) count too.
		Awaitility.await("listeners done").atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from event_publication where completion_date is null") == 0);
		Map<String, Long> before = rows();
		List<String> failures = new ArrayList<>();
		for (Bad bad : requests) {
			HttpResponse<String> r = send(bad);
			String problem = check(bad, r);
			if (problem != null) {
				failures.add(bad.what() + " → " + r.statusCode() + " " + cut(r.body()) + ": " + problem);
			}
		}
		assertThat(requests).hasSizeGreaterThanOrEqualTo(1000);
		assertThat(failures).as(failures.size() + " of " + requests.size() + " answers were wrong").isEmpty();
		assertNothingWritten(before);
	}

	@Test
	void markupInTextIsStoredAsTextAndReturnedUnchanged() {
		String title = "<b>路灯</b> & \"不亮\" <script>alert('t')</script>";
		String description = "<img src=x onerror=alert(1)>小区门口路灯不亮 <a href=\"javascript:alert(2)\">点此</a> &lt;&amp;";
		Api.Response created = api.post("/api/v1/cases", Map.of("type", "COMPLAINT", "title", title, "description",
				description, "address", "<iframe src=//evil>", "location", Map.of("lng", LNG, "lat", LAT), "requester",
				Map.of("name", "<i>王</i>", "phone", "13912345678")), "operator");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		JsonNode read = api.get("/api/v1/cases/" + id, "dispatcher").json();
		assertThat(read.get("title").asString()).isEqualTo(title);
		assertThat(read.get("description").asString()).isEqualTo(description);
		assertThat(read.get("address").asString()).isEqualTo("<iframe src=//evil>");
		assertThat(jdbc.sql("select description from cases.case_record where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(description);
	}

	@Test
	void aBadPhotoWithANoteLeavesNeitherPhotoNorNote() {
		// Listeners still at work on earlier tests' cases (routing auto-dispatches on its own thread) count too.
		Awaitility.await("listeners done").atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from event_publication where completion_date is null") == 0);
		Map<String, Long> before = rows();
		HttpResponse<String> r = send(photo("photo with note, not an image", handling, "changhong", "现场照片",
				"notes.jpg", "这不是图片".getBytes(StandardCharsets.UTF_8), "file"));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"file\"");
		assertNothingWritten(before);
	}

	// ---- what the answers must be ---------------------------------------------------------------------

	/** Why the answer is wrong, or {@code null} when it is right. */
	private static String check(Bad bad, HttpResponse<String> r) {
		int status = r.statusCode();
		if (status >= 500) {
			return "a server error";
		}
		if (status < 400) {
			return "accepted";
		}
		if (bad.field() == null) {
			return null;
		}
		JsonNode errors;
		try {
			errors = JSON.readTree(r.body()).get("errors");
		}
		catch (RuntimeException e) {
			return "not a problem answer";
		}
		if (errors == null || !errors.isArray()) {
			return "no field named (expected " + bad.field() + ")";
		}
		for (JsonNode e : errors) {
			String field = e.get("field").asString();
			if (field.equals(bad.field()) || field.startsWith(bad.field() + ".") || field.startsWith(bad.field() + "[")) {
				return null;
			}
		}
		return "the field named is not " + bad.field();
	}

	/** Rows a rejected request must not add: cases, photos, and everything written about the test's cases. */
	private Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		String mine = "(" + registered + ", " + handling + ", " + replied + ", " + callback + ")";
		rows.put("cases", count("select count(*) from cases.case_record"));
		rows.put("photos", count("select count(*) from process.photo"));
		rows.put("events", count("select count(*) from cases.case_event where case_id in " + mine));
		rows.put("units", count("select count(*) from cases.case_unit where case_id in " + mine));
		rows.put("messages", count("select count(*) from process.inbox_message where loop = 'case' and item_id in " + mine));
		rows.put("versions", count("select sum(version) from cases.case_record where id in " + mine));
		rows.put("allEvents", count("select count(*) from cases.case_event"));
		rows.put("counters", count("select coalesce(sum(received + dispatched + accepted + returned + replied + reworked"
				+ " + rated + closed + duplicates + supervised), 0) from cases.unit_day_stats"));
		return rows;
	}

	/**
	 * Nothing the rejected requests could have written is there. The counters move only with a case's steps, so they
	 * are compared only when no step of any case was written meanwhile: timers of the shared application (a 督办
	 * climbing, an alarm going off) may take steps on other tests' cases at any moment.
	 */
	private void assertNothingWritten(Map<String, Long> before) {
		Map<String, Long> after = rows();
		if (!after.get("allEvents").equals(before.get("allEvents"))) {
			before.remove("counters");
			after.remove("counters");
		}
		before.remove("allEvents");
		after.remove("allEvents");
		assertThat(after).as("rows written by rejected requests").isEqualTo(before);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	// ---- generated requests -----------------------------------------------------------------------------

	private Map<String, Object> validCase() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "COMPLAINT");
		body.put("description", "小区门口路灯不亮已一周");
		body.put("location", new LinkedHashMap<>(Map.of("lng", LNG, "lat", LAT)));
		body.put("requester", new LinkedHashMap<>(Map.of("name", "王小明", "phone", "13912345678")));
		return body;
	}

	@SuppressWarnings("unchecked")
	private Bad badCreate(Random random) {
		Map<String, Object> body = validCase();
		Map<String, Object> location = (Map<String, Object>) body.get("location");
		Map<String, Object> requester = (Map<String, Object>) body.get("requester");
		int kind = random.nextInt(30);
		String field;
		switch (kind) {
			case 0 -> field = mutate(body, "type", null);
			case 1 -> field = mutate(body, "type", pick(random, "WHATEVER", "", "complaint!", 99, true, List.of()));
			case 2 -> field = mutate(body, "description", pick(random, null, "", "   ", "\n\t"));
			case 3 -> field = mutate(body, "description", text(random, 4001 + random.nextInt(3000)));
			case 4 -> field = mutate(body, "description", pick(random, Map.of("a", 1), List.of("x")));
			case 5 -> field = mutate(body, "title", text(random, 101 + random.nextInt(200)));
			case 6 -> field = mutate(body, "address", text(random, 201 + random.nextInt(300)));
			case 7 -> {
				location.put("lng", pick(random, 180.5 + random.nextInt(1000), -181.0 - random.nextInt(1000)));
				field = "location.lng";
			}
			case 8 -> {
				location.put("lat", pick(random, 90.5 + random.nextInt(1000), -90.5 - random.nextInt(1000)));
				field = "location.lat";
			}
			case 9 -> {
				location.remove(random.nextBoolean() ? "lng" : "lat");
				field = location.containsKey("lng") ? "location.lat" : "location.lng";
			}
			case 10 -> {
				// A real point, but not in Nankai (elsewhere in China, or at sea).
				location.put("lng", pick(random, 116.397, 121.47, 0.5, 117.3 + random.nextDouble()));
				location.put("lat", pick(random, 39.9, 31.23, 0.5, 38.5 - random.nextDouble()));
				field = "location.lng";
			}
			case 11 -> {
				location.put(random.nextBoolean() ? "lng" : "lat", pick(random, "east", "", List.of(1), Map.of()));
				field = location.get("lng") instanceof Number ? "location.lat" : "location.lng";
			}
			case 12 -> {
				location.put("crs", pick(random, "mars", "bd09", "EPSG:3857", "x".repeat(9)));
				field = "location.crs";
			}
			case 13 -> field = mutate(body, "location", pick(random, "here", 42, List.of(117.1, 39.1)));
			case 14 -> field = mutate(body, "categoryCode", pick(random, "C99", "C0199", "X01", "c01", "C" + random.nextInt(1000000),
					"C".repeat(17)));
			case 15 -> field = mutate(body, "urgency", pick(random, "MEGA", "urgent", 17));
			case 16 -> field = mutate(body, "channel", pick(random, "PIGEON", "hotline!", -1));
			case 17 -> {
				requester.put("phone", pick(random, "12345abc", "1391234567", "+86 139 1234 5678", "电话", "0" + random.nextInt(10)));
				field = "requester.phone";
			}
			case 18 -> {
				requester.put("phone", "1" + "3".repeat(20 + random.nextInt(10)));
				field = "requester.phone";
			}
			case 19 -> {
				requester.put("name", text(random, 51 + random.nextInt(100)));
				field = "requester.name";
			}
			case 20 -> {
				requester.put(pick(random, "anonymous", "confidential", "enterprise").toString(), pick(random, "maybe", List.of(), Map.of()));
				field = "requester";
			}
			case 21 -> {
				requester.remove("phone");
				body.put("channel", "HOTLINE");
				field = "requester.phone";
			}
			case 22 -> field = mutate(body, "answer", "已在电话中解答");
			case 23 -> {
				body.put("type", "CONSULTATION");
				field = mutate(body, "answer", text(random, 4001 + random.nextInt(500)));
			}
			case 24 -> {
				body.put("external", random.nextBoolean() ? Map.of("system", "CITY_12345") : Map.of("id", "TJ1"));
				field = "external";
			}
			case 25 -> {
				body.put("external", Map.of("system", "CITY_12345", "id", "9".repeat(65 + random.nextInt(10))));
				field = "external.id";
			}
			case 26 -> {
				body.put("external", Map.of("system", "CITY_12345", "id", "TJ" + random.nextInt(), "dueAt",
						pick(random, "yesterday", "2026-13-45", List.of())));
				field = "external.dueAt";
			}
			case 27 -> field = mutate(body, "requester", pick(random, "王小明", 13912345678L, List.of("a")));
			case 28 -> {
				return new Bad("create: malformed JSON", "POST", "/api/v1/cases", "operator", "application/json",
						pick(random, "{", "{\"type\":", "[1,2]", "\"text\"", "null", "{\"type\" \"COMPLAINT\"}", "")
							.toString()
							.getBytes(StandardCharsets.UTF_8),
						null);
			}
			default -> {
				return new Bad("create: not JSON", "POST", "/api/v1/cases", "operator",
						pick(random, "text/plain", "application/xml", "application/x-www-form-urlencoded").toString(),
						"type=COMPLAINT".getBytes(StandardCharsets.UTF_8), null);
			}
		}
		return json("create #" + kind + " " + field, "/api/v1/cases", "operator", body, field);
	}

	private Bad badAction(Random random) {
		int kind = random.nextInt(36);
		String longNote = text(random, 4001 + random.nextInt(1000));
		return switch (kind) {
			case 0 -> action(registered, "dispatch", "dispatcher", Map.of("unitCode", "9" + random.nextInt(100000)), "unitCode");
			case 1 -> action(registered, "dispatch", "dispatcher", Map.of("unitCode", "x".repeat(33 + random.nextInt(9))), "unitCode");
			case 2 -> action(registered, "dispatch", "dispatcher", Map.of("categoryCode", "C9" + random.nextInt(1000)), "categoryCode");
			case 3 -> action(registered, "dispatch", "dispatcher", Map.of("urgency", pick(random, "SUPER", 12, "urgent")), "urgency");
			case 4 -> action(registered, "dispatch", "dispatcher", Map.of("coUnits", pick(random, "120104CGW", 5, Map.of())), "coUnits");
			case 5 -> action(registered, "dispatch", "dispatcher", Map.of("coUnits", List.of("nope" + random.nextInt(99))), "coUnits");
			case 6 -> action(registered, "dispatch", "dispatcher", Map.of("note", longNote), "note");
			case 7 -> action(registered, "dispatch", "dispatcher", Map.of("version", pick(random, "abc", List.of(), 1.5e20)), "version");
			case 8 -> action(registered, "merge", "dispatcher", Map.of(), "masterCaseId");
			case 9 -> action(registered, "merge", "dispatcher", Map.of("masterCaseId", pick(random, "abc", true)), "masterCaseId");
			case 10 -> action(registered, "merge", "dispatcher", Map.of("masterCaseId", 900_000_000L + random.nextInt(1000)),
					"masterCaseId");
			case 11 -> action(registered, "merge", "dispatcher", Map.of("masterCaseId", registered), "masterCaseId");
			case 12 -> action(handling, "reply", "changhong", Map.of(), "result");
			case 13 -> action(handling, "reply", "changhong", Map.of("result", pick(random, "MAYBE", 9, "solved!"), "note", "好"), "result");
			case 14 -> action(handling, "reply", "changhong", Map.of("result", "SOLVED"), "note");
			case 15 -> action(handling, "reply", "changhong", Map.of("result", "SOLVED", "note", longNote), "note");
			case 16 -> action(handling, "extend", "changhong", Map.of("note", "需延期", "limit", pick(random, "abc", "99wd", "0wd",
					"-5wd", "5 days", "5y")), "limit");
			case 17 -> action(handling, "extend", "changhong", Map.of("note", "需延期"), "limit");
			case 18 -> action(handling, "extend", "changhong", Map.of("limit", "5wd"), "note");
			case 19 -> action(handling, "whistle", "changhong", Map.of(), "departments");
			case 20 -> action(handling, "whistle", "changhong", Map.of("departments", List.of("nope" + random.nextInt(99))),
					"departments");
			case 21 -> action(handling, "whistle", "changhong", Map.of("departments", pick(random, "120104CGW", 7)), "departments");
			case 22 -> action(handling, "whistle", "changhong",
					Map.of("departments", java.util.Collections.nCopies(31, "120104CGW")), "departments");
			case 23 -> action(handling, pick(random, "note", "suspend", "return").toString(), "changhong", Map.of(), "note");
			case 24 -> action(handling, "supervise", "supervisor", Map.of("note", "请加快"), "level");
			case 25 -> action(handling, "supervise", "supervisor", Map.of("level", pick(random, "PURPLE", 7, "red"), "note", "请加快"),
					"level");
			case 26 -> action(replied, "review", "dispatcher", Map.of(), "approved");
			case 27 -> action(replied, "review", "dispatcher", Map.of("approved", pick(random, "perhaps", List.of(), Map.of())), "approved");
			case 28 -> action(replied, "review", "dispatcher", Map.of("approved", false), "note");
			case 29 -> action(callback, "callback", "operator", Map.of(), "reached");
			case 30 -> action(callback, "callback", "operator", Map.of("reached", pick(random, "yes", List.of(), Map.of())), "reached");
			case 31 -> action(callback, "callback", "operator", Map.of("reached", true), "solved");
			case 32 -> action(callback, "callback", "operator", Map.of("reached", true, "solved", true, "satisfaction",
					pick(random, "UNRATED", "HAPPY", 9)), "satisfaction");
			case 33 -> action(random.nextBoolean() ? registered : handling,
					"x" + Integer.toString(random.nextInt(1 << 20), 36), "dispatcher", Map.of(), null);
			case 34 -> new Bad("action on a case that does not exist", "POST",
					"/api/v1/cases/" + pick(random, 999_999_999L + random.nextInt(1000), "abc", "-1", "1.5") + "/actions/accept",
					"dispatcher", "application/json", "{}".getBytes(StandardCharsets.UTF_8), null);
			default -> new Bad("action: malformed JSON", "POST", "/api/v1/cases/" + handling + "/actions/reply", "changhong",
					"application/json", pick(random, "{", "[1]", "\"SOLVED\"", "{\"result\":}").toString()
						.getBytes(StandardCharsets.UTF_8),
					null);
		};
	}

	private Bad badPhoto(Random random) {
		byte[] junk = new byte[16 + random.nextInt(2000)];
		random.nextBytes(junk);
		int kind = random.nextInt(10);
		String note = random.nextBoolean() ? "现场照片" : null;
		return switch (kind) {
			case 0 -> photo("text as a photo", handling, "changhong", note, "photo.jpg", "就是一段文字".getBytes(StandardCharsets.UTF_8), "file");
			case 1 -> photo("a GIF", handling, "changhong", note, "a.gif", concat("GIF89a".getBytes(StandardCharsets.US_ASCII), junk), "file");
			case 2 -> photo("a PDF", handling, "changhong", note, "a.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), junk), "file");
			case 3 -> photo("a broken JPEG", handling, "changhong", note, "b.jpg", concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, junk),
					"file");
			case 4 -> photo("a broken PNG", handling, "changhong", note, "b.png",
					concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }, junk), "file");
			case 5 -> photo("an empty file", handling, "changhong", note, "empty.jpg", new byte[0], "file");
			case 6 -> photo("a file over 5 MB", handling, "changhong", note, "big.jpg",
					concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }, new byte[5 * 1024 * 1024 + random.nextInt(1000)]), "file");
			case 7 -> photo("no file part", handling, "changhong", "只有说明", null, null, "file");
			case 8 -> photo("an over-long note", handling, "changhong", text(random, 4001 + random.nextInt(100)), "p.png", TestImages.png(1, 1), "note");
			default -> new Bad("photo sent as JSON", "POST", "/api/v1/cases/" + handling + "/attachments", "changhong",
					"application/json", "{\"file\":\"AAAA\"}".getBytes(StandardCharsets.UTF_8), null);
		};
	}

	// ---- building and sending ---------------------------------------------------------------------------

	private static String mutate(Map<String, Object> body, String field, Object value) {
		if (value == null) {
			body.remove(field);
		}
		else {
			body.put(field, value);
		}
		return field;
	}

	private Bad action(long caseId, String action, String user, Map<String, ?> body, String field) {
		return json(action + " " + field + " " + body.keySet(), "/api/v1/cases/" + caseId + "/actions/" + action, user, body, field);
	}

	private static Bad json(String what, String path, String user, Object body, String field) {
		return new Bad(what, "POST", path, user, "application/json", JSON.writeValueAsBytes(body), field);
	}

	private static Bad photo(String what, long caseId, String user, String note, String fileName, byte[] file,
			String field) {
		String boundary = "----zhili" + Long.toHexString(Double.doubleToLongBits(Math.random()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Consumer<String> w = s -> out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
		if (note != null) {
			w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n");
		}
		if (file != null) {
			w.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: image/jpeg\r\n\r\n");
			out.writeBytes(file);
			w.accept("\r\n");
		}
		w.accept("--" + boundary + "--\r\n");
		return new Bad("photo: " + what, "POST", "/api/v1/cases/" + caseId + "/attachments", user,
				"multipart/form-data; boundary=" + boundary, out.toByteArray(), field);
	}

	private HttpResponse<String> send(Bad bad) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + bad.path()))
			.header("Authorization", "Bearer " + api.token(bad.user()))
			.header("Content-Type", bad.contentType())
			.method(bad.method(), HttpRequest.BodyPublishers.ofByteArray(bad.body()))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(bad.what(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private long create() {
		Api.Response r = api.post("/api/v1/cases", validCase(), "operator");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private void step(long id, String action, Map<String, Object> input, String who) {
		Api.Response r = api.post("/api/v1/cases/" + id + "/actions/" + action, input, who);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	/** Chinese text of a given length, with some markup and control characters mixed in. */
	private static String text(Random random, int length) {
		String alphabet = "诉求路灯小区物业噪音扰民垃圾清运<>&\"' \n";
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return new String(chars);
	}

	private static Object pick(Random random, Object... values) {
		return values[random.nextInt(values.length)];
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static String cut(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}
}
