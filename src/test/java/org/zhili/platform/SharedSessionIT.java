package org.zhili.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhili.support.Api;
import org.zhili.support.WebBrowser;
import org.zhili.support.ZhiliIntegrationTest;

/**
 * Web sessions live in the database, where every node reads them: a signed-in browser's session is a row of
 * {@code platform.spring_session} under its account, the node holds no copy of its own (the row deleted, the cookie
 * opens nothing any more), its cookie stays HttpOnly and SameSite, and anonymous requests still create no session.
 */
@ZhiliIntegrationTest
class SharedSessionIT {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInSessionIsARowInTheDatabaseAndNothingElse() {
		WebBrowser browser = WebBrowser.at(api.base());
		HttpResponse<String> signedIn = browser.signIn("leader", Api.DEMO_PASSWORD);
		assertThat(signedIn.headers().allValues("Set-Cookie")).as("the session cookie")
			.anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		// The cookie names the session (base64, as Spring Session writes it); the row is the account's.
		HttpCookie cookie = browser.sessionCookie().filter(c -> c.getName().equals("JSESSIONID")).orElseThrow();
		String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(jdbc.sql("select principal_name from platform.spring_session where session_id = :id")
			.param("id", sessionId).query(String.class).optional()).as("the session's row").contains("leader");
		assertThat(jdbc.sql("select count(*) from platform.spring_session_attributes a join platform.spring_session s"
				+ " on s.primary_id = a.session_primary_id where s.session_id = :id").param("id", sessionId)
			.query(Long.class).single()).as("its attributes (the security context)").isPositive();

		// Another node knows the session only from the database: without the row the cookie opens nothing.
		jdbc.sql("delete from platform.spring_session where session_id = :id").param("id", sessionId).update();
		HttpResponse<String> after = browser.get("/");
		assertThat(after.statusCode()).as("the cookie once its row is gone").isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void anonymousRequestsWriteNoSession() {
		long before = sessions();
		for (String path : new String[] { "/", "/cases", "/admin/users", "/api/v1/cases", "/plans" }) {
			HttpResponse<String> r = WebBrowser.at(api.base()).get(path);
			assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
		assertThat(sessions()).as("sessions in the database after anonymous requests").isEqualTo(before);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from platform.spring_session").query(Long.class).single();
	}

}
