package org.zhili.plans.internal.ingestion;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenDeadlineTest {

	@Test
	void deadlinesAsTablesWriteThem() {
		assertThat(WrittenDeadline.parse("2026年12月31日", null)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(WrittenDeadline.parse("2026-06-30", null)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(WrittenDeadline.parse("2026年6月底", null)).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(WrittenDeadline.parse("9月底前", 2026)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(WrittenDeadline.parse("年底前", 2026)).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(WrittenDeadline.parse("长期坚持", 2026)).isNull();
		assertThat(WrittenDeadline.parse("9月底前", null)).isNull();
		assertThat(WrittenDeadline.parse("2026年2月30日", null)).isNull();
	}
}
