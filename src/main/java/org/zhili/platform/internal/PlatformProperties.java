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
	 * @param durable whether a commit reaches the disk before it is acknowledged ({@code fsync} and
	 *        {@code synchronous_commit} on); only throw-away test databases turn it off
	 * @param poolSize connections of the pool to the embedded database
	 */
	record Database(@DefaultValue("0") int port, @DefaultValue("false") boolean cleanOnStart,
			@DefaultValue("true") boolean durable, @DefaultValue("16") int poolSize) {
	}
}
