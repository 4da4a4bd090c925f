package org.zhili.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.zhili.support.Api;
import org.zhili.support.Browsers;
import org.zhili.support.ZhiliIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as axe-core judges them (WCAG 2.1 A and AA: headings, names of controls and links, contrast,
 * landmarks, language), on a phone's screen: none has a serious or critical violation.
 */
@ZhiliIntegrationTest
class PublicPagesAccessibilityBrowserIT {

	/** axe-core's script, from its webjar (a test dependency), whatever its version. */
	static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	@Autowired
	Api api;

	@Test
	void noPublicPageHasASeriousOrCriticalAccessibilityViolation() throws IOException {
		long plan = api.get("/api/v1/public/plans", null).json().valueStream().findFirst()
			.map(p -> p.get("id").asLong())
			.orElse(0L);
		List<String> pages = new ArrayList<>(List.of("/public", "/public/submit", "/public/enterprise", "/public/track",
				"/public/figures", "/public/inspection", "/public/plans", "/public/topics", "/public/open-data"));
		if (plan > 0) {
			pages.add("/public/plans/" + plan);
		}
		String axe = axeSource();
		List<String> violations = new ArrayList<>();
		try (BrowserContext context = Browsers.newContext(390, 844)) {
			Page page = context.newPage();
			for (String path : pages) {
				page.navigate(api.base() + path);
				page.waitForLoadState();
				// evaluated through the browser's debugging protocol, which the page's CSP does not govern
				page.evaluate(axe);
				String found = (String) page.evaluate("""
						async () => JSON.stringify((await axe.run(document, {
						  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
						})).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
						  .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))""");
				for (JsonNode v : JsonMapper.shared().readTree(found)) {
					violations.add(path + ": " + v.get("id").asString() + " (" + v.get("impact").asString() + ") at "
							+ v.get("nodes"));
				}
			}
		}
		assertThat(pages).as("a public plan is among the pages").hasSizeGreaterThan(8);
		assertThat(violations).isEmpty();
	}

	private static String axeSource() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		assertThat(found).as(AXE + " on the test classpath (org.webjars.npm:axe-core)").hasSize(1);
		return found[0].getContentAsString(StandardCharsets.UTF_8);
	}
}
