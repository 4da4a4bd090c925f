package org.zhili.identity.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.PublicPaths;
import org.zhili.platform.DataDirectory;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One filter chain for pages and API: people sign in on the login page and get a session (with CSRF
 * protection); programs send a bearer token or API key and get no session. API clients receive 401/403
 * problems, browsers are sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignIn signIn, Principals principals,
			BearerAuthentication bearer, AccountRepository accounts, JdbcAuditTrail audit, JsonMapper json,
			List<PublicPaths> publicPaths) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint(json);
		FormSignIn formSignIn = new FormSignIn(signIn, principals);
		RequestMatcher api = pathPattern("/api/**");
		RequestMatcher bearerRequests = BearerTokenFilter::hasBearer;
		RequestMatcher tokenEndpoint = pathPattern(HttpMethod.POST, "/api/v1/auth/token");
		// Paths other modules serve to everyone (public pages, Open311), and those posted to without a session.
		List<RequestMatcher> openPaths = publicPaths.stream()
			.flatMap(p -> p.open().stream())
			.map(p -> (RequestMatcher) pathPattern(p))
			.toList();
		List<RequestMatcher> postedWithoutSession = publicPaths.stream()
			.flatMap(p -> p.withoutCsrf().stream())
			.map(p -> (RequestMatcher) pathPattern(p))
			.toList();
		RequestMatcher open = request -> openPaths.stream().anyMatch(m -> m.matches(request));
		RequestMatcher withoutCsrf = request -> postedWithoutSession.stream().anyMatch(m -> m.matches(request));

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers(tokenEndpoint)
			.permitAll()
			.requestMatchers(open)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationProvider(formSignIn)
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(FormSignIn.DETAILS)
				.failureHandler(formSignIn)
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.append(authentication.getName(), request.getRemoteAddr(), AuditActions.SIGN_OUT,
								authentication.getName(), AuditOutcome.SUCCESS, "退出登录");
					}
				})
				.logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new BearerTokenFilter(bearer, problems), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountStateFilter(accounts, principals, json), AuthorizationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearerRequests, tokenEndpoint)
				.ignoringRequestMatchers(withoutCsrf))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
				.defaultAccessDeniedHandlerFor(problems, api))
			.requestCache(cache -> cache.requestCache(pageToReturnTo(api)))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				// Scripts only from zhili's own files: a script that slipped into a stored text cannot run. Styles may
				// be inline (Bootstrap, Leaflet and ECharts set them); photos and previews are data: and blob: images.
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// the 监督员's and grid worker's phone pages locate themselves and take photos; nothing else is asked for
				.permissionsPolicyHeader(permissions -> permissions
					.policy("geolocation=(self), camera=(self), microphone=(), payment=(), usb=(), interest-cohort=()")));
		return http.build();
	}

	/**
	 * Where a browser sent to the login page returns afterwards, kept in a cookie rather than a session: otherwise every
	 * anonymous request to a protected path would create a server session (a sweep of paths, thousands of them).
	 * API requests are answered 401 and have nowhere to return to.
	 */
	private static RequestCache pageToReturnTo(RequestMatcher api) {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"), new NegatedRequestMatcher(api)));
		return cache;
	}

	@Bean
	HttpFirewall httpFirewall() {
		return FirewallRules.firewall();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	FieldCipher fieldCipher(DataDirectory dataDirectory, SecurityProperties properties) {
		return new AesGcmFieldCipher(new KeyStore(dataDirectory).key("field-encryption", properties.fieldKey(), 32));
	}

	/** Publishes denied authorisations so they reach the audit trail. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}
}
