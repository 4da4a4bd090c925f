package org.zhili.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(
			new SecurityProperties.Password(8, 3, Duration.ofDays(90), 5), new SecurityProperties.Lockout(5, Duration.ofMinutes(30)),
			Duration.ofMinutes(30), new SecurityProperties.Totp(true, "zhili"), Duration.ofHours(8), "", Duration.ofDays(180)));

	@Test
	void acceptsALongPasswordOfThreeClasses() {
		assertThat(policy.violations("zhangsan", "Nankai2026")).isEmpty();
		assertThat(policy.violations("zhangsan", "nankai#2026")).isEmpty();
	}

	@Test
	void refusesShortSimpleOrNameBearingPasswords() {
		assertThat(policy.violations("zhangsan", "Ab1#")).containsExactly("密码至少 8 位");
		assertThat(policy.violations("zhangsan", "abcdefgh12")).hasSize(1).first().asString().contains("至少 3 类");
		assertThat(policy.violations("zhangsan", "ZhangSan#2026")).containsExactly("密码不能包含用户名");
	}

	/** Issue 21, finding 7: Password1 passed the length and class rules. */
	@Test
	void refusesCommonPasswordsThatFitTheRulesWhateverTheirCase() {
		for (String common : new String[] { "Password1", "P@ssw0rd", "1qaz@WSX", "Admin@123", "Woaini1314" }) {
			assertThat(policy.violations("zhangsan", common)).as(common).containsExactly("密码过于常见，容易被猜中，请换一个");
		}
		assertThat(policy.violations("zhangsan", "Zhili@2026")).isEmpty();
	}

	@Test
	void retentionBelowTheLegalMinimumIsRefusedAtStart() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SecurityProperties(null, null, null, null, null, "",
				Duration.ofDays(30))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("180");
	}
}
