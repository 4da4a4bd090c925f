package org.zhili;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;
import org.zhili.platform.ChinaTime;

/**
 * zhili (治理): the district governance platform. Each direct sub-package is an application module;
 * {@code org}, {@code identity} and {@code calendar} form the foundation the others build on.
 */
// Sign-in is identity's own (accounts, lockout, second factor); Boot's generated user is not wanted. Kafka is the
// exchange's, which makes its producer only when a broker is named: Boot's would make clients for localhost:9092.
@SpringBootApplication(exclude = { UserDetailsServiceAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConfigurationPropertiesScan
@Modulithic(systemName = "zhili", sharedModules = "platform")
public class ZhiliApplication {

	public static void main(String[] args) {
		// Pages and logs show Beijing time even on a server set to UTC.
		TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
		SpringApplication.run(ZhiliApplication.class, args);
	}
}
