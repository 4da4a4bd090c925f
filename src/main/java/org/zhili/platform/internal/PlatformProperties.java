package org.zhili.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where the embedded database, generated keys and logs live
 * @param database the embedded database, used when no {@code spring.datasource.url} is configured
 */
@ConfigurationProperties("zhili")
record PlatformProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Database database) {

	/**
	 * @param port fixed port for the embedded PostgreSQL, or 0 to pick a free one
	 * @param cleanOnStart wipe the embedded database at start (tests only)
	 */
	record Database(@DefaultValue("0") int port, @DefaultValue("false") boolean cleanOnStart) {
	}
}
