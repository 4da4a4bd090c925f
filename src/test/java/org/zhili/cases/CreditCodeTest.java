package org.zhili.cases;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 统一社会信用代码 (GB 32100-2015): real codes pass, and every single wrong character is caught. */
class CreditCodeTest {

	@Test
	void publishedCodesAreValid() {
		// 华为技术有限公司, 腾讯科技（深圳）有限公司, 北京小米科技有限责任公司, and the standard's own example
		for (String code : new String[] { "914403001922038216", "9144030071526726XG", "91110108551385082Q",
				"91350100M000100Y43", "91120104ma05k1230a" }) {
			assertThat(CreditCode.problem(code)).as(code).isEmpty();
		}
	}

	@Test
	void eachRuleHasItsOwnMessage() {
		assertThat(CreditCode.problem(null)).contains("请填写统一社会信用代码");
		assertThat(CreditCode.problem("91120104MA05K1230")).get().asString().contains("应为 18 位").contains("17 位");
		assertThat(CreditCode.problem("91120104MA05K123OA")).get().asString().contains("第 17 位").contains("不是有效字符");
		assertThat(CreditCode.problem("Z1120104MA05K1230A")).get().asString().contains("不是有效字符");
		assertThat(CreditCode.problem("B1120104MA05K1230A")).get().asString().contains("登记管理部门代码");
		assertThat(CreditCode.problem("95120104MA05K1230A")).get().asString().contains("机构类别代码");
		assertThat(CreditCode.problem("911201A4MA05K1230A")).get().asString().contains("行政区划代码");
		assertThat(CreditCode.problem("91120104MA05K1231A")).get().asString().contains("组织机构代码");
		assertThat(CreditCode.problem("91120104MA05K1230B")).get().asString().contains("校验位不符");
	}

	@Test
	void anySingleWrongCharacterOfAValidCodeIsRefused() {
		Random random = new Random(32100);
		String alphabet = CreditCode.ALPHABET;
		int checked = 0;
		while (checked < 2000) {
			StringBuilder organisation = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				organisation.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
			}
			for (char c : "0123456789X".toCharArray()) {
				if (CreditCode.organisationCodeValid(organisation.toString() + c)) {
					organisation.append(c);
					break;
				}
			}
			if (organisation.length() != 9) {
				continue;
			}
			String first17 = "91" + String.format("%06d", 110000 + random.nextInt(600000)) + organisation;
			String valid = first17 + CreditCode.checkCharacter(first17);
			assertThat(CreditCode.valid(valid)).as(valid).isTrue();
			int at = random.nextInt(18);
			char other = alphabet.charAt(random.nextInt(alphabet.length()));
			if (other == valid.charAt(at)) {
				continue;
			}
			String wrong = valid.substring(0, at) + other + valid.substring(at + 1);
			assertThat(CreditCode.valid(wrong)).as(wrong).isFalse();
			checked++;
		}
	}
}
