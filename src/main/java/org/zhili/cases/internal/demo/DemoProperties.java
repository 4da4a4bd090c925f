package org.zhili.cases.internal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo cases on first start (zhili.demo.*; {@code enabled} and the accounts are identity's).
 *
 * @param enabled generate demo data on first start
 * @param cases how many cases, when there are none yet (0: none)
 * @param months how far back the first of them was registered
 * @param seed the seed of every random choice: the same seed, day and geography give the same cases
 */
@ConfigurationProperties("zhili.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20000") int cases,
		@DefaultValue("6") int months, @DefaultValue("20260101") long seed) {

	DemoProperties {
		if (cases < 0 || months < 1) {
			throw new IllegalArgumentException("zhili.demo.cases must be 0 or more and zhili.demo.months at least 1");
		}
	}
}
