package org.zhili.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * How fast the cockpit shows its figures in a real browser: signs in to a running zhili as the demo leader with
 * Chromium from the PATH, opens {@code /cockpit} (or {@code --path}) {@code --runs} times after {@code --warmup}
 * uncounted ones, and prints, from each navigation's start, the first byte, the whole page (its tiles are rendered
 * on the server, so the numbers are in it), the first contentful paint, the time until the tiles show numbers, and
 * until the heat map is drawn; p50, p95 and max of each. Needs the test classpath (Playwright):
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:$(cat target/test.cp) org.zhili.bench.CockpitFirstPaint --url http://localhost:8080 --runs 30
 * </pre>
 */
public final class CockpitFirstPaint {

	private static final String TIMES = """
			() => {
			  const nav = performance.getEntriesByType('navigation')[0];
			  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			  return [nav.responseStart, nav.responseEnd, fcp ? fcp.startTime : -1, window.__tiles || -1, performance.now()];
			}""";

	/** Notes when the tile first holds a number, watching the document as it is parsed. */
	private static final String WATCH_TILES = """
			(() => {
			  const seen = () => {
			    const t = document.querySelector('[data-kpi=intake-month]');
			    if (t && /\\d/.test(t.textContent)) { window.__tiles = performance.now(); return true; }
			    return false;
			  };
			  const o = new MutationObserver(() => { if (seen()) { o.disconnect(); } });
			  o.observe(document, { childList: true, subtree: true, characterData: true });
			})();""";

	private CockpitFirstPaint() {
	}

	public static void main(String[] args) {
		Map<String, String> opts = options(args);
		String url = opts.getOrDefault("url", "http://localhost:8080");
		String path = opts.getOrDefault("path", "/cockpit");
		int runs = Integer.parseInt(opts.getOrDefault("runs", "30"));
		int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
		String user = opts.getOrDefault("user", "leader");
		String password = opts.getOrDefault("password", "Zhili@2026");
		List<double[]> measured = new ArrayList<>();
		try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium()).setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
				BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
					.setViewportSize(1920, 1080))) {
			context.addInitScript(WATCH_TILES);
			Page page = context.newPage();
			page.navigate(url + "/login");
			page.fill("#username", user);
			page.fill("#password", password);
			page.click("form button[type=submit]");
			page.waitForURL(url + "/");
			for (int i = 0; i < warmup + runs; i++) {
				page.navigate(url + path);
				page.waitForSelector("#cockpit-map[data-drawn=true]");
				List<?> t = (List<?>) page.evaluate(TIMES);
				double[] row = t.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
				if (i >= warmup) {
					measured.add(row);
				}
			}
		}
		System.out.printf(Locale.ROOT, "%s%s as %s, %d runs after %d warm-up, 1920x1080, ms from navigation start%n",
				url, path, user, runs, warmup);
		String[] names = { "first byte", "page received", "first contentful paint", "tiles show numbers", "heat map drawn" };
		for (int c = 0; c < names.length; c++) {
			int col = c;
			double[] v = measured.stream().mapToDouble(r -> r[col]).sorted().toArray();
			System.out.printf(Locale.ROOT, "%-24s p50 %7.1f  p95 %7.1f  max %7.1f%n", names[c], at(v, 0.50), at(v, 0.95),
					v[v.length - 1]);
		}
	}

	private static double at(double[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
	}

	private static Path chromium() {
		for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser")) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return p;
				}
			}
		}
		throw new IllegalStateException("Chromium is not on the PATH");
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option value: " + Arrays.toString(args));
			}
			opts.put(args[i].substring(2), args[i + 1]);
		}
		return opts;
	}
}
