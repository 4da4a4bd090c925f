package org.zhili.routing.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Messages classified per second on one thread by the shipped model — segmentation, features, both linear
 * heads and the five weighing terms, as the classify endpoint does for each text — over the 7,407 shipped
 * corpus messages in turn (real titles and bodies). Also prints the model's size in memory, measured by JOL
 * over the loaded object graph, and the heap the first classification adds (the segmenter's dictionaries).
 * Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ClassifyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g", "-Djdk.attach.allowAttachSelf=true" })
@Threads(1)
public class ClassifyBenchmark {

	private RoutingModel model;
	private List<Message> messages;
	private int next;

	@Setup
	public void load() throws IOException {
		long before = usedHeap();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.MODEL)) {
			model = RoutingModel.read(in);
		}
		long loaded = usedHeap();
		model.predict("", "小区路灯坏了", 5);
		long segmenter = usedHeap();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelCommand.CORPUS)) {
			messages = Corpus.readShipped(in);
		}
		long jol = GraphLayout.parseInstance(model).totalSize();
		System.out.printf(Locale.ROOT,
				"%nrouting model %s: %d features x %d labels; in memory %.1f MB (JOL object graph); heap after loading"
						+ " +%.1f MB; the first classification (segmenter dictionaries) +%.1f MB more%n",
				model.info().version(), model.features(), model.labels().size(), jol / 1e6, (loaded - before) / 1e6,
				(segmenter - loaded) / 1e6);
	}

	@Benchmark
	public int classifyOne() {
		Message m = messages.get(next++ % messages.size());
		return model.predict(m.title(), m.text(), 5).ranked()[0];
	}

	/**
	 * The same work timed by the thread's CPU clock: messages per CPU-second of one core, which other processes
	 * on a busy machine do not slow down (JMH's score above is per wall-clock second).
	 */
	@TearDown
	public void cpuTime() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		int n = 20_000;
		int sink = 0;
		long start = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < n; i++) {
			sink += classifyOne();
		}
		long cpu = threads.getCurrentThreadCpuTime() - start;
		System.out.printf(Locale.ROOT, "%n%d messages in %.2f s of one core's CPU time: %.0f messages per CPU-second (%d)%n",
				n, cpu / 1e9, n / (cpu / 1e9), sink % 2);
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}
}
