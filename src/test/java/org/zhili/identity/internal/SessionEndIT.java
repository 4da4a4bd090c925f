package org.zhili.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * Issue 21, what the probe had not tried: a web session ends after half an hour idle, and for good when its holder signs out (the old cookie,
 * replayed by whoever copied it, opens nothing), the session id changes at sign-in, and behind a proxy that speaks
 * TLS the answers carry HSTS and the session cookie is Secure — while over plain HTTP neither would make sense.
 */
@ZhiliIntegrationTest
class SessionEndIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionIdleLongerThanTheTimeoutIsOver() throws Exception {
		Browser browser = new Browser(false);
		browser.signIn("operator");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		// Half an hour without a request (zhili.security.idle-timeout), on the session's record in the database.
		String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
		int aged = jdbc.sql("""
				update platform.spring_session set last_access_time = last_access_time - :idle,
				       expiry_time = expiry_time - :idle where session_id = :id""")
			.param("idle", Duration.ofMinutes(31).toMillis()).param("id", id).update();
		assertThat(aged).as("the session's record").isEqualTo(1);

		HttpResponse<String> after = browser.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void signingOutEndsTheSessionForWhoeverStillHoldsItsCookie() throws Exception {
		Browser browser = new Browser(false);
		String before = browser.sessionCookie();
		browser.signIn("operator");
		String session = browser.sessionCookie();
		assertThat(session).as("a session after signing in").isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		// read before signing out: the answer to it clears the cookie from the browser
		String name = browser.sessionCookieName();

		HttpResponse<String> out = browser.signOut();
		assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");

		HttpResponse<String> replayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + "/"))
			.header("Accept", "text/html").header("Cookie", name + "=" + session).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(replayed.statusCode()).as("the old cookie after signing out").isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void behindATlsProxyAnswersCarryHstsAndTheSessionCookieIsSecure() throws Exception {
		Browser tls = new Browser(true);
		HttpResponse<String> signedIn = tls.signIn("operator");
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security").orElse(""))
			.contains("max-age=").contains("includeSubDomains");
		assertThat(signedIn.headers().allValues("Set-Cookie")).as("the renewed session cookie")
			.anyMatch(c -> c.contains("Secure") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));

		Browser plain = new Browser(false);
		HttpResponse<String> overHttp = plain.signIn("operator");
		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(overHttp.headers().allValues("Set-Cookie")).isNotEmpty()
			.allMatch(c -> c.contains("HttpOnly") && !c.contains("Secure"));
	}

	/** A browser that keeps its cookies and follows no redirect; optionally behind a proxy that terminated TLS. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();
		private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		private final boolean tls;

		Browser(boolean tls) {
			this.tls = tls;
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username) throws Exception {
			return post("/login", "username=" + enc(username) + "&password=" + enc(Api.DEMO_PASSWORD), "/login");
		}

		HttpResponse<String> signOut() throws Exception {
			return post("/logout", "", "/");
		}

		/** Posts a form with the CSRF token of the page it is on, as the page's own form would. */
		private HttpResponse<String> post(String path, String form, String page) throws Exception {
			Matcher csrf = CSRF.matcher(get(page).body());
			assertThat(csrf.find()).as("a CSRF token on " + page).isTrue();
			String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf.group(1));
			return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).header("Accept", "text/html");
			return tls ? b.header("X-Forwarded-Proto", "https") : b;
		}

		String sessionCookie() {
			return session().map(HttpCookie::getValue).orElse(null);
		}

		String sessionCookieName() {
			return session().map(HttpCookie::getName).orElseThrow();
		}

		private java.util.Optional<HttpCookie> session() {
			List<HttpCookie> all = cookies.getCookieStore().getCookies();
			return all.stream().filter(c -> c.getName().equals("JSESSIONID") || c.getName().equals("SESSION")).findFirst();
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
