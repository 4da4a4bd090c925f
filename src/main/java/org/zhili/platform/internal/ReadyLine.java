package org.zhili.platform.internal;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one line an operator looks for on start: where zhili answers and how long it took (seconds since the JVM
 * started, so that the launcher and the demo data are counted too), and where the demo passwords are.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger("zhili");

	private final boolean demo;

	ReadyLine(@Value("${zhili.demo.enabled:true}") boolean demo) {
		this.demo = demo;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info(text(web.getWebServer().getPort(), ManagementFactory.getRuntimeMXBean().getUptime(), demo));
		}
	}

	static String text(int port, long uptimeMillis, boolean demo) {
		return String.format(Locale.ROOT, "zhili ready at http://localhost:%d (%.1f s)%s", port, uptimeMillis / 1000.0,
				demo ? "; demo accounts: see README, password zhili.demo.password" : "");
	}
}
