package org.zhili.petitions.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.Permission;
import org.zhili.platform.NavigationItem;

/** The 信访 menu: the petitions, registering one, 领导包案, 积案化解, the year's figures. */
@Configuration(proxyBeanMethods = false)
class PetitionNavigation {

	static final String GROUP = "nav.group.petitions";

	@Bean
	static NavigationItem petitionsItem() {
		return new NavigationItem(GROUP, "nav.petitions", "/petitions", "envelope-paper", Permission.PETITION_VIEW.name(), 600);
	}

	@Bean
	static NavigationItem newPetitionItem() {
		return new NavigationItem(GROUP, "nav.petitions.new", "/petitions/new", "plus-circle", Permission.PETITION_REGISTER.name(), 601);
	}

	@Bean
	static NavigationItem petitionLeadersItem() {
		return new NavigationItem(GROUP, "nav.petitions.leaders", "/petitions/leaders", "person-badge", Permission.PETITION_VIEW.name(), 602);
	}

	@Bean
	static NavigationItem petitionCampaignsItem() {
		return new NavigationItem(GROUP, "nav.petitions.campaigns", "/petitions/campaigns", "inboxes", Permission.PETITION_VIEW.name(), 603);
	}

	@Bean
	static NavigationItem petitionFiguresItem() {
		return new NavigationItem(GROUP, "nav.petitions.figures", "/petitions/figures", "bar-chart", Permission.PETITION_VIEW.name(), 604);
	}
}
