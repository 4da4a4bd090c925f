package org.zhili.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo district's accounts (zhili.demo.*).
 *
 * @param enabled create the demo accounts on first start
 * @param password every demo account's password
 * @param totpSecret Base32 second-factor secret of the demo administrators
 * @param open311ApiKey the secret of the demo Open311 client's API key (an integration scoped to the district)
 */
@ConfigurationProperties("zhili.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Zhili@2026") String password,
		@DefaultValue("NANKAIZHILIDEMOADMINTOTPSECRET23") String totpSecret,
		@DefaultValue("zk_demo_open311_nankai_2026") String open311ApiKey) {
}
