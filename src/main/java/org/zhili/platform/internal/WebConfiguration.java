package org.zhili.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.zhili.platform.NavigationItem;

/**
 * Chinese first; {@code ?lang=en} switches to English and is remembered in a cookie. Before a handler binds its
 * arguments: its permission, and no control characters in the parameters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<NavigationItem> navigation;
	private final ApplicationContext context;

	WebConfiguration(List<NavigationItem> navigation, ApplicationContext context) {
		this.navigation = navigation;
		this.context = context;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("zhili-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new NavigationInterceptor(navigation));
		registry.addInterceptor(new PermissionBeforeBinding(context));
		registry.addInterceptor(new ControlCharacters());
	}
}
