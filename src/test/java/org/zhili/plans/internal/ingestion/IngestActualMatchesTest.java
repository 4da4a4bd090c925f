package org.zhili.plans.internal.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestActualMatchesTest {

	@Test
	void namesOfTheSameThingAreSimilarOnceCountingVerbsAreSetAside() {
		assertThat(IngestActualMatches.similarity("新增公共停车泊位", "公共停车泊位")).isEqualTo(1.0);
		assertThat(IngestActualMatches.similarity("问题解决率", "全区问题解决率")).isEqualTo(1.0);
		assertThat(IngestActualMatches.similarity("背街里巷提升改造", "提升改造背街里巷")).isGreaterThanOrEqualTo(0.5);
		assertThat(IngestActualMatches.similarity("按时响应率", "问题解决率")).isLessThan(0.5);
		assertThat(IngestActualMatches.similarity("新增", "新增就业")).isZero();
	}
}
