package org.zhili.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end latency of {@code POST /api/v1/routing/classify} with one text per call, as the intake form asks
 * while an operator types: one connection sends the next request when the last answered, after a warm-up.
 * Runs on the JDK alone against a running zhili (signs in as the demo operator):
 *
 * <pre>
 * java src/test/java/org/zhili/bench/ClassifyLoad.java --url http://localhost:8080 --requests 5000 --warmup 1000
 * </pre>
 *
 * Prints throughput, status counts and the latency percentiles (p50, p90, p99, max) in milliseconds.
 */
public final class ClassifyLoad {

	/** Varied real-sounding requests, each sent with a running number so no two bodies are alike. */
	private static final List<String> TEXTS = List.of(
			"小区路灯损坏\n我们小区门口的路灯坏了一个多月，晚上一片漆黑，老人出行很不安全，请尽快维修。",
			"深夜施工噪音扰民\n小区旁边的工地每天晚上十一点以后还在施工，噪音很大，严重影响居民休息。",
			"拖欠工资\n我在一家建筑公司打工，老板拖欠我们二十多个工人半年的工资不发，请劳动监察部门帮忙。",
			"孩子入学难\n孩子今年六岁，户口在本区，学区小学说学位已满不能入学，希望教育局协调解决。",
			"公交车站设置不合理\n新建小区附近没有公交站，居民出行需要步行两公里，建议增设公交线路和站点。",
			"医院收费问题\n在区医院看病被多收检查费，询问后没有合理解释，希望卫生部门调查。",
			"商铺占道经营\n菜市场门口商贩占用人行道摆摊，行人只能走机动车道，存在安全隐患。",
			"医保报销咨询\n请问异地就医的医保报销需要准备哪些材料，在哪里办理？");

	public static void main(String[] args) throws Exception {
		String url = option(args, "--url", "http://localhost:8080");
		int requests = Integer.parseInt(option(args, "--requests", "5000"));
		int warmup = Integer.parseInt(option(args, "--warmup", "1000"));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String token = token(client, url, option(args, "--user", "operator"), option(args, "--password", "Zhili@2026"));
		long[] nanos = new long[requests];
		int ok = 0, other = 0;
		for (int i = -warmup; i < requests; i++) {
			String text = TEXTS.get(Math.floorMod(i, TEXTS.size())) + (i + warmup);
			HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/routing/classify"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString("{\"texts\":[\"" + json(text) + "\"]}", StandardCharsets.UTF_8))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (i >= 0) {
				nanos[i] = took;
				if (response.statusCode() == 200 && response.body().contains("\"category\"")) {
					ok++;
				}
				else {
					other++;
				}
			}
		}
		long total = Arrays.stream(nanos).sum();
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"%d single-text classify calls (after %d warm-up) on one connection: %d ok, %d other; %.0f calls/s%n",
				requests, warmup, ok, other, requests / (total / 1e9));
		System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", pct(nanos, 50),
				pct(nanos, 90), pct(nanos, 99), pct(nanos, 99.9), nanos[nanos.length - 1] / 1e6);
	}

	private static double pct(long[] sorted, double p) {
		int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	private static String token(HttpClient client, String url, String user, String password) throws Exception {
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + json(user) + "\",\"password\":\"" + json(password)
					+ "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
		}
		return m.group(1);
	}

	private static String json(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}
}
