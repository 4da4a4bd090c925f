package org.zhili.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	/** The policy as configured when application.yml says nothing. */
	final PasswordPolicy policy = new PasswordPolicy(SignInLimitsTest.defaults());

	@Test
	void acceptsALongPasswordOfThreeClasses() {
		assertThat(policy.violations("zhangsan", "Haihe2026Qiao")).isEmpty();
		assertThat(policy.violations("zhangsan", "haihe#2026qiao")).isEmpty();
	}

	@Test
	void refusesShortSimpleOrNameBearingPasswords() {
		assertThat(policy.violations("zhangsan", "Ab1#")).containsExactly("密码至少 12 位");
		// 等保: at least 12 characters; 11 were accepted before issue 21.
		assertThat(policy.violations("zhangsan", "Nankai#2027")).containsExactly("密码至少 12 位");
		assertThat(policy.violations("zhangsan", "abcdefghij12")).hasSize(1).first().asString().contains("至少 3 类");
		assertThat(policy.violations("zhangsan", "ZhangSan#2026")).containsExactly("密码不能包含用户名");
	}

	/** Issue 21, finding 7: Password1 passed the length and class rules. */
	@Test
	void refusesCommonPasswordsThatFitTheRulesWhateverTheirCase() {
		for (String common : new String[] { "Password1", "P@ssw0rd", "1qaz@WSX", "Admin@123", "Woaini1314" }) {
			assertThat(policy.violations("zhangsan", common)).as(common).contains("密码过于常见，容易被猜中，请换一个");
		}
		for (String common : new String[] { "Password@123", "1qaz2WSX3edc", "Admin@123456", "Qwerty@12345" }) {
			assertThat(policy.violations("zhangsan", common)).as(common).containsExactly("密码过于常见，容易被猜中，请换一个");
		}
		assertThat(policy.violations("zhangsan", "Zhili@2026Hh")).isEmpty();
	}

	@Test
	void retentionBelowTheLegalMinimumIsRefusedAtStart() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SecurityProperties(null, null, null, null, null, null, "",
				Duration.ofDays(30))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("180");
	}
}
