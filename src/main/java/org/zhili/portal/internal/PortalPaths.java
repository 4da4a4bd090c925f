package org.zhili.portal.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;

/** The public pages need no sign-in; their forms still carry a CSRF token (they are used in a browser). */
@Configuration
class PortalPaths {

	@Bean
	PublicPaths portalPublicPaths() {
		return new PublicPaths(List.of("/public", "/public/**", "/portal/**"), List.of());
	}
}
