package org.zhili.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Calls the running application over HTTP as a given demo account, the way an API client would.
 * Tokens are fetched once per account and reused.
 */
public final class Api {

	/** The default {@code zhili.demo.password}. */
	public static final String DEMO_PASSWORD = "Zhili@2026";
	/** The default {@code zhili.demo.totp-secret} of the demo administrators. */
	public static final String DEMO_TOTP_SECRET = "NANKAIZHILIDEMOADMINTOTPSECRET23";

	/** The demo accounts that sign in without a one-time code (all but the administrators). */
	private static final Set<String> DEMO_WITHOUT_SECOND_FACTOR = Set.of("operator", "dispatcher",
			"changhong", "gulou", "guangminglu", "chengguan", "supervisor", "leader", "shichang", "inspector", "inspector2", "fazhi",
			"xinfang", "jiwei", "tiaojie", "tiaojie2", "yuqing", "jianduyuan", "zhibanzhang", "chengguanpq");
	private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An answer: status, body as text and, when it is JSON, parsed. */
	public record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	/** A cached token and how often the application's clock had been moved when it was last known good. */
	private record Token(String value, long clockMoves) {
	}

	private final IntSupplier port;
	private final LongSupplier clockMoves;

	/**
	 * Asks for the port when first used: the server has one only once it has started. {@code clockMoves}
	 * counts the moves of the application's clock; after one, a cached token is checked before it is used.
	 */
	public Api(IntSupplier port, LongSupplier clockMoves) {
		this.port = port;
		this.clockMoves = clockMoves;
	}

	public String base() {
		return "http://localhost:" + port.getAsInt();
	}

	/** Whether signing in as this account takes a one-time code: all but the demo accounts known to have none. */
	public static boolean needsOneTimeCode(String username) {
		return !DEMO_WITHOUT_SECOND_FACTOR.contains(username);
	}

	/**
	 * A bearer token for a demo account (administrators get their one-time code computed), fetched once and
	 * reused; if the application's clock was moved since, the token is checked first and fetched again if the
	 * application dropped it (a sign-in while the clock was far ahead removes the tokens that looked expired).
	 */
	public String token(String username) {
		String key = base() + "|" + username;
		long moves = clockMoves.getAsLong();
		return TOKENS.compute(key, (k, cached) -> {
			if (cached != null && cached.clockMoves() == moves) {
				return cached;
			}
			if (cached != null && send("GET", "/api/v1/auth/me", null, cached.value()).status() == 200) {
				return new Token(cached.value(), moves);
			}
			return new Token(signIn(username), moves);
		}).value();
	}

	private String signIn(String username) {
		// A fresh one-time code can mean waiting up to 30 s: skip it for the demo accounts without one.
		String code = needsOneTimeCode(username) ? freshDemoCode(username) : "";
		Response r = send("POST", "/api/v1/auth/token", Map.of("username", username, "password", DEMO_PASSWORD,
				"totp", code), null);
		if (r.status() != 200) {
			throw new IllegalStateException("cannot get a token for " + username + ": " + r.body());
		}
		return r.json().get("accessToken").asString();
	}

	public Response get(String path, String username) {
		return as(username, "GET", path, null);
	}

	public Response post(String path, Object body, String username) {
		return as(username, "POST", path, body);
	}

	public Response put(String path, Object body, String username) {
		return as(username, "PUT", path, body);
	}

	public Response delete(String path, String username) {
		return as(username, "DELETE", path, null);
	}

	private Response as(String username, String method, String path, Object body) {
		return send(method, path, body, username == null ? null : token(username));
	}

	/** Posts one file as {@code multipart/form-data} (field {@code file}), as the account. */
	public Response upload(String path, String username, String filename, String contentType, byte[] content) {
		String boundary = "zhili" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + token(username))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), null, response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A request with an explicit bearer (a token, an API key, or {@code null} for none). */
	/** The metrics as Prometheus scrapes them: HTTP Basic with the test configuration's scrape password. */
	public Response metrics() {
		String credential = java.util.Base64.getEncoder()
			.encodeToString("prometheus:test-scrape-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send("GET", "/actuator/prometheus", null, null, "Authorization", "Basic " + credential);
	}

	public Response send(String method, String path, Object body, String bearer, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else if (body instanceof String raw) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(raw));
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = null;
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("json") && !response.body().isEmpty()) {
				json = JSON.readTree(response.body());
			}
			return new Response(response.statusCode(), response.body(), json, response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	/**
	 * A one-time code (from the demo secret) that this JVM has not yet used for {@code username}. The server
	 * refuses a code used before (replay), so two sign-ins of one account within 30 seconds take the next
	 * step's code, which the server accepts as clock drift, or wait for it.
	 */
	public static synchronized String freshDemoCode(String username) {
		long step = Math.max(currentStep(), LAST_STEP.getOrDefault(username, 0L) + 1);
		// Codes of the step after the current one are accepted: wait only for a step further on.
		await("the one-time code of step " + step + " for " + username).atMost(Duration.ofSeconds(45))
			.pollInSameThread()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> step <= currentStep() + 1);
		LAST_STEP.put(username, step);
		return totp(DEMO_TOTP_SECRET, Instant.ofEpochSecond(step * 30));
	}

	/** The 30-second step of the real time, as authenticators count. */
	private static long currentStep() {
		return Instant.now().getEpochSecond() / 30;
	}

	/** The RFC 6238 code an authenticator shows for {@code secret} at {@code time}. */
	public static String totp(String secret, Instant time) {
		try {
			int code = new TimeBasedOneTimePasswordGenerator()
				.generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), time);
			return "%06d".formatted(code);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
