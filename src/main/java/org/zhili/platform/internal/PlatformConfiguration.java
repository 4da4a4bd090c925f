package org.zhili.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhili.platform.DataDirectory;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	DataDirectory dataDirectory(PlatformProperties properties) {
		DataDirectory dir = new DataDirectory(properties.dataDir());
		dir.directory(".");
		return dir;
	}

	/** Every "now" in zhili comes from here, in the district's time zone. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}
}
