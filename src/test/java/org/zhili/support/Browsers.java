package org.zhili.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, as a person would use zhili. One browser per JVM; each test
 * takes a fresh context (no shared cookies). The browser is {@code -Dzhili.chromium} (or the environment's
 * {@code ZHILI_CHROMIUM}) when given, else the first {@code chromium} or {@code chromium-browser} on the PATH.
 * Set {@code -Dzhili.browser-tests.skip=true} where no Chromium can be installed; otherwise a missing browser
 * fails loudly.
 */
public final class Browsers {

	private static final List<String> NAMES = List.of("chromium", "chromium-browser");
	private static Playwright playwright;
	private static Browser browser;

	private Browsers() {
	}

	/** A new browser context of the given viewport, in Chinese. */
	public static BrowserContext newContext(int width, int height) {
		return newContext(width, height, false);
	}

	/**
	 * A new browser context of the given viewport, in Chinese; {@code ignoringCsp} has the browser disregard zhili's
	 * Content-Security-Policy, to see what a page's markup alone would let run.
	 */
	public static synchronized BrowserContext newContext(int width, int height, boolean ignoringCsp) {
		Assumptions.assumeFalse(Boolean.getBoolean("zhili.browser-tests.skip"), "browser tests skipped on request");
		if (browser == null) {
			Path chromium = chromium().orElseThrow(() -> new IllegalStateException("browser tests need Chromium on the "
					+ "PATH (Debian: apt-get install -y chromium fonts-wqy-microhei), or its path in -Dzhili.chromium "
					+ "(or run with -Dzhili.browser-tests.skip=true)"));
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(width, height)
			.setTimezoneId("Asia/Shanghai")
			.setBypassCSP(ignoringCsp));
	}

	/** The configured browser, or the first of {@link #NAMES} found on the PATH. */
	static Optional<Path> chromium() {
		String configured = System.getProperty("zhili.chromium", System.getenv("ZHILI_CHROMIUM"));
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			for (String name : NAMES) {
				Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Saves what the page shows to {@code target/screenshots/<name>.png}, for people reviewing a run. */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
	}

	/** Signs in on the login page; administrators' one-time codes are computed from the demo secret. */
	public static void signIn(Page page, String base, String username, String password) {
		page.navigate(base + "/login");
		page.fill("#username", username);
		page.fill("#password", password);
		if (Api.needsOneTimeCode(username)) {
			// A fresh code can mean waiting up to 30 s, so only accounts with a second factor get one.
			page.fill("#code", Api.freshDemoCode(username));
		}
		page.click("form button[type=submit]");
	}
}
