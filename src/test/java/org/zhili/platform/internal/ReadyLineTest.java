package org.zhili.platform.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyLineTest {

	@Test
	void namesThePortAndTheSecondsAndWhereTheDemoPasswordsAre() {
		assertThat(ReadyLine.text(8092, 12_345, true))
			.isEqualTo("zhili ready at http://localhost:8092 (12.3 s); demo accounts: see README, password zhili.demo.password");
	}

	@Test
	void saysNothingOfDemoAccountsWithoutTheDemo() {
		assertThat(ReadyLine.text(8080, 9_000, false)).isEqualTo("zhili ready at http://localhost:8080 (9.0 s)");
	}
}
