package org.zhili.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the Content-Security-Policy (scripts only from zhili's own files) every page still runs its script: the
 * browser reports nothing refused, on the pages whose scripts were inline before and on the busiest ones.
 */
@ZhiliIntegrationTest
class ContentSecurityPolicyBrowserIT {

	@Autowired
	Api api;

	@Test
	void noPageHasAScriptOrHandlerTheBrowserRefuses() {
		Map<String, List<String>> pagesByUser = Map.of(
				"changhong", List.of("/", "/cases", "/disputes/new", "/petitions/new", "/urban/cases", "/urban/evaluation",
						"/urban/grids", "/urban/components"),
				"shichang", List.of("/inspection/plans", "/inspection/libraries/matters", "/inspection/libraries/inspectors"),
				"supervisor", List.of("/plans", "/plans/ingest"),
				"zhibanzhang", List.of("/urban/cases/approvals", "/urban/catalogue"),
				"jianduyuan", List.of("/urban/patrol"));
		List<String> refused = new ArrayList<>();
		pagesByUser.forEach((user, pages) -> {
			try (BrowserContext context = Browsers.newContext(1280, 900)) {
				Page page = context.newPage();
				page.onConsoleMessage(m -> {
					if (m.text().contains("Content Security Policy")) {
						refused.add(user + " " + page.url() + ": " + m.text());
					}
				});
				page.onPageError(e -> refused.add(user + " " + page.url() + ": " + e));
				Browsers.signIn(page, api.base(), user, Api.DEMO_PASSWORD);
				page.waitForURL(u -> !u.contains("/login"));
				for (String path : pages) {
					page.navigate(api.base() + path);
					page.waitForLoadState();
				}
			}
		});
		try (BrowserContext context = Browsers.newContext(1280, 900)) {
			Page page = context.newPage();
			page.onConsoleMessage(m -> {
				if (m.text().contains("Content Security Policy")) {
					refused.add("anonymous " + page.url() + ": " + m.text());
				}
			});
			for (String path : List.of("/public", "/login", "/swagger-ui/index.html")) {
				page.navigate(api.base() + path);
				page.waitForLoadState();
			}
		}
		assertThat(refused).isEmpty();
	}
}
