package org.zhili.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.zhili.identity.InitialAccess;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/**
 * The API key of the {@link InitialAccess} a module provides (the demo's Open311 client): an integration over
 * the whole district. Created once, while its name is free; revoking it in the key list is kept.
 */
@Component
class InitialApiKey implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(InitialApiKey.class);

	private final ApiKeys keys;
	private final ObjectProvider<InitialAccess> initial;
	private final OrgUnitDirectory units;

	InitialApiKey(ApiKeys keys, ObjectProvider<InitialAccess> initial, OrgUnitDirectory units) {
		this.keys = keys;
		this.initial = initial;
		this.units = units;
	}

	@Override
	public void afterSingletonsInstantiated() {
		InitialAccess access = initial.getIfAvailable();
		InitialAccess.ApiKey key = access == null ? null : access.apiKey();
		if (key == null || key.secret() == null || key.secret().isBlank() || keys.nameTaken(key.name())) {
			return;
		}
		if (!key.secret().startsWith(ApiKeys.PREFIX)) {
			log.warn("{} must start with {}; no key {} created", key.property(), ApiKeys.PREFIX, key.name());
			return;
		}
		String district = units.assignable().get(0).code();
		keys.issue(key.secret(), key.name(), Set.of(Role.INTEGRATION), district, true, null, "system");
		log.info("Created the API key {} ({})", key.name(), key.property());
	}
}
