package org.zhili.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo (zhili.demo.*), bound only when it is on.
 *
 * @param enabled generate the demo on first start (the default)
 * @param password every demo account's password, read when the accounts are created
 * @param totpSecret Base32 second-factor secret of the demo administrators
 * @param open311ApiKey the secret of the demo Open311 client's API key (an integration scoped to the district)
 * @param cases how many cases, when there are none yet (0: none)
 * @param months how far back the first of them was registered
 * @param seed the seed of every random choice: the same seed, day and geography give the same cases
 */
@ConfigurationProperties("zhili.demo")
@ConditionalOnProperty(prefix = "zhili.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Zhili@2026") String password,
		@DefaultValue("NANKAIZHILIDEMOADMINTOTPSECRET23") String totpSecret,
		@DefaultValue("zk_demo_open311_nankai_2026") String open311ApiKey, @DefaultValue("20000") int cases,
		@DefaultValue("6") int months, @DefaultValue("20260101") long seed) {

	public DemoProperties {
		if (cases < 0 || months < 1) {
			throw new IllegalArgumentException("zhili.demo.cases must be 0 or more and zhili.demo.months at least 1");
		}
	}
}
