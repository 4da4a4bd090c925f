package org.zhili.urban.internal.components;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 16-digit 部件标识码: district code + 大类 + 小类 + 6-digit sequence (DU-8). */
class ComponentCodeTest {

	@Test
	void theIdentifierIsTheDistrictTheClassAndASixDigitSequence() {
		ComponentCode code = new ComponentCode("120104", "0101", 1);
		assertThat(code.value()).isEqualTo("1201040101000001").hasSize(16);
		assertThat(ComponentCode.parse("1201040203012345")).isEqualTo(new ComponentCode("120104", "0203", 12345));
		assertThat(ComponentCode.parse("1201040203012345").majorCode()).isEqualTo("02");
		assertThat(ComponentCode.problem("1201040101000001", "120104", "0101")).isEmpty();
		assertThat(ComponentCode.problem("1201040101000001", "120104", null)).isEmpty();
	}

	@Test
	void aWrongIdentifierIsExplainedInChinese() {
		assertThat(ComponentCode.problem("120104010100001", "120104", null)).hasValueSatisfying(
				p -> assertThat(p).contains("16位").contains("15位"));
		assertThat(ComponentCode.problem("12010401010000A1", "120104", null)).hasValueSatisfying(
				p -> assertThat(p).contains("数字"));
		assertThat(ComponentCode.problem("1201030101000001", "120104", null)).hasValueSatisfying(
				p -> assertThat(p).contains("120104").contains("120103"));
		assertThat(ComponentCode.problem("1201040101000001", "120104", "0110")).hasValueSatisfying(
				p -> assertThat(p).contains("0101").contains("0110"));
		assertThat(ComponentCode.problem("1201040101000000", "120104", "0101")).hasValueSatisfying(
				p -> assertThat(p).contains("000001"));
		assertThat(ComponentCode.problem(" ", "120104", "0101")).isPresent();
	}

	@Test
	void sequencesStayWithinSixDigits() {
		assertThat(new ComponentCode("120104", "0303", 999_999).value()).isEqualTo("1201040303999999");
		assertThatThrownBy(() -> new ComponentCode("120104", "0303", 1_000_000)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ComponentCode("120104", "0303", 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ComponentCode("12010", "0303", 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
