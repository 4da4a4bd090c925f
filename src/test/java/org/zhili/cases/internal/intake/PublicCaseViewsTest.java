package org.zhili.cases.internal.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the public reads of free text: phone and ID numbers someone typed into it are masked. */
class PublicCaseViewsTest {

	@Test
	void phoneAndIdNumbersInFreeTextAreMasked() {
		assertThat(PublicCaseViews.published("请回电13912345678，身份证120104198001011234。"))
			.isEqualTo("请回电139****5678，身份证120104********1234。");
		assertThat(PublicCaseViews.published("身份证12010419800101123X")).isEqualTo("身份证120104********123X");
		assertThat(PublicCaseViews.published("工单NK26110003001，3 号楼 20 户，电话 022-12345678"))
			.as("tracking numbers, counts and landlines stay").isEqualTo("工单NK26110003001，3 号楼 20 户，电话 022-12345678");
		assertThat(PublicCaseViews.published("编号 139123456789 不是手机号")).isEqualTo("编号 139123456789 不是手机号");
		assertThat(PublicCaseViews.published(null)).isNull();
	}
}
