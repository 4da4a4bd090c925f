package org.zhili.inspection.internal.subjects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The 双随机、一公开 menu's libraries (一单两库): subjects, inspectors, matters. */
@Configuration(proxyBeanMethods = false)
class LibraryNavigation {

	static final String GROUP = "nav.group.inspection";

	@Bean
	static NavigationItem subjectLibraryItem() {
		return new NavigationItem(GROUP, "nav.inspection.subjects", "/inspection/subjects", "buildings",
				Permission.INSPECTION_VIEW.name(), 210);
	}

	@Bean
	static NavigationItem inspectorLibraryItem() {
		return new NavigationItem(GROUP, "nav.inspection.inspectors", "/inspection/inspectors", "person-badge",
				Permission.INSPECTION_VIEW.name(), 211);
	}

	@Bean
	static NavigationItem matterListItem() {
		return new NavigationItem(GROUP, "nav.inspection.matters", "/inspection/matters", "card-checklist",
				Permission.INSPECTION_VIEW.name(), 212);
	}
}
