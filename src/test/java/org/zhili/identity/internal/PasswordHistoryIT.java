package org.zhili.identity.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, finding 7: a person changing their password may not go back to one they used lately, nor choose a
 * common one that fits the length and class rules.
 */
@ZhiliIntegrationTest
class PasswordHistoryIT {

	@Autowired
	Api api;

	@Autowired
	AccountSelfService self;

	@Autowired
	AccountRepository accounts;

	@Test
	void aPasswordUsedLatelyOrACommonOneIsRefused() {
		String username = "history" + System.nanoTime() % 1_000_000;
		Api.Response created = api.post("/api/v1/accounts", Map.of("username", username, "displayName", "历史测试",
				"roles", List.of("OPERATOR"), "scopeUnitCode", "120104"), "secadmin");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String first = created.json().get("oneTimePassword").asString();
		long id = accounts.findByUsername(username).orElseThrow().id();

		assertThat(self.changePassword(id, first, "Haitang#2026a", "Haitang#2026a", "127.0.0.1")).isEmpty();
		assertThat(self.changePassword(id, "Haitang#2026a", "Yuehua#2026b", "Yuehua#2026b", "127.0.0.1")).isEmpty();
		assertThat(self.changePassword(id, "Yuehua#2026b", "Haitang#2026a", "Haitang#2026a", "127.0.0.1"))
			.containsExactly("新密码不能与最近 5 次用过的密码相同");
		assertThat(self.changePassword(id, "Yuehua#2026b", first, first, "127.0.0.1"))
			.containsExactly("新密码不能与最近 5 次用过的密码相同");
		assertThat(self.changePassword(id, "Yuehua#2026b", "Password@123", "Password@123", "127.0.0.1"))
			.containsExactly("密码过于常见，容易被猜中，请换一个");
		assertThat(self.changePassword(id, "Yuehua#2026b", "Qiushui#2026c", "Qiushui#2026c", "127.0.0.1")).isEmpty();
	}
}
