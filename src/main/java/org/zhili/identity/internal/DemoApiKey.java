package org.zhili.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/**
 * With demo data on, one API key for trying Open311 clients: an integration over the whole district whose
 * secret is {@code zhili.demo.open311-api-key}. Created once; revoking it in the key list is kept.
 */
@Component
class DemoApiKey implements SmartInitializingSingleton {

	static final String NAME = "Open311 演示客户端";
	private static final Logger log = LoggerFactory.getLogger(DemoApiKey.class);

	private final ApiKeys keys;
	private final DemoProperties demo;
	private final OrgUnitDirectory units;

	DemoApiKey(ApiKeys keys, DemoProperties demo, OrgUnitDirectory units) {
		this.keys = keys;
		this.demo = demo;
		this.units = units;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!demo.enabled() || demo.open311ApiKey() == null || demo.open311ApiKey().isBlank() || keys.nameTaken(NAME)) {
			return;
		}
		if (!demo.open311ApiKey().startsWith(ApiKeys.PREFIX)) {
			log.warn("zhili.demo.open311-api-key must start with {}; no demo Open311 key created", ApiKeys.PREFIX);
			return;
		}
		String district = units.assignable().get(0).code();
		keys.issue(demo.open311ApiKey(), NAME, Set.of(Role.INTEGRATION), district, true, null, "system");
		log.info("Created the demo Open311 API key (zhili.demo.open311-api-key)");
	}
}
