package org.zhili.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body sent to {@code /api/v1/**} may not carry fields the endpoint does not know: a misspelt or
 * outdated field ({@code category} for {@code categoryCode}) would otherwise be dropped without a word and the
 * client would believe it had been taken. Such a body is refused with a 400 naming the field
 * ({@code unknown_field}, see {@link ApiExceptionAdvice}).
 * <p>
 * Only request bodies of the API are read strictly: the application's shared {@link JsonMapper} (stored JSON,
 * bundled files, GeoJSON uploads) and every answer are unchanged. A type that knowingly accepts more than it
 * reads says so with {@code @JsonIgnoreProperties}.
 */
@Configuration(proxyBeanMethods = false)
class StrictApiJsonConfiguration implements WebMvcConfigurer {

	static final String API_PREFIX = "/api/v1/";

	private final JsonMapper jsonMapper;

	StrictApiJsonConfiguration(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Takes the JSON converter's place among MVC's converters, on Boot's mapper. Runs after Spring Boot's own
	 * configurer (order 0), whose JSON converter it replaces; the other converters and their order (strings
	 * before JSON, as the Open311 documents need) stay as they are.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.withJsonConverter(new StrictApiJsonConverter(jsonMapper));
	}

	static final class StrictApiJsonConverter extends JacksonJsonHttpMessageConverter {

		StrictApiJsonConverter(JsonMapper mapper) {
			super(mapper);
		}

		@Override
		protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
			ObjectReader customized = super.customizeReader(reader, javaType);
			return isApiRequest() ? customized.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) : customized;
		}

		private static boolean isApiRequest() {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				HttpServletRequest request = attributes.getRequest();
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return path.startsWith(API_PREFIX);
			}
			return false;
		}
	}
}
