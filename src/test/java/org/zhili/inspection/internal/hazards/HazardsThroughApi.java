package org.zhili.inspection.internal.hazards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.zhili.platform.ChinaTime;
import org.zhili.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Hazard campaigns driven over HTTP as the demo accounts would: the office starts one, the team records visits. */
public final class HazardsThroughApi {

	public static final String CHANGHONG = "120104001000";
	public static final String GULOU = "120104002000";
	/** 光明路社区 of 长虹街道, guangminglu's community. */
	public static final String GUANGMINGLU = "120104001001";
	/** 雅云里社区 of 长虹街道. */
	public static final String YAYUNLI = "120104001003";
	public static final String EMERGENCY = "120104YJJ";
	public static final List<String> CHECKLIST = List.of("楼道停放", "飞线充电", "消防器材");

	private final Api api;

	public HazardsThroughApi(Api api) {
		this.api = api;
	}

	/**
	 * A campaign started by the supervision office, led by the emergency department, running from yesterday for a
	 * week, with one team (guangminglu records) and the given communities and places as sites.
	 */
	public long campaign(List<String> communities, List<Map<String, Object>> places) {
		return campaign(communities, places, List.of(Map.of("name", "刘洋", "username", "guangminglu"), Map.of("name", "王磊")));
	}

	/** A campaign as above whose one team has these members. */
	public long campaign(List<String> communities, List<Map<String, Object>> places, List<Map<String, String>> members) {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		Map<String, Object> body = new HashMap<>();
		body.put("name", "电动自行车充电夜查（测试" + UUID.randomUUID().toString().substring(0, 8) + "）");
		body.put("kind", "电动自行车充电");
		body.put("startsOn", today.minusDays(1).toString());
		body.put("endsOn", today.plusDays(7).toString());
		body.put("leadDepartment", EMERGENCY);
		body.put("checklist", CHECKLIST);
		body.put("teams", List.of(Map.of("name", "长虹夜查组", "streetCode", CHANGHONG, "members", members)));
		body.put("targets", Map.of("unitCodes", communities, "places", places));
		Api.Response r = api.post("/api/v1/inspection/hazard-campaigns", body, "supervisor");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	public List<JsonNode> sites(long campaignId) {
		Api.Response r = api.get("/api/v1/inspection/hazard-campaigns/" + campaignId + "/sites", "supervisor");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().valueStream().toList();
	}

	/** The site of a community (by code) or a place (by name). */
	public long site(long campaignId, String codeOrName) {
		return sites(campaignId).stream()
			.filter(s -> codeOrName.equals(s.path("unitCode").asString(null)) || codeOrName.equals(s.get("name").asString()))
			.findFirst().orElseThrow().get("id").asLong();
	}

	public static Map<String, Object> hazard(String description, String severity, boolean fixedOnSpot, String item) {
		Map<String, Object> h = new HashMap<>();
		h.put("description", description);
		h.put("severity", severity);
		h.put("fixedOnSpot", fixedOnSpot);
		h.put("checklistItem", item);
		return h;
	}

	public Api.Response tryVisit(long campaignId, long siteId, List<Map<String, Object>> hazards, String who) {
		Map<String, Object> body = new HashMap<>();
		body.put("siteId", siteId);
		body.put("checked", CHECKLIST);
		body.put("hazards", new ArrayList<>(hazards));
		return api.post("/api/v1/inspection/hazard-campaigns/" + campaignId + "/visits", body, who);
	}

	/** guangminglu records a visit now; answers it. */
	public JsonNode visit(long campaignId, long siteId, List<Map<String, Object>> hazards) {
		Api.Response r = tryVisit(campaignId, siteId, hazards, "guangminglu");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	/** The rectification a visit's one hazard opened. */
	public long rectificationOf(JsonNode visit) {
		JsonNode id = visit.get("hazards").valueStream().map(h -> h.get("rectificationId")).filter(n -> !n.isNull())
			.findFirst().orElseThrow();
		return id.asLong();
	}

	/** A campaign in 长虹街道 whose one hazard, found by guangminglu at 光明路社区, is handed to the street. */
	public long rectification(String severity) {
		long campaign = campaign(List.of(GUANGMINGLU), List.of());
		return rectificationOf(visit(campaign, site(campaign, GUANGMINGLU),
				List.of(hazard("楼道内私拉电线充电" + UUID.randomUUID().toString().substring(0, 6), severity, false, "飞线充电"))));
	}

	/** A small PNG, as a phone's camera would send a photo (the kit re-encodes it). */
	public static byte[] png() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
			}
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A form with text fields and photos (field {@code photos}) posted as {@code multipart/form-data}. */
	public HttpResponse<String> multipart(String path, String who, Map<String, String> fields, List<byte[]> photos) {
		String boundary = "zhili" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		for (int i = 0; i < photos.size(); i++) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"photo" + i
					+ ".png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(photos.get(i));
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + path))
			.header("Authorization", "Bearer " + api.token(who))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
