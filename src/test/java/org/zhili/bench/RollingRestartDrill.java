package org.zhili.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rolling-restart drill's client (ops/cluster.sh drill): drives intake through the proxy at a constant rate as a
 * real client would — every create and every dispatch with an {@code Idempotency-Key}, a failed attempt (no answer,
 * 409 while the first attempt runs, 502/503/504) tried again with the same key until it is answered — while the script
 * restarts one node, then the other. Every {@code --dispatch-every}th case is dispatched EMERGENCY, which starts its
 * acceptance clock (short in the drill: the nodes run with {@code zhili.cases.limits.emergency-accept=1min}), so
 * timers come due on both nodes while they restart.
 * <p>
 * When the script has written {@code --until} (the restarts are done) and at least {@code --min-duration} seconds
 * have passed, the load stops; once the last clocks had time to fire, the drill checks the database
 * ({@code --jdbc}) and prints its figures: acknowledged cases lost and stored twice, cases stored but never
 * acknowledged, acknowledged dispatches not in the database, clocks that came due and did not fire or fired twice,
 * failed attempts and requests never answered. A browser session signed in through the proxy before the restarts
 * must still open a page on each node ({@code --nodes}) after them. Exits 1 when any figure is not as it must be.
 * <p>
 * Reuses {@link IntakeLoad}'s cases, tokens and HTTP connection. Runs with the application's libraries (for the
 * PostgreSQL driver): see ops/cluster.sh.
 */
public final class RollingRestartDrill {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final byte[] DISPATCH = "{\"urgency\":\"EMERGENCY\"}".getBytes(StandardCharsets.UTF_8);
	/** A request not answered within this long (with every retry) counts as never answered. */
	private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(90);
	/** A clock is judged once it came due this long before the check: the scheduler polls every 10 s. */
	private static final Duration CLOCK_SLACK = Duration.ofSeconds(15);

	private final Map<String, String> options;
	private final IntakeLoad cases;
	private final URI url;
	private final String keyPrefix = UUID.randomUUID() + "-";
	private final LongAdder attempts = new LongAdder();
	private final LongAdder failedAttempts = new LongAdder();
	private final LongAdder retried = new LongAdder();
	private final LongAdder neverAnswered = new LongAdder();
	private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
	private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
	private final Map<Long, Boolean> dispatched = new ConcurrentHashMap<>();
	private final AtomicLong sequence = new AtomicLong();
	private byte[] createHead;
	private byte[] dispatchHead;

	private RollingRestartDrill(Map<String, String> options) throws IOException {
		this.options = options;
		this.url = URI.create(options.get("url"));
		this.cases = IntakeLoad.of("--url", options.get("url"));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("url", "http://127.0.0.1:18080", "rate", "50", "connections",
				"48", "dispatch-every", "5", "min-duration", "30", "max-duration", "900", "settle", "30"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		System.exit(new RollingRestartDrill(options).run() ? 0 : 1);
	}

	private boolean run() throws Exception {
		String host = url.getHost();
		int port = url.getPort();
		createHead = ("POST /api/v1/cases HTTP/1.1\r\n" + cases.headers(cases.token("operator")))
			.getBytes(StandardCharsets.UTF_8);
		dispatchHead = cases.headers(cases.token("dispatcher")).getBytes(StandardCharsets.UTF_8);
		Browser browser = new Browser();
		browser.signIn(url.toString(), "leader");

		double rate = Double.parseDouble(options.get("rate"));
		int connections = Integer.parseInt(options.get("connections"));
		long dispatchEvery = Long.parseLong(options.get("dispatch-every"));
		Path until = options.containsKey("until") ? Path.of(options.get("until")) : null;
		long start = System.nanoTime();
		long minEnd = start + TimeUnit.SECONDS.toNanos(Long.parseLong(options.get("min-duration")));
		long maxEnd = start + TimeUnit.SECONDS.toNanos(Long.parseLong(options.get("max-duration")));
		Instant startedAt = Instant.now();
		System.out.printf(Locale.ROOT, "drill: %s cases/s through %s, every %dth dispatched, until %s%n", rate, url,
				dispatchEvery, until == null ? "min-duration" : until);

		LinkedBlockingQueue<Long> due = new LinkedBlockingQueue<>();
		List<Thread> senders = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Thread t = new Thread(() -> send(due, host, port, dispatchEvery), "drill-" + i);
			t.start();
			senders.add(t);
		}
		long n = 0;
		long behind = 0;
		long lastReport = start;
		while (true) {
			long at = start + (long) (n * 1e9 / rate);
			long now = System.nanoTime();
			if (at - now > 0) {
				LockSupport.parkNanos(at - now);
			}
			now = System.nanoTime();
			if (now - maxEnd > 0 || now - minEnd > 0 && (until == null || Files.exists(until))) {
				break;
			}
			due.add(++n);
			behind = Math.max(behind, due.size());
			if (now - lastReport > TimeUnit.SECONDS.toNanos(10)) {
				lastReport = now;
				System.out.printf(Locale.ROOT, "drill t=%3ds: %,d cases acknowledged, %,d dispatched, %,d failed attempts%n",
						TimeUnit.NANOSECONDS.toSeconds(now - start), acknowledged.size(), dispatched.size(),
						failedAttempts.sum());
			}
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
		for (int i = 0; i < connections; i++) {
			due.add(-1L);
		}
		for (Thread t : senders) {
			t.join();
		}
		Instant loadEnded = Instant.now();
		double answeredIn = (System.nanoTime() - start) / 1e9;
		// Open loop: when the nodes fall behind, cases wait to be sent; the rate reached counts until the last answer.
		System.out.printf(Locale.ROOT, "drill: load ended after %d s: %,d cases due (%.0f/s), %,d acknowledged in %.0f s "
				+ "(%.0f/s reached); at most %,d cases waited to be sent (%.1f s behind)%n", seconds, n, n / (double) seconds,
				acknowledged.size(), answeredIn, acknowledged.size() / answeredIn, behind, behind / rate);

		boolean sessionKept = browser.opensOnEvery(options.getOrDefault("nodes", "").split(","));
		try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.getOrDefault("db-user", "postgres"),
				options.getOrDefault("db-password", ""))) {
			waitForClocks(db, loadEnded);
			return report(db, startedAt, sessionKept);
		}
	}

	/** One sender: takes the next case number, creates it (and perhaps dispatches it) with retries. */
	private void send(LinkedBlockingQueue<Long> due, String host, int port, long dispatchEvery) {
		IntakeLoad.Http http = new IntakeLoad.Http(host, port);
		IntakeLoad.Bytes body = new IntakeLoad.Bytes(2048);
		IntakeLoad.Bytes request = new IntakeLoad.Bytes(4096);
		try {
			for (long n; (n = due.take()) >= 0;) {
				cases.caseBody(n, body);
				request.reset();
				request.add(createHead).ascii("Content-Length: ").number(body.count).ascii("\r\nIdempotency-Key: ")
					.ascii(keyPrefix).number(n).ascii("\r\n\r\n").add(body.buf, 0, body.count);
				if (!exchange(http, request)) {
					continue;
				}
				String[] created = IntakeLoad.idAndTrackingNumber(http.body);
				if (created == null) {
					System.err.println("drill: an acknowledged create without id: " + http.body);
					continue;
				}
				long id = Long.parseLong(created[0]);
				if (acknowledged.put(id, keyPrefix + n) != null) {
					System.err.println("drill: two keys answered with case " + id);
				}
				if (n % dispatchEvery == 0) {
					request.reset();
					request.ascii("POST /api/v1/cases/").number(id).ascii("/actions/dispatch HTTP/1.1\r\n").add(dispatchHead)
						.ascii("Content-Length: ").number(DISPATCH.length).ascii("\r\nIdempotency-Key: ").ascii(keyPrefix)
						.ascii("d").number(n).ascii("\r\n\r\n").add(DISPATCH);
					if (exchange(http, request)) {
						dispatched.put(id, Boolean.TRUE);
					}
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			http.close();
		}
	}

	/**
	 * Sends until answered 2xx, as a client with an idempotency key may: again after no answer, 409 (the first attempt
	 * still running), 502, 503 or 504. Another refusal is a failure of the drill's own requests, printed.
	 */
	private boolean exchange(IntakeLoad.Http http, IntakeLoad.Bytes request) {
		long first = System.nanoTime();
		long backoff = 50;
		for (int attempt = 0;; attempt++) {
			attempts.increment();
			int status;
			try {
				status = http.send(request);
			}
			catch (IOException e) {
				status = 0;
			}
			if (status / 100 == 2) {
				if (attempt > 0) {
					retried.increment();
				}
				return true;
			}
			failedAttempts.increment();
			failures.computeIfAbsent(status, s -> new LongAdder()).increment();
			boolean retryable = status == 0 || status == 409 || status == 502 || status == 503 || status == 504;
			if (!retryable || System.nanoTime() - first > GIVE_UP_NANOS) {
				neverAnswered.increment();
				System.err.println("drill: given up after " + (attempt + 1) + " attempts, last " + status + ": " + http.body);
				return false;
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
			backoff = Math.min(1000, backoff * 2);
		}
	}

	/**
	 * Waits (at most --settle seconds) until the acceptance clocks that came due up to the check have fired; clocks
	 * still ahead are not waited for (they are not judged).
	 */
	private void waitForClocks(Connection db, Instant loadEnded) throws SQLException, InterruptedException {
		Instant deadline = loadEnded.plusSeconds(Long.parseLong(options.get("settle")));
		while (Instant.now().isBefore(deadline)) {
			long pending = count(db, """
					select count(*) from process.clock where loop = 'case' and name = 'accept' and item_id = any(?)
					and state = 'RUNNING' and due_at < ? and fired_for is distinct from due_at""", dispatchedIds(),
					Instant.now().minus(CLOCK_SLACK));
			if (pending == 0) {
				return;
			}
			Thread.sleep(2000);
		}
	}

	private boolean report(Connection db, Instant startedAt, boolean sessionKept) throws SQLException {
		List<Long> ids = new ArrayList<>(acknowledged.keySet());
		long lost = ids.size() - count(db, "select count(*) from cases.case_record where id = any(?)", ids);
		long twice = count(db, """
				select count(*) from (select description from cases.case_record group by description
				                      having count(*) > 1) twice""");
		long unacknowledged = count(db, """
				select count(*) from cases.case_record where registered_at >= ? and not (id = any(?))
				and description like '%（来电 %'""", startedAt, ids);
		List<Long> dispatchedIds = dispatchedIds();
		long dispatchLost = dispatchedIds.size() - count(db, """
				select count(*) from cases.case_record where id = any(?) and state <> 'REGISTERED'""", dispatchedIds);
		Instant judged = Instant.now().minus(CLOCK_SLACK);
		long cameDue = count(db, """
				select count(*) from process.clock where loop = 'case' and name = 'accept' and item_id = any(?)
				and due_at < ?""", dispatchedIds, judged);
		long missed = count(db, """
				select count(*) from process.clock where loop = 'case' and name = 'accept' and item_id = any(?)
				and due_at < ? and state = 'RUNNING' and fired_for is distinct from due_at""", dispatchedIds, judged);
		long firedTwice = count(db, """
				select count(*) from (select case_id from cases.case_event where case_id = any(?) and action = 'ESCALATE'
				                      group by case_id having count(*) > 1) twice""", dispatchedIds);
		long escalated = count(db, """
				select count(distinct case_id) from cases.case_event where case_id = any(?) and action = 'ESCALATE'""",
				dispatchedIds);
		long warnedTwice = count(db, """
				select count(*) from (select case_id from cases.case_event where case_id = any(?) and action = 'REMIND'
				                      group by case_id having count(*) > 1) twice""", dispatchedIds);
		long all = attempts.sum();
		double failedShare = all == 0 ? 0 : 100.0 * failedAttempts.sum() / all;

		System.out.println("==== rolling restart drill ====");
		System.out.printf(Locale.ROOT, "cases acknowledged:                 %,d%n", ids.size());
		System.out.printf(Locale.ROOT, "acknowledged cases lost:            %,d%n", lost);
		System.out.printf(Locale.ROOT, "cases stored twice:                 %,d%n", twice);
		System.out.printf(Locale.ROOT, "stored but never acknowledged:      %,d%n", unacknowledged);
		System.out.printf(Locale.ROOT, "dispatches acknowledged:            %,d (not in the database: %,d)%n",
				dispatchedIds.size(), dispatchLost);
		System.out.printf(Locale.ROOT, "acceptance clocks that came due:    %,d (escalated: %,d)%n", cameDue, escalated);
		System.out.printf(Locale.ROOT, "timers missed:                      %,d%n", missed);
		System.out.printf(Locale.ROOT, "timers fired twice:                 %,d (warnings twice: %,d)%n", firedTwice, warnedTwice);
		System.out.printf(Locale.ROOT, "requests sent (attempts):           %,d%n", all);
		System.out.printf(Locale.ROOT, "failed attempts:                    %,d (%.3f %%) %s%n", failedAttempts.sum(), failedShare,
				failures.entrySet().stream().map(e -> (e.getKey() == 0 ? "no answer" : e.getKey()) + "×" + e.getValue())
					.sorted().toList());
		System.out.printf(Locale.ROOT, "requests retried and answered:      %,d%n", retried.sum());
		System.out.printf(Locale.ROOT, "requests never answered:            %,d%n", neverAnswered.sum());
		System.out.printf(Locale.ROOT, "session kept across restarts:       %s%n", sessionKept ? "yes, on every node" : "NO");
		boolean ok = lost == 0 && twice == 0 && unacknowledged == 0 && dispatchLost == 0 && missed == 0 && firedTwice == 0
				&& warnedTwice == 0 && neverAnswered.sum() == 0 && failedShare < 0.1 && sessionKept && !ids.isEmpty()
				&& cameDue > 0;
		System.out.println("drill " + (ok ? "PASSED" : "FAILED"));
		return ok;
	}

	private List<Long> dispatchedIds() {
		return new ArrayList<>(dispatched.keySet());
	}

	private static long count(Connection db, String sql, Object... params) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				Object p = params[i];
				if (p instanceof List<?> list) {
					query.setArray(i + 1, db.createArrayOf("bigint", list.toArray()));
				}
				else if (p instanceof Instant instant) {
					query.setTimestamp(i + 1, Timestamp.from(instant));
				}
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** A browser signed in through the proxy: its session cookie must open a page on each node after the restarts. */
	private static final class Browser {

		private final CookieManager cookies = new CookieManager();
		private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		private String cookie;

		void signIn(String base, String user) throws IOException, InterruptedException {
			String login = client.send(page(base + "/login").build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(login);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on the login page");
			}
			String form = "username=" + user + "&password=" + enc(IntakeLoadPassword.VALUE) + "&_csrf=" + enc(csrf.group(1));
			client.send(page(base + "/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
			cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(c -> c.getName() + "=" + c.getValue()).findFirst()
				.orElseThrow(() -> new IllegalStateException("no session cookie after signing in"));
		}

		/** Whether the cookie opens the home page (200, not a redirect to the login page) on every node. */
		boolean opensOnEvery(String[] nodes) throws IOException, InterruptedException {
			boolean all = true;
			HttpClient plain = HttpClient.newHttpClient();
			for (String node : nodes) {
				if (node.isBlank()) {
					continue;
				}
				int status = plain.send(page(node + "/").header("Cookie", cookie).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
				System.out.printf(Locale.ROOT, "drill: the session signed in before the restarts, on %s: %d%n", node, status);
				all &= status == 200;
			}
			return all;
		}

		private static HttpRequest.Builder page(String uri) {
			return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").timeout(Duration.ofSeconds(30));
		}

		private static String enc(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8);
		}
	}

	/** The demo users' password, as {@link IntakeLoad} signs in with it. */
	private static final class IntakeLoadPassword {

		static final String VALUE = "Zhili@2026";
	}
}
