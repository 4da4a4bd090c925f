package org.zhili.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.WebBrowser;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * Issue 21, what the probe had not tried: a web session ends after half an hour idle, and for good when its holder signs out (the old cookie,
 * replayed by whoever copied it, opens nothing), the session id changes at sign-in, and behind a proxy that speaks
 * TLS the answers carry HSTS and the session cookie is Secure — while over plain HTTP neither would make sense.
 */
@ZhiliIntegrationTest
class SessionEndIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionIdleLongerThanTheTimeoutIsOver() {
		WebBrowser browser = WebBrowser.at(api.base());
		browser.signIn("operator", Api.DEMO_PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		// Half an hour without a request (zhili.security.idle-timeout), on the session's record in the database.
		String id = new String(Base64.getDecoder().decode(session(browser)), StandardCharsets.UTF_8);
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
	void signingOutEndsTheSessionForWhoeverStillHoldsItsCookie() {
		WebBrowser browser = WebBrowser.at(api.base());
		String before = session(browser);
		browser.signIn("operator", Api.DEMO_PASSWORD);
		String session = session(browser);
		assertThat(session).as("a session after signing in").isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		// read before signing out: the answer to it clears the cookie from the browser
		String name = browser.sessionCookie().map(HttpCookie::getName).orElseThrow();

		HttpResponse<String> out = browser.signOut();
		assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");

		HttpResponse<String> replayed = WebBrowser.at(api.base(), "Cookie", name + "=" + session).get("/");
		assertThat(replayed.statusCode()).as("the old cookie after signing out").isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void behindATlsProxyAnswersCarryHstsAndTheSessionCookieIsSecure() {
		WebBrowser tls = WebBrowser.at(api.base(), "X-Forwarded-Proto", "https");
		HttpResponse<String> signedIn = tls.signIn("operator", Api.DEMO_PASSWORD);
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security").orElse(""))
			.contains("max-age=").contains("includeSubDomains");
		assertThat(signedIn.headers().allValues("Set-Cookie")).as("the renewed session cookie")
			.anyMatch(c -> c.contains("Secure") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));

		WebBrowser plain = WebBrowser.at(api.base());
		HttpResponse<String> overHttp = plain.signIn("operator", Api.DEMO_PASSWORD);
		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(overHttp.headers().allValues("Set-Cookie")).isNotEmpty()
			.allMatch(c -> c.contains("HttpOnly") && !c.contains("Secure"));
	}

	private static String session(WebBrowser browser) {
		return browser.sessionCookie().map(HttpCookie::getValue).orElse(null);
	}
}
