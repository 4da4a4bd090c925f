package org.zhili.dossiers.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The 一人一档 menu: the one view, and the early warnings. */
@Configuration(proxyBeanMethods = false)
class DossierNavigation {

	static final String GROUP = "nav.group.dossiers";

	@Bean
	static NavigationItem dossierItem() {
		return new NavigationItem(GROUP, "nav.dossiers", "/dossiers", "person-vcard", Permission.DOSSIER_VIEW.name(), 700);
	}

	@Bean
	static NavigationItem earlyWarningItem() {
		return new NavigationItem(GROUP, "nav.dossiers.warnings", "/early-warnings", "bell", Permission.EARLY_WARNING_VIEW.name(), 701);
	}
}
