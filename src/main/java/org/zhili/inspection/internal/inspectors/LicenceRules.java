package org.zhili.inspection.internal.inspectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an inspector's 执法证 needs attention ({@code zhili.inspection.libraries.licence}).
 *
 * @param warnDays days before expiry from which the licence is shown as expiring
 */
@ConfigurationProperties("zhili.inspection.libraries.licence")
public record LicenceRules(@DefaultValue("30") int warnDays) {

	public LicenceRules {
		if (warnDays < 0) {
			throw new IllegalArgumentException("zhili.inspection.libraries.licence.warn-days must not be negative");
		}
	}
}
