package org.zhili.platform;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a security probe found answered wrongly (issue 21, findings 1, 5 and 6): a forwarded address believed from
 * any internal address, a NUL byte in a parameter answered
 * 500 or 409, a NUL in stored text 409, and someone without the permission learnt an administrative endpoint's
 * fields from a 400.
 */
@ZhiliIntegrationTest
class RequestHardeningIT {

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	/** Finding 1: X-Forwarded-For was believed from any internal address, so a client there could rotate it. */
	@Test
	void onlyAProxyOnTheSameHostMayNameTheClientsAddress() {
		Pattern trusted = Pattern.compile(environment.getRequiredProperty("server.tomcat.remoteip.internal-proxies"));
		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		for (String client : new String[] { "10.1.2.3", "192.168.1.20", "172.16.0.9", "169.254.1.1", "8.8.8.8" }) {
			assertThat(trusted.matcher(client).matches()).as(client).isFalse();
		}
	}

	@Test
	void aControlCharacterInAParameterIsBadInputNamingTheParameter() {
		for (String path : new String[] { "/api/v1/cases?state=%00", "/api/v1/cases?q=%00", "/api/v1/urban/components?q=a%1Bb",
				"/api/v1/plans?year=%00" }) {
			Api.Response r = api.get(path, "supervisor");
			assertThat(r.status()).as(path).isEqualTo(400);
			assertThat(r.json().get("code").asString()).isEqualTo("control_character");
			assertThat(r.body()).as(path).contains("\"field\":\"" + path.substring(path.indexOf('?') + 1, path.indexOf('=')) + "\"");
		}
		assertThat(api.get("/api/v1/cases?q=%E8%B7%AF%E7%81%AF%09", "supervisor").status()).isEqualTo(200);
	}

	@Test
	void aNulByteInStoredTextIsBadInputAndNothingIsWritten() {
		Api.Response r = api.put("/api/v1/urban/catalogue/EVENT/0693", Map.of("majorName", "扩展事件", "name", "占道\u0000洗车",
				"registerCondition", "占道洗车", "closeCondition", "停止并清理", "handlerSuffix", "CGW", "limitNormal", "4wh",
				"limitUrgent", "2h"), "zhibanzhang");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("bad_value");
		assertThat(api.get("/api/v1/urban/catalogue?kind=EVENT", "zhibanzhang").body()).doesNotContain("\"0693\"");
	}

	@Test
	void withoutThePermissionAnInvalidBodyIsRefusedBeforeItsFieldsAreNamed() {
		Api.Response outsider = api.post("/api/v1/org/departments", Map.of("bogus", 1), "changhong");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(outsider.body()).doesNotContain("shortName", "bogus");
		Api.Response catalogue = api.put("/api/v1/urban/catalogue/EVENT/0101", Map.of("bogus", 1), "jianduyuan");
		assertThat(catalogue.status()).isEqualTo(403);
		// Someone who holds it still gets the 400 that helps them.
		Api.Response insider = api.put("/api/v1/urban/catalogue/EVENT/0101", Map.of("bogus", 1), "zhibanzhang");
		assertThat(insider.status()).isEqualTo(400);
		assertThat(insider.body()).contains("bogus");
	}

	/** Finding 8: every anonymous request to a protected path created a server session. */
	@Test
	void anAnonymousSweepOfProtectedPathsLeavesNoSessionBehind() {
		for (String path : new String[] { "/cases", "/urban/patrol", "/plans", "/admin/accounts", "/api/v1/cases",
				"/api/v1/urban/cases/1", "/dossiers" }) {
			Api.Response r = api.send("GET", path, null, null, "Accept", "text/html");
			assertThat(r.status()).as(path).isIn(302, 401);
			assertThat(r.raw().headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
		}
	}

	/** Finding 3: no script but zhili's own files, where a link may send the address, which browser features a page may use. */
	@Test
	void pagesAndAnswersSayWhatTheyShareAndWhatTheyMayUse() {
		for (Api.Response r : new Api.Response[] { api.send("GET", "/login", null, null),
				api.get("/api/v1/urban/catalogue", "jianduyuan") }) {
			assertThat(r.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(r.header("Permissions-Policy")).contains("geolocation=(self)", "microphone=()");
			assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'self'")
				.doesNotContain("unsafe-inline' ;", "script-src 'self' 'unsafe");
		}
	}
}
