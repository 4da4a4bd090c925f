package org.zhili.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

	@Test
	void phonesKeepTheirFirstThreeAndLastFourDigits() {
		assertThat(PersonalData.phone("13812345678")).isEqualTo("138****5678");
		assertThat(PersonalData.phone("022-23456789")).isEqualTo("022-****6789");
		assertThat(PersonalData.phone("12345")).isEqualTo("*2345");
		assertThat(PersonalData.phone(null)).isNull();
	}

	@Test
	void namesKeepTheFamilyName() {
		assertThat(PersonalData.name("张三")).isEqualTo("张*");
		assertThat(PersonalData.name("王小明")).isEqualTo("王**");
		assertThat(PersonalData.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(PersonalData.name("李")).isEqualTo("李*");
	}

	@Test
	void idNumbersKeepRegionAndLastFour() {
		assertThat(PersonalData.idNumber("12010419900101123X")).isEqualTo("120104********123X");
		assertThat(PersonalData.idNumber("123")).isEqualTo("***");
	}
}
