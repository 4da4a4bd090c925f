package org.zhili.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for {@code POST /api/v1/cases}: varied hotline cases at points inside Nankai, sent as the
 * demo operator. Runs on the JDK alone, without building the project:
 *
 * <pre>
 * java src/test/java/org/zhili/bench/IntakeLoad.java --url http://localhost:8080 --rate 300 --duration 60
 * java src/test/java/org/zhili/bench/IntakeLoad.java --url http://localhost:8080 --connections 32 --duration 60
 * </pre>
 *
 * With {@code --rate} it sends at a constant rate, whatever the answers take (open loop), and measures each
 * request from the moment it was due, so a stall of the server shows in the percentiles instead of slowing
 * the sender down. Without it, {@code --connections} senders each send the next request when the last
 * answered (closed loop: the most the server does). {@code --warmup} seconds come first and are not counted.
 * {@code --acks FILE} writes every acknowledged (2xx) case as {@code C<tab>id<tab>trackingNumber<tab>key};
 * {@code --dispatch-every N} dispatches every Nth case as the demo dispatcher (urgency EMERGENCY, so its
 * acceptance deadline is the shortest) and writes {@code D<tab>id} when acknowledged. Every create carries an
 * {@code Idempotency-Key}. Prints throughput, status counts and latency percentiles.
 */
public final class IntakeLoad {

	private static final String POINTS = ""
			+ "117.136807,39.129214;117.128995,39.086922;117.15503,39.071551;117.15166,39.119242;117.143192,39.1141"
			+ "91;117.158859,39.06965;117.131883,39.138932;117.170072,39.104205;117.149336,39.133924;117.145192,39."
			+ "075718;117.128975,39.085886;117.151233,39.129713;117.158896,39.065435;117.154768,39.116688;117.16849"
			+ "6,39.072344;117.128764,39.103488;117.171326,39.086513;117.140042,39.084334;117.139362,39.082333;117."
			+ "157017,39.120872;117.145457,39.126227;117.136009,39.12903;117.186209,39.144419;117.159231,39.101743;"
			+ "117.1468,39.065918;117.166814,39.067715;117.159265,39.122286;117.134176,39.082988;117.170905,39.1157"
			+ "89;117.172469,39.139865;117.167178,39.093944;117.157589,39.079236;117.117461,39.128255;117.118789,39"
			+ ".083976;117.133982,39.099354;117.119323,39.144866;117.167021,39.095553;117.162233,39.069291;117.1594"
			+ "9,39.077449;117.130275,39.133616;117.161344,39.094454;117.167797,39.141754;117.162349,39.128521;117."
			+ "140868,39.109545;117.152138,39.076937;117.174364,39.136111;117.16119,39.097623;117.121802,39.140657;"
			+ "117.154099,39.073497;117.153342,39.078371;117.159789,39.065329;117.127989,39.131418;117.164609,39.10"
			+ "812;117.12126,39.122279;117.178386,39.144362;117.140862,39.110185;117.166297,39.097059;117.149568,39"
			+ ".092575;117.150562,39.112479;117.129816,39.078167;117.149905,39.074572;117.138149,39.11427;117.16666"
			+ "7,39.135481;117.1327,39.103142;117.166427,39.065474;117.183698,39.136877;117.171051,39.138377;117.13"
			+ "7602,39.134572;117.148749,39.104316;117.157897,39.089174;117.167925,39.116952;117.142991,39.102294;1"
			+ "17.120303,39.137539;117.179404,39.14391;117.163961,39.10389;117.11966,39.129041;117.171453,39.123699"
			+ ";117.137919,39.09899;117.160587,39.072446;117.180349,39.144766;117.162049,39.121621;117.135994,39.10"
			+ "0353;117.108976,39.134683;117.131237,39.124632;117.13511,39.140118;117.158208,39.109437;117.1298,39."
			+ "106223;117.157364,39.093874;117.171171,39.07808;117.131274,39.083408;117.152405,39.099663;117.143814"
			+ ",39.098168;117.137968,39.12548;117.131965,39.131225;117.175968,39.065788;117.146451,39.089327;117.13"
			+ "1879,39.136637;117.157358,39.100511;117.122608,39.143025;117.137254,39.104117;117.139559,39.101712;1"
			+ "17.137823,39.142316;117.138931,39.099887;117.144201,39.099789;117.169679,39.087225;117.180942,39.137"
			+ "977;117.155615,39.100179;117.136759,39.143117;117.132684,39.10466;117.153491,39.074484;117.125304,39"
			+ ".114186;117.146801,39.11973;117.171295,39.068143;117.131407,39.131609;117.138948,39.128267;117.13225"
			+ "6,39.137056;117.141136,39.120636;117.12012,39.125859;117.120579,39.142303;117.126381,39.136452;117.1"
			+ "4978,39.106245;117.144702,39.085215;117.146827,39.132766;117.125474,39.114571;117.129322,39.106358;1"
			+ "17.161811,39.102017;117.136598,39.120287;117.159472,39.128717;117.172639,39.117095;117.173062,39.131"
			+ "115;117.160274,39.121582;117.165542,39.094463;117.147001,39.136576;117.14069,39.115785;117.172628,39"
			+ ".110916;117.135972,39.078949;117.172777,39.106663;117.148234,39.12457;117.146228,39.136459;117.12291"
			+ "3,39.127406;117.151815,39.12455;117.166191,39.068656;117.16462,39.12783;117.18573,39.136513;117.1665"
			+ "04,39.095689;117.186974,39.138421;117.164811,39.069409;117.143604,39.075873;117.148412,39.07677;117."
			+ "172593,39.108313;117.17084,39.135048;117.168691,39.108588;117.163865,39.105477;117.14949,39.07394;11"
			+ "7.167017,39.086613;117.117184,39.136541;117.119975,39.143458;117.129465,39.102101;117.137185,39.1109"
			+ "62;117.172921,39.12184";
	private static final String[] WHAT = { "小区门口路灯不亮，夜间出行不便", "楼道内堆放杂物，存在消防安全隐患", "路面井盖破损，车辆经过时声响很大",
			"餐馆油烟直排，影响周边居民生活", "夜间施工噪音扰民，影响休息", "小区供暖温度不达标，室内只有十五度", "共享单车乱停乱放，占用盲道",
			"垃圾清运不及时，垃圾桶满溢", "小区内违章搭建，占用公共绿地", "自来水水质发黄，有异味", "公交站牌信息陈旧，请及时更新",
			"人行道砖松动，老人容易绊倒", "商户占道经营，影响行人通行", "树木枝杈遮挡路灯和交通信号灯", "地下室积水严重，散发异味",
			"电动自行车在楼道内充电，存在火灾隐患" };
	private static final String[] TYPES = { "COMPLAINT", "HELP", "CONSULTATION", "SUGGESTION", "REPORT" };
	private static final String[] NAMES = { "王建华", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴芳" };
	private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),\"trackingNumber\":\"([^\"]+)\"");
	private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

	private final Map<String, String> options;
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();
	private final double[][] points;
	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
	private final LongAdder errors = new LongAdder();
	private final AtomicLong shownRefusals = new AtomicLong();
	private final AtomicLong sequence = new AtomicLong();
	private final List<long[]> latencies = new ArrayList<>();
	private final BufferedWriter acks;
	private volatile boolean measuring;
	private volatile long stopAt;
	private String operatorToken;
	private String dispatcherToken;

	private IntakeLoad(Map<String, String> options) throws IOException {
		this.options = options;
		this.points = Arrays.stream(POINTS.split(";"))
			.map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble).toArray())
			.toArray(double[][]::new);
		String file = options.get("acks");
		this.acks = file == null ? null : Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws Exception {
		of(args).run();
	}

	/** A load of the command line's options, to {@link #run()} (and perhaps {@link #stop()} from elsewhere). */
	public static IntakeLoad of(String... args) throws IOException {
		Map<String, String> options = new HashMap<>(Map.of("url", "http://localhost:8080", "duration", "30", "warmup",
				"0", "connections", "32", "user", "operator", "password", "Zhili@2026"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return new IntakeLoad(options);
	}

	/** Ends the load now instead of after its duration; {@link #run()} then reports and returns. */
	public void stop() {
		stopAt = System.nanoTime();
	}

	public void run() throws Exception {
		operatorToken = token(options.get("user"));
		if (options.containsKey("dispatch-every")) {
			dispatcherToken = token("dispatcher");
		}
		long warmup = Long.parseLong(options.get("warmup"));
		long duration = Long.parseLong(options.get("duration"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
		long start = System.nanoTime();
		long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
		stopAt = measureFrom + TimeUnit.SECONDS.toNanos(duration);
		Thread flag = new Thread(() -> {
			sleepUntil(measureFrom);
			measuring = true;
		});
		flag.setDaemon(true);
		flag.start();
		if (rate > 0) {
			openLoop(rate);
		}
		else {
			closedLoop(Integer.parseInt(options.get("connections")));
		}
		if (acks != null) {
			acks.close();
		}
		// The measured time: the duration, or less when the load was stopped early.
		report(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(stopAt - measureFrom)), rate);
	}

	/** Requests due at a constant rate, each timed from when it was due. */
	private void openLoop(double rate) throws InterruptedException {
		long interval = (long) (1e9 / rate);
		Semaphore inFlight = new Semaphore(2_000);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		long first = System.nanoTime();
		CountDownLatch done = new CountDownLatch(1);
		AtomicLong n = new AtomicLong();
		clock.scheduleAtFixedRate(() -> {
			long now = System.nanoTime();
			// Catch up on whatever the scheduler missed: every request keeps its own due time.
			for (long due = first + n.get() * interval; due <= now; due = first + n.incrementAndGet() * interval) {
				if (due >= stopAt) {
					done.countDown();
					return;
				}
				if (!inFlight.tryAcquire()) {
					errors.increment();
					continue;
				}
				boolean counted = measuring;
				long dueAt = due;
				http.sendAsync(create(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
					inFlight.release();
					record(response, failure, dueAt, counted);
				});
			}
		}, 0, Math.max(100_000, interval / 2), TimeUnit.NANOSECONDS);
		done.await();
		clock.shutdownNow();
		inFlight.acquire(2_000);
	}

	/** Each sender sends its next request when the last was answered. */
	private void closedLoop(int senders) throws InterruptedException {
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			Thread t = new Thread(() -> {
				while (System.nanoTime() < stopAt) {
					long sent = System.nanoTime();
					boolean counted = measuring;
					try {
						record(http.send(create(), HttpResponse.BodyHandlers.ofString()), null, sent, counted);
					}
					catch (IOException | InterruptedException e) {
						record(null, e, sent, counted);
						if (e instanceof ConnectException) {
							sleepUntil(System.nanoTime() + 100_000_000);
						}
					}
				}
			});
			t.start();
			threads.add(t);
		}
		for (Thread t : threads) {
			t.join();
		}
	}

	private void record(HttpResponse<String> response, Throwable failure, long since, boolean counted) {
		long latency = System.nanoTime() - since;
		if (failure != null || response == null) {
			errors.increment();
			return;
		}
		int status = response.statusCode();
		if (status / 100 != 2 && shownRefusals.incrementAndGet() <= 3) {
			// A load of valid cases should be all 2xx: show what was refused, so a wrong generator is seen.
			System.err.println("refused " + status + ": " + response.body());
		}
		if (counted) {
			statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
			synchronized (latencies) {
				latencies.add(new long[] { latency });
			}
		}
		if (status / 100 == 2) {
			Matcher m = ID.matcher(response.body());
			if (m.find()) {
				String key = response.request().headers().firstValue("Idempotency-Key").orElse("");
				ack("C\t" + m.group(1) + "\t" + m.group(2) + "\t" + key);
				long every = Long.parseLong(options.getOrDefault("dispatch-every", "0"));
				if (every > 0 && Long.parseLong(m.group(1)) % every == 0) {
					dispatch(m.group(1));
				}
			}
		}
	}

	private void dispatch(String id) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("url") + "/api/v1/cases/" + id
				+ "/actions/dispatch"))
			.header("Authorization", "Bearer " + dispatcherToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"urgency\":\"EMERGENCY\"}"))
			.build();
		http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
			if (r != null && r.statusCode() == 200) {
				ack("D\t" + id);
			}
		});
	}

	private void ack(String line) {
		if (acks == null) {
			return;
		}
		synchronized (acks) {
			try {
				acks.write(line);
				acks.newLine();
				// Whoever watches the file (a crash test waiting for enough acknowledgements) sees every line.
				acks.flush();
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private HttpRequest create() {
		long n = sequence.incrementAndGet();
		SplittableRandom r = new SplittableRandom(n);
		double[] p = points[r.nextInt(points.length)];
		String what = WHAT[r.nextInt(WHAT.length)];
		String body = String.format(Locale.ROOT, "{\"type\":\"%s\",\"description\":\"%s（来电 %d）\",\"address\":\"南开区\","
				+ "\"location\":{\"lng\":%.6f,\"lat\":%.6f},\"requester\":{\"name\":\"%s\",\"phone\":\"13%d%08d\"}}",
				TYPES[r.nextInt(TYPES.length)], what, n, p[0], p[1], NAMES[r.nextInt(NAMES.length)], 5 + r.nextInt(5),
				r.nextInt(100_000_000));
		return HttpRequest.newBuilder(URI.create(options.get("url") + "/api/v1/cases"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + operatorToken)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private String token(String user) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("url") + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\""
					+ options.get("password") + "\"}"))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		Matcher m = TOKEN.matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("no token for " + user + ": " + response.body());
		}
		return m.group(1);
	}

	private void report(long seconds, double rate) {
		long[] sorted;
		synchronized (latencies) {
			sorted = latencies.stream().mapToLong(l -> l[0]).sorted().toArray();
		}
		long ok = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(e -> e.getValue().sum()).sum();
		System.out.printf(Locale.ROOT, "mode: %s, measured %d s%n", rate > 0 ? "open loop at " + rate + "/s"
				: "closed loop, " + options.get("connections") + " senders", seconds);
		System.out.printf(Locale.ROOT, "requests: %d answered (%s), %d failed to send or answer%n", sorted.length,
				statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue().sum()).sorted().toList(), errors.sum());
		System.out.printf(Locale.ROOT, "throughput: %.0f cases/s acknowledged%n", ok / (double) seconds);
		if (sorted.length > 0) {
			System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
					pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
		}
	}

	private static double pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static void sleepUntil(long nanoTime) {
		long wait;
		while ((wait = nanoTime - System.nanoTime()) > 0) {
			try {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
