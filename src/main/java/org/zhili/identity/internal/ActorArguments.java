package org.zhili.identity.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhili.identity.Actor;
import org.zhili.identity.Actors;
import org.zhili.identity.DataScope;
import org.zhili.identity.OrgUnitDirectory;

/**
 * Lets any controller declare an {@link Actor} or {@link DataScope} parameter and get the caller's, and
 * gives every page the signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final OrgUnitDirectory units;

	ActorArguments(OrgUnitDirectory units) {
		this.units = units;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SignedInPerson(units));
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == Actor.class || type == DataScope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Actor actor = Actors.current()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in account"));
		return parameter.getParameterType() == DataScope.class ? actor.scope() : actor;
	}
}
