package org.zhili.open311.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.identity.PublicPaths;

/**
 * Open311 is open to every client: reading needs nothing, posting needs the {@code api_key} parameter. Clients
 * post forms without a session, so there is no CSRF token to check (and no cookie to ride on).
 */
@Configuration
class Open311Paths {

	@Bean
	PublicPaths open311PublicPaths() {
		return new PublicPaths(List.of("/open311/**"), List.of("/open311/**"));
	}
}
