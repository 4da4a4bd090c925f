package org.zhili.identity.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own chain, checked before the application's: health (and info) for load balancers and probes, to
 * everyone; the metrics only to the scraper, by HTTP Basic as {@code prometheus} with
 * {@code zhili.metrics.scrape-password}. They name every route with its counts (failed sign-ins included), the
 * sessions and the scheduled tasks: nothing an outsider should read. Without a password set, nobody reads them.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

	static final String SCRAPER = "prometheus";
	private static final String SCRAPE = "METRICS_SCRAPE";

	@Bean
	@Order(1)
	SecurityFilterChain actuatorChain(HttpSecurity http, PasswordEncoder encoder,
			@Value("${zhili.metrics.scrape-password:}") String scrapePassword) throws Exception {
		UserDetails scraper = scrapePassword.isBlank() ? null
				: User.withUsername(SCRAPER).password(encoder.encode(scrapePassword))
					.authorities(List.of(new SimpleGrantedAuthority(SCRAPE))).build();
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(username -> {
			if (scraper == null || !SCRAPER.equals(username)) {
				throw new UsernameNotFoundException(username);
			}
			return User.withUserDetails(scraper).build();
		});
		provider.setPasswordEncoder(encoder);
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.anyRequest().hasAuthority(SCRAPE))
			.authenticationManager(new ProviderManager(provider))
			.httpBasic(basic -> basic.realmName("zhili metrics"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}
}
