package org.zhili.portal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public pages' limits (zhili.portal.*).
 *
 * @param perAddress most submissions from one network address within {@code addressWindow}
 * @param addressWindow the window of {@code perAddress}
 * @param perPhone most submissions with one contact phone within {@code phoneWindow}
 * @param phoneWindow the window of {@code perPhone}
 * @param humanCheckAfter submissions from one address within {@code addressWindow} after which the next one
 *     must answer a question first (人机验证)
 * @param trackAttempts most tracking look-ups from one address within {@code trackWindow} (a 4-digit phone
 *     suffix must not be guessable)
 * @param trackWindow the window of {@code trackAttempts}
 * @param maxPhotoBytes largest photo accepted
 */
@ConfigurationProperties("zhili.portal")
record PortalProperties(@DefaultValue("10") int perAddress, @DefaultValue("1h") Duration addressWindow,
		@DefaultValue("5") int perPhone, @DefaultValue("24h") Duration phoneWindow,
		@DefaultValue("2") int humanCheckAfter, @DefaultValue("30") int trackAttempts,
		@DefaultValue("10m") Duration trackWindow, @DefaultValue("5242880") int maxPhotoBytes) {
}
