package org.zhili.cases.internal.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cases published as open data ({@code zhili.cases.open-data.*}).
 *
 * @param days how far back the dataset reaches, from today
 * @param maxRows at most this many cases, the newest
 */
@ConfigurationProperties("zhili.cases.open-data")
record OpenCasesProperties(@DefaultValue("90") int days, @DefaultValue("50000") int maxRows) {

	OpenCasesProperties {
		if (days < 1 || maxRows < 1) {
			throw new IllegalArgumentException("zhili.cases.open-data.days and max-rows must be at least 1");
		}
	}
}
