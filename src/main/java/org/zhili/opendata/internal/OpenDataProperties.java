package org.zhili.opendata.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The terms every published dataset carries ({@code zhili.open-data.*}).
 *
 * @param licenceId the licence's identifier, as CKAN and DCAT name it
 * @param licenceTitle its name as people read it
 * @param licenceUrl where its text is
 */
@ConfigurationProperties("zhili.open-data")
record OpenDataProperties(@DefaultValue("CC-BY-4.0") String licenceId,
		@DefaultValue("知识共享署名 4.0 国际许可协议（CC BY 4.0）") String licenceTitle,
		@DefaultValue("https://creativecommons.org/licenses/by/4.0/") String licenceUrl) {
}
