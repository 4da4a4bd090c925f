package org.zhili.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.NavigationItem;

/** The administrators' menu entries. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationItem accountsMenu() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.accounts", "/admin/accounts", "people", "ACCOUNT_MANAGE", 900);
	}

	@Bean
	NavigationItem apiKeysMenu() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.apiKeys", "/admin/api-keys", "key", "API_KEY_MANAGE", 910);
	}

	@Bean
	NavigationItem auditMenu() {
		return new NavigationItem(NavigationItem.ADMINISTRATION, "nav.audit", "/admin/audit", "journal-check", "AUDIT_READ", 920);
	}
}
