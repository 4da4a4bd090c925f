package org.zhili.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhili.identity.Role;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhiliIntegrationTest
class SignInIT {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;


	@Test
	void aDemoAccountGetsATokenThatCarriesItsScope() {
		Api.Response me = api.get("/api/v1/auth/me", "changhong");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("roles").get(0).asString()).isEqualTo("STREET_OFFICIAL");
		assertThat(me.json().get("scope").get("unitCode").asString()).isEqualTo("120104001000");
		assertThat(me.json().get("scope").get("unitPath").asString()).isEqualTo("/120104/120104001000/");
	}

	/** Issue 21: five wrong passwords used to lock any account for 30 minutes; now it takes ten (SignInGuessingIT). */
	@Test
	void sixWrongPasswordsDoNotLockTheAccountAndTheAuditTrailShowsThem() {
		String username = newAccount("locktest");

		List<Integer> statuses = new java.util.ArrayList<>();
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Api.Response r = api.send("POST", "/api/v1/auth/token",
					Map.of("username", username, "password", "Wrong-pass-" + i), null);
			statuses.add(r.status());
			codes.add(r.json().get("code").asString());
		}
		Api.Response correct = api.send("POST", "/api/v1/auth/token",
				Map.of("username", username, "password", Api.DEMO_PASSWORD), null);

		assertThat(statuses).containsOnly(401);
		assertThat(codes).containsOnly("invalid_credentials");
		assertThat(correct.status()).isEqualTo(200);
		List<String> trail = jdbc.sql("""
				select action || ':' || outcome from identity.audit_event where target = :u order by id""")
			.param("u", username)
			.query(String.class)
			.list();
		assertThat(trail).containsExactly("identity.sign-in:FAILURE", "identity.sign-in:FAILURE",
				"identity.sign-in:FAILURE", "identity.sign-in:FAILURE", "identity.sign-in:FAILURE",
				"identity.sign-in:FAILURE", "identity.sign-in:SUCCESS", "identity.token.issued:SUCCESS");
	}

	@Test
	void administratorsNeedTheirOneTimeCode() {
		Api.Response withoutCode = api.send("POST", "/api/v1/auth/token",
				Map.of("username", "secadmin", "password", Api.DEMO_PASSWORD), null);

		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.json().get("code").asString()).isEqualTo("second_factor_invalid");
		assertThat(api.get("/api/v1/auth/me", "secadmin").status()).isEqualTo(200);
	}

	@Test
	void aRevokedOrUnknownTokenIsRefusedWithAProblem() {
		Api.Response unknown = api.send("GET", "/api/v1/auth/me", null, "zt_not-a-real-token");
		Api.Response none = api.send("GET", "/api/v1/auth/me", null, null);

		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("code").asString()).isEqualTo("invalid_token");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("code").asString()).isEqualTo("unauthorized");
	}

	@Test
	void anAccountThatMustChangeItsPasswordGetsNoToken() {
		String username = "fresh" + System.nanoTime() % 100000;
		accounts.insert(new AccountRepository.NewAccount(username, "测试", null, Set.of(Role.LEADER), "120104", true,
				passwords.encode(Api.DEMO_PASSWORD), true, null, false), Instant.now());

		Api.Response r = api.send("POST", "/api/v1/auth/token",
				Map.of("username", username, "password", Api.DEMO_PASSWORD), null);

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("code").asString()).isEqualTo("password_change_required");
	}

	private String newAccount(String prefix) {
		String username = prefix + System.nanoTime() % 100000;
		accounts.insert(new AccountRepository.NewAccount(username, "测试", null, Set.of(Role.LEADER), "120104", true,
				passwords.encode(Api.DEMO_PASSWORD), false, null, false), Instant.now());
		return username;
	}

	@Test
	void anExpiredTokenIsRefusedAndSaysSo() {
		String username = newAccount("expiry");
		String token = api.send("POST", "/api/v1/auth/token", Map.of("username", username, "password", Api.DEMO_PASSWORD),
				null).json().get("accessToken").asString();
		jdbc.sql("update identity.access_token set expires_at = now() - interval '1 minute' where account_id = :id")
			.param("id", accounts.findByUsername(username).orElseThrow().id())
			.update();

		Api.Response r = api.send("GET", "/api/v1/auth/me", null, token);

		assertThat(r.status()).isEqualTo(401);
		assertThat(r.json().get("code").asString()).isEqualTo("token_expired");
	}

	@Test
	void overLongOrMissingFieldsAreNamed() {
		Api.Response tooLong = api.send("POST", "/api/v1/auth/token",
				Map.of("username", "x".repeat(65), "password", "whatever"), null);
		Api.Response notJson = api.send("POST", "/api/v1/auth/token", "{\"username\": \"operator\", \"pass", null);

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().get("code").asString()).isEqualTo("malformed_body");
	}
}
