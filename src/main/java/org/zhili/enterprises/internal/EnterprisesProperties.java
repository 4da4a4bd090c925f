package org.zhili.enterprises.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param visitEveryDays how often a paired official visits, unless the pairing says otherwise
 * @param dueSoonDays a visit this close to due counts as near (a yellow light on the 工作台)
 */
@ConfigurationProperties("zhili.enterprises")
record EnterprisesProperties(Integer visitEveryDays, Integer dueSoonDays) {

	EnterprisesProperties {
		visitEveryDays = visitEveryDays == null ? 90 : visitEveryDays;
		dueSoonDays = dueSoonDays == null ? 7 : dueSoonDays;
	}
}
