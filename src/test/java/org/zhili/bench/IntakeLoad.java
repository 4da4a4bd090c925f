package org.zhili.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * Load generator for {@code POST /api/v1/cases}: varied hotline cases at points inside Nankai, sent as the
 * demo operator. Runs on the JDK alone, without building the project:
 *
 * <pre>
 * java src/test/java/org/zhili/bench/IntakeLoad.java --url http://localhost:8080 --rate 300 --duration 60
 * java src/test/java/org/zhili/bench/IntakeLoad.java --url http://localhost:8080 --connections 32 --duration 60
 * </pre>
 *
 * With {@code --rate} it sends at a constant rate, whatever the answers take (open loop), over
 * {@code --connections} connections, and measures each request from the moment it was due, so a stall of the
 * server (or all connections being busy) shows in the percentiles instead of slowing the sender down; more than
 * 2,000 requests due and unanswered count as failed. Without it, {@code --connections} senders each send the
 * next request when the last answered (closed loop: the most the server does). {@code --warmup} seconds come
 * first and are not counted. {@code --acks FILE} writes every acknowledged (2xx) case as
 * {@code C<tab>id<tab>trackingNumber<tab>key}; {@code --dispatch-every N} dispatches every Nth case as the demo
 * dispatcher (urgency EMERGENCY, so its acceptance deadline is the shortest), on the sender's connection right
 * after the case was acknowledged, and writes {@code D<tab>id} when acknowledged. Every create carries an
 * {@code Idempotency-Key}. Prints throughput, status counts and latency percentiles. {@code --backlog SECONDS}
 * also follows routing's backlog (the server's {@code zhili_routing_backlog} metrics) every 5 s from the start,
 * during the flood and after it until the backlog is empty or SECONDS have passed, and says when routing caught up;
 * {@code --metrics-password} is the server's {@code zhili.metrics.scrape-password}.
 * <p>
 * The texts are real citizen messages (title and body) from {@code --texts FILE}, by default
 * {@value #TEXTS} when it exists, else a few fixed sentences. Each description ends with the request's number,
 * so no two cases are alike.
 * <p>
 * It shares its machine with the server under test, so it speaks HTTP/1.1 itself over blocking sockets, one
 * connection per thread, with buffers reused: a small fraction of what {@code java.net.http} costs per request.
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
	private static final byte[][] NAMES = utf8("王建华", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周杰", "吴芳");
	private static final byte[] CALL = utf8("（来电 ")[0];
	private static final byte[] CALL_END = utf8("）\",\"address\":\"南开区\",\"location\":{\"lng\":")[0];
	private static final byte[] DISPATCH = utf8("{\"urgency\":\"EMERGENCY\"}")[0];
	private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
	/** The hotline messages, relative to the project's directory. */
	static final String TEXTS = "../shared/data/citizen-messages/train.tsv";
	private static final int MAX_TITLE = 30;
	private static final int MAX_DESCRIPTION = 500;
	/** Requests due but not yet answered, beyond which the open loop counts a request as failed instead. */
	private static final int MAX_OUTSTANDING = 2_000;
	private static final long END = Long.MIN_VALUE;

	private final Map<String, String> options;
	private final String host;
	private final int port;
	private final String path;
	private final double[][] points;
	private final Text[] texts;
	private final long dispatchEvery;
	/** Idempotency keys are this run's prefix and the request's number: unique without a SecureRandom each. */
	private final String keyPrefix = UUID.randomUUID() + "-";
	private final List<Sender> senders = new ArrayList<>();
	private final LongAdder errors = new LongAdder();
	private final LongAdder acknowledgedSoFar = new LongAdder();
	private final AtomicLong shownRefusals = new AtomicLong();
	private final AtomicLong sequence = new AtomicLong();
	private final BufferedWriter acks;
	private volatile long measureFrom;
	private volatile long stopAt;
	private byte[] createHead;
	private byte[] dispatchHead;

	/** A message: its title (or null) and description, JSON-escaped UTF-8 without the quotes. */
	private record Text(byte[] title, byte[] description) {
	}

	private IntakeLoad(Map<String, String> options) throws IOException {
		this.options = options;
		URI url = URI.create(options.get("url"));
		if (!"http".equals(url.getScheme())) {
			throw new IllegalArgumentException("only http:// URLs: " + url);
		}
		this.host = url.getHost();
		this.port = url.getPort() < 0 ? 80 : url.getPort();
		this.path = url.getRawPath() == null ? "" : url.getRawPath().replaceFirst("/$", "");
		this.points = Arrays.stream(POINTS.split(";"))
			.map(p -> Arrays.stream(p.split(",")).mapToDouble(Double::parseDouble).toArray())
			.toArray(double[][]::new);
		this.texts = texts(options.get("texts"));
		this.dispatchEvery = Long.parseLong(options.getOrDefault("dispatch-every", "0"));
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
		createHead = utf8("POST " + path + "/api/v1/cases HTTP/1.1\r\n" + headers(token(options.get("user"))))[0];
		if (dispatchEvery > 0) {
			dispatchHead = utf8(headers(token("dispatcher")))[0];
		}
		long warmup = Long.parseLong(options.get("warmup"));
		long duration = Long.parseLong(options.get("duration"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
		int connections = Integer.parseInt(options.get("connections"));
		long start = System.nanoTime();
		measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
		stopAt = measureFrom + TimeUnit.SECONDS.toNanos(duration);
		long followFor = Long.parseLong(options.getOrDefault("backlog", "0"));
		Thread backlog = followFor > 0 ? start("backlog", () -> followBacklog(start, followFor)) : null;
		if (rate > 0) {
			openLoop(rate, connections, start);
		}
		else {
			closedLoop(connections);
		}
		if (acks != null) {
			acks.close();
		}
		// The measured time: the duration, or less when the load was stopped early.
		report(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(stopAt - measureFrom)), rate);
		if (backlog != null) {
			backlog.join();
		}
	}

	/** Prints routing's backlog every 5 s until it is empty after the flood, or {@code after} seconds past it. */
	private void followBacklog(long start, long after) {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		// The metrics are the scraper's: HTTP Basic as prometheus with the server's zhili.metrics.scrape-password.
		String credential = java.util.Base64.getEncoder().encodeToString(("prometheus:"
				+ options.getOrDefault("metrics-password", "")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		java.net.http.HttpRequest scrape = java.net.http.HttpRequest.newBuilder(
				URI.create(options.get("url") + "/actuator/prometheus")).header("Authorization", "Basic " + credential).build();
		Pattern cases = Pattern.compile("(?m)^zhili_routing_backlog_cases\\S* ([0-9.E+]+)");
		Pattern age = Pattern.compile("(?m)^zhili_routing_backlog_age_seconds\\S* ([0-9.E+]+)");
		long peak = 0;
		try {
			while (true) {
				long now = System.nanoTime();
				String metrics = client.send(scrape, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
				long queued = value(cases, metrics), oldest = value(age, metrics);
				peak = Math.max(peak, queued);
				boolean flooding = now < stopAt;
				System.out.printf(Locale.ROOT, "backlog t=%3ds %s: %,d cases queued, oldest %d s, %,d acknowledged%n",
						TimeUnit.NANOSECONDS.toSeconds(now - start), flooding ? "flood" : "after", queued, oldest,
						acknowledgedSoFar.sum());
				if (!flooding && queued == 0) {
					System.out.printf(Locale.ROOT, "backlog: peak %,d cases; routing caught up %d s after the flood%n", peak,
							TimeUnit.NANOSECONDS.toSeconds(now - stopAt));
					return;
				}
				if (!flooding && now - stopAt > TimeUnit.SECONDS.toNanos(after)) {
					System.out.printf(Locale.ROOT, "backlog: peak %,d cases; %,d still queued %d s after the flood%n", peak,
							queued, after);
					return;
				}
				Thread.sleep(5000);
			}
		}
		catch (IOException | InterruptedException e) {
			System.out.println("backlog: metrics not read (" + e + ")");
		}
	}

	private static long value(Pattern metric, String text) {
		java.util.regex.Matcher m = metric.matcher(text);
		return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
	}

	/**
	 * Requests due at a constant rate, each timed from when it was due: this thread puts the due times in a
	 * queue, the senders take them.
	 */
	private void openLoop(double rate, int connections, long first) throws InterruptedException {
		BlockingQueue<Long> due = new ArrayBlockingQueue<>(MAX_OUTSTANDING + connections);
		Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Sender sender = sender();
			threads.add(start("sender-" + i, () -> {
				try {
					for (long at; (at = due.take()) != END;) {
						sender.create(at);
						outstanding.release();
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				sender.close();
			}));
		}
		for (long k = 0;; k++) {
			long at = first + (long) (k * 1e9 / rate);
			if (at >= stopAt) {
				break;
			}
			sleepUntil(at);
			if (outstanding.tryAcquire()) {
				due.add(at);
			}
			else {
				errors.increment();
			}
		}
		for (int i = 0; i < connections; i++) {
			due.add(END);
		}
		join(threads);
	}

	/** Each sender sends its next request when the last was answered. */
	private void closedLoop(int connections) throws InterruptedException {
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Sender sender = sender();
			threads.add(start("sender-" + i, () -> {
				while (System.nanoTime() < stopAt) {
					if (!sender.create(System.nanoTime())) {
						// No server (yet, or any more): try again soon instead of spinning.
						sleepUntil(System.nanoTime() + 100_000_000);
					}
				}
				sender.close();
			}));
		}
		join(threads);
	}

	private Sender sender() {
		Sender sender = new Sender();
		senders.add(sender);
		return sender;
	}

	/**
	 * One sender thread's connection, buffers and counts: nothing shared on the way of a request but the
	 * sequence number, and the counts are added up once, for the report.
	 */
	private final class Sender {

		private final Http http = new Http(host, port);
		private final Bytes body = new Bytes(2048);
		private final Bytes request = new Bytes(4096);
		private final long[] statuses = new long[1000];
		private long[] latencies = new long[4096];
		private int measured;

		/** Sends the next case, timed from {@code since}; false when the server could not be reached. */
		boolean create(long since) {
			long n = sequence.incrementAndGet();
			caseBody(n, body);
			request.reset();
			request.add(createHead)
				.ascii("Content-Length: ").number(body.count)
				.ascii("\r\nIdempotency-Key: ").ascii(keyPrefix).number(n)
				.ascii("\r\n\r\n").add(body.buf, 0, body.count);
			int status;
			try {
				status = http.send(request);
			}
			catch (IOException e) {
				errors.increment();
				return !(e instanceof ConnectException);
			}
			record(status, since);
			if (status / 100 == 2 && (acks != null || dispatchEvery > 0)) {
				acknowledged(n);
			}
			return true;
		}

		private void record(int status, long since) {
			long latency = System.nanoTime() - since;
			if (status / 100 == 2) {
				acknowledgedSoFar.increment();
			}
			if (status / 100 != 2 && shownRefusals.incrementAndGet() <= 3) {
				// A load of valid cases should be all 2xx: show what was refused, so a wrong generator is seen.
				System.err.println("refused " + status + ": " + http.body);
			}
			if (since - measureFrom >= 0) {
				statuses[status]++;
				if (measured == latencies.length) {
					latencies = Arrays.copyOf(latencies, measured * 2);
				}
				latencies[measured++] = latency;
			}
		}

		private void acknowledged(long n) {
			String[] created = idAndTrackingNumber(http.body);
			if (created == null) {
				return;
			}
			ack("C\t" + created[0] + "\t" + created[1] + "\t" + keyPrefix + n);
			long id = Long.parseLong(created[0]);
			if (dispatchEvery > 0 && id % dispatchEvery == 0) {
				dispatch(id);
			}
		}

		/** Dispatches on this sender's connection: not counted, and only acknowledged dispatches are written. */
		private void dispatch(long id) {
			request.reset();
			request.ascii("POST ").ascii(path).ascii("/api/v1/cases/").number(id)
				.ascii("/actions/dispatch HTTP/1.1\r\n").add(dispatchHead)
				.ascii("Content-Length: ").number(DISPATCH.length).ascii("\r\n\r\n").add(DISPATCH);
			try {
				if (http.send(request) == 200) {
					ack("D\t" + id);
				}
			}
			catch (IOException e) {
				// Not counted: a server that stopped answering shows in the creates' counts.
			}
		}

		LongStream latencies() {
			return Arrays.stream(latencies, 0, measured);
		}

		void close() {
			http.close();
		}
	}

	/** The case numbered {@code n}: the same n, the same case. (Also the rolling-restart drill's cases.) */
	void caseBody(long n, Bytes to) {
		SplittableRandom r = new SplittableRandom(n);
		double[] p = points[r.nextInt(points.length)];
		Text text = texts[r.nextInt(texts.length)];
		to.reset();
		to.ascii("{\"type\":\"").ascii(TYPES[r.nextInt(TYPES.length)]).add('"');
		if (text.title() != null) {
			to.ascii(",\"title\":\"").add(text.title()).add('"');
		}
		// The number makes every description unique: the crash test finds a case stored twice by its description.
		to.ascii(",\"description\":\"").add(text.description()).add(CALL).number(n).add(CALL_END)
			.fixed6(p[0]).ascii(",\"lat\":").fixed6(p[1])
			.ascii("},\"requester\":{\"name\":\"").add(NAMES[r.nextInt(NAMES.length)])
			.ascii("\",\"phone\":\"13").number(5 + r.nextInt(5)).padded(r.nextInt(100_000_000), 8).ascii("\"}}");
	}

	/** The id and tracking number an answer starts with, or null. */
	static String[] idAndTrackingNumber(Bytes answer) {
		int i = answer.skip(0, "{\"id\":");
		if (i < 0) {
			return null;
		}
		int digits = i;
		while (digits < answer.count && answer.buf[digits] >= '0' && answer.buf[digits] <= '9') {
			digits++;
		}
		int from = digits > i ? answer.skip(digits, ",\"trackingNumber\":\"") : -1;
		if (from < 0) {
			return null;
		}
		int to = from;
		while (to < answer.count && answer.buf[to] != '"') {
			to++;
		}
		if (to == from || to == answer.count) {
			return null;
		}
		return new String[] { answer.text(i, digits), answer.text(from, to) };
	}

	/** The headers every request of a sender carries: host, the bearer token, JSON. */
	String headers(String token) {
		return "Host: " + host + ":" + port + "\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json; charset=utf-8\r\n";
	}

	/** An access token for a demo user, from {@code POST /api/v1/auth/token}. */
	String token(String user) throws IOException {
		byte[] json = utf8("{\"username\":\"" + escape(user) + "\",\"password\":\"" + escape(options.get("password"))
				+ "\"}")[0];
		Bytes request = new Bytes(512)
			.add(utf8("POST " + path + "/api/v1/auth/token HTTP/1.1\r\nHost: " + host + ":" + port
					+ "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + json.length + "\r\n\r\n")[0])
			.add(json);
		try (Http http = new Http(host, port)) {
			http.send(request);
			String answer = http.body.toString();
			Matcher m = TOKEN.matcher(answer);
			if (!m.find()) {
				throw new IllegalStateException("no token for " + user + ": " + answer);
			}
			return m.group(1);
		}
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

	private void report(long seconds, double rate) {
		long[] sorted = senders.stream().flatMapToLong(Sender::latencies).sorted().toArray();
		Map<Integer, Long> statuses = new TreeMap<>();
		for (Sender sender : senders) {
			for (int s = 0; s < sender.statuses.length; s++) {
				if (sender.statuses[s] > 0) {
					statuses.merge(s, sender.statuses[s], Long::sum);
				}
			}
		}
		long ok = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
		System.out.printf(Locale.ROOT, "mode: %s, measured %d s%n", rate > 0 ? "open loop at " + rate + "/s"
				: "closed loop, " + options.get("connections") + " senders", seconds);
		System.out.printf(Locale.ROOT, "requests: %d answered (%s), %d failed to send or answer%n", sorted.length,
				statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).sorted().toList(), errors.sum());
		System.out.printf(Locale.ROOT, "throughput: %.0f cases/s acknowledged%n", ok / (double) seconds);
		if (sorted.length > 0) {
			System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
					pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
		}
	}

	private static double pct(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	/** The messages of {@code file}, or of {@link #TEXTS} if there is one, or else the fixed sentences. */
	private static Text[] texts(String file) throws IOException {
		Path tsv = Path.of(file == null ? TEXTS : file);
		if (file == null && !Files.isReadable(tsv)) {
			return Arrays.stream(utf8(WHAT)).map(d -> new Text(null, d)).toArray(Text[]::new);
		}
		List<List<String>> rows = tsv(Files.readString(tsv));
		List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
		int title = header.indexOf("title");
		int body = header.indexOf("body");
		if (title < 0 || body < 0) {
			throw new IllegalArgumentException(tsv + " has no title and body columns: " + header);
		}
		List<Text> texts = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() > Math.max(title, body)) {
				String t = cut(row.get(title).strip(), MAX_TITLE);
				String d = cut(row.get(body).strip(), MAX_DESCRIPTION);
				if (!t.isEmpty() && !d.isEmpty()) {
					texts.add(new Text(utf8(escape(t))[0], utf8(escape(d))[0]));
				}
			}
		}
		if (texts.isEmpty()) {
			throw new IllegalArgumentException("no messages with a title and a body in " + tsv);
		}
		return texts.toArray(Text[]::new);
	}

	/**
	 * The rows of a tab-separated text quoted like CSV: a field that starts with a quote runs to the closing one
	 * and may hold tabs and line breaks, and a doubled quote in it is one quote.
	 */
	static List<List<String>> tsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean start = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
				}
			}
			else if (c == '"' && start) {
				quoted = true;
				start = false;
			}
			else if (c == '\t' || c == '\n') {
				row.add(c == '\n' && field.length() > 0 && field.charAt(field.length() - 1) == '\r'
						? field.substring(0, field.length() - 1) : field.toString());
				field.setLength(0);
				start = true;
				if (c == '\n') {
					rows.add(row);
					row = new ArrayList<>();
				}
			}
			else {
				field.append(c);
				start = false;
			}
		}
		if (!start || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** At most {@code max} characters, not splitting a surrogate pair. */
	private static String cut(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
	}

	/** A JSON string's content. */
	static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static byte[][] utf8(String... strings) {
		return Arrays.stream(strings).map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
	}

	private static Thread start(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.start();
		return thread;
	}

	private static void join(List<Thread> threads) throws InterruptedException {
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static void sleepUntil(long nanoTime) {
		long wait;
		// parkNanos, not sleep: Thread.sleep rounds to whole milliseconds, and the open loop's steps are shorter.
		while ((wait = nanoTime - System.nanoTime()) > 0) {
			LockSupport.parkNanos(wait);
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
		}
	}

	/**
	 * One HTTP/1.1 connection, kept alive: a blocking socket, one request at a time. It reads through its own
	 * buffer (a BufferedInputStream would take a lock for every byte of the headers) and writes each request,
	 * already whole in one array, with one call.
	 */
	static final class Http implements Closeable {

		private final String host;
		private final int port;
		/** The last answer's body. */
		final Bytes body = new Bytes(8192);
		private final Bytes line = new Bytes(256);
		private final byte[] in = new byte[16384];
		private int pos;
		private int limit;
		private Socket socket;
		private InputStream input;
		private OutputStream output;
		private boolean answering;
		private long length;
		private boolean chunked;
		private boolean close;

		Http(String host, int port) {
			this.host = host;
			this.port = port;
		}

		/** Sends a request, whole, and reads the answer into {@link #body}: its status. */
		int send(Bytes request) throws IOException {
			boolean kept = socket != null;
			try {
				return exchange(request);
			}
			catch (SocketTimeoutException e) {
				close();
				throw e;
			}
			catch (IOException e) {
				close();
				// The server may close a kept-alive connection meanwhile, which shows only when no answer comes:
				// send once more on a new one (a create's Idempotency-Key makes that safe).
				if (!kept || answering) {
					throw e;
				}
			}
			try {
				return exchange(request);
			}
			catch (IOException e) {
				close();
				throw e;
			}
		}

		private int exchange(Bytes request) throws IOException {
			answering = false;
			if (socket == null) {
				connect();
			}
			output.write(request.buf, 0, request.count);
			int status;
			do {
				status = head();
			}
			while (status / 100 == 1);
			body.reset();
			if (status == 204 || status == 304) {
				// No body, whatever the headers say.
			}
			else if (chunked) {
				chunks();
			}
			else if (length >= 0) {
				read(length);
			}
			else {
				// No length: the body runs to the end of the connection, from what is read already.
				do {
					body.add(in, pos, limit - pos);
					pos = limit;
				}
				while (fill());
				close = true;
			}
			if (close) {
				close();
			}
			return status;
		}

		private void connect() throws IOException {
			Socket s = new Socket();
			try {
				s.setTcpNoDelay(true);
				s.connect(new InetSocketAddress(host, port), 5_000);
				s.setSoTimeout(30_000);
				input = s.getInputStream();
				output = s.getOutputStream();
			}
			catch (IOException e) {
				s.close();
				throw e;
			}
			socket = s;
			pos = 0;
			limit = 0;
		}

		/** The status line and the headers that matter: the status. */
		private int head() throws IOException {
			line();
			if (line.count < 12 || line.skip(0, "HTTP/1.") != 7) {
				throw new IOException("not an HTTP/1.x answer: " + line);
			}
			int status = (int) line.number(9, 10);
			if (status < 100 || status > 999) {
				throw new IOException("no status in " + line);
			}
			close = line.buf[7] == '0';
			length = -1;
			chunked = false;
			while (line() > 0) {
				if (line.isHeader("content-length")) {
					length = line.number(line.indexOf(':') + 1, 10);
				}
				else if (line.isHeader("transfer-encoding")) {
					chunked = line.headerHas("chunked");
				}
				else if (line.isHeader("connection")) {
					close = line.headerHas("close") || close && !line.headerHas("keep-alive");
				}
			}
			return status;
		}

		private void chunks() throws IOException {
			for (long size; (size = chunkSize()) > 0;) {
				read(size);
				line();
			}
			// Trailers, if any, up to the empty line.
			while (line() > 0) {
				// skip
			}
		}

		private long chunkSize() throws IOException {
			line();
			long size = line.number(0, 16);
			if (size < 0) {
				throw new IOException("no chunk size in " + line);
			}
			return size;
		}

		/** The next line, without its CR LF: its length. */
		private int line() throws IOException {
			line.reset();
			while (true) {
				if (pos == limit && !fill()) {
					throw new EOFException("connection closed by the server");
				}
				byte b = in[pos++];
				if (b == '\n') {
					if (line.count > 0 && line.buf[line.count - 1] == '\r') {
						line.count--;
					}
					return line.count;
				}
				line.add(b);
			}
		}

		private void read(long n) throws IOException {
			while (n > 0) {
				if (pos == limit && !fill()) {
					throw new EOFException("connection closed in a body");
				}
				int k = (int) Math.min(n, limit - pos);
				body.add(in, pos, k);
				pos += k;
				n -= k;
			}
		}

		private boolean fill() throws IOException {
			int n = input.read(in, 0, in.length);
			if (n <= 0) {
				return false;
			}
			answering = true;
			pos = 0;
			limit = n;
			return true;
		}

		@Override
		public void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException e) {
					// Closed anyway.
				}
				socket = null;
			}
		}
	}

	/** A growable byte array, reset and filled again for every request. */
	static final class Bytes {

		byte[] buf;
		int count;

		Bytes(int size) {
			buf = new byte[size];
		}

		void reset() {
			count = 0;
		}

		Bytes add(int b) {
			room(1);
			buf[count++] = (byte) b;
			return this;
		}

		Bytes add(byte[] b) {
			return add(b, 0, b.length);
		}

		Bytes add(byte[] b, int from, int length) {
			room(length);
			System.arraycopy(b, from, buf, count, length);
			count += length;
			return this;
		}

		/** Characters below 128 only, one byte each. */
		Bytes ascii(String s) {
			room(s.length());
			for (int i = 0; i < s.length(); i++) {
				buf[count++] = (byte) s.charAt(i);
			}
			return this;
		}

		Bytes number(long v) {
			return padded(v, 1);
		}

		/** {@code v} in decimal, with leading zeros to at least {@code width} digits. */
		Bytes padded(long v, int width) {
			if (v < 0) {
				add('-');
				v = -v;
			}
			int digits = 1;
			for (long x = v; x >= 10; x /= 10) {
				digits++;
			}
			int n = Math.max(digits, width);
			room(n);
			for (int i = count + n - 1; i >= count; i--) {
				buf[i] = (byte) ('0' + v % 10);
				v /= 10;
			}
			count += n;
			return this;
		}

		/** {@code v} with six decimals, as {@code %.6f} would write it, without a Formatter. */
		Bytes fixed6(double v) {
			long micros = Math.round(v * 1e6);
			if (micros < 0) {
				add('-');
				micros = -micros;
			}
			return number(micros / 1_000_000).add('.').padded(micros % 1_000_000, 6);
		}

		/** Where {@code ascii} ends if it is found at {@code at}, else -1. */
		int skip(int at, String ascii) {
			if (at < 0 || at + ascii.length() > count) {
				return -1;
			}
			for (int i = 0; i < ascii.length(); i++) {
				if (buf[at + i] != ascii.charAt(i)) {
					return -1;
				}
			}
			return at + ascii.length();
		}

		/** Whether this header line is named {@code lowerCase}, whatever its case. */
		boolean isHeader(String lowerCase) {
			int n = lowerCase.length();
			if (count <= n || buf[n] != ':') {
				return false;
			}
			for (int i = 0; i < n; i++) {
				if (lower(buf[i]) != lowerCase.charAt(i)) {
					return false;
				}
			}
			return true;
		}

		/** Whether this header line's value holds {@code lowerCase}, whatever its case. */
		boolean headerHas(String lowerCase) {
			int from = indexOf(':') + 1;
			outer: for (int i = from; i + lowerCase.length() <= count; i++) {
				for (int j = 0; j < lowerCase.length(); j++) {
					if (lower(buf[i + j]) != lowerCase.charAt(j)) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}

		/** The number from {@code i} on, after blanks, up to whatever follows it (a chunk's extensions), or -1. */
		long number(int i, int radix) {
			while (i < count && (buf[i] == ' ' || buf[i] == '\t')) {
				i++;
			}
			long n = 0;
			int from = i;
			for (int d; i < count && (d = Character.digit(buf[i], radix)) >= 0 && i - from < 15; i++) {
				n = n * radix + d;
			}
			return i == from ? -1 : n;
		}

		int indexOf(char c) {
			for (int i = 0; i < count; i++) {
				if (buf[i] == c) {
					return i;
				}
			}
			return -1;
		}

		private static int lower(byte b) {
			return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
		}

		String text(int from, int to) {
			return new String(buf, from, to - from, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return text(0, count);
		}

		private void room(int n) {
			if (count + n > buf.length) {
				buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
			}
		}
	}
}
