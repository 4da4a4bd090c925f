package org.zhili.plans.internal.ingestion;

import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a 100 KB work report into a draft plan (outline, tasks, targets, actuals), without Spring: the two
 * Nankai documents repeated to 100 KB of UTF-8. The issue asks for under a second. Run with
 * <pre>
 * ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark=IngestBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.SingleShotTime, Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m" })
public class IngestBenchmark {

	private final PlanParser parser = new PlanParser();
	private String document;

	@Setup
	public void load() {
		String report = PlanParserTest.seed("nankai_2018_government_work_report.txt");
		String points = PlanParserTest.seed("nankai_2012_party_committee_work_points.txt");
		StringBuilder b = new StringBuilder();
		while (b.toString().getBytes(StandardCharsets.UTF_8).length < 100 * 1024) {
			b.append(report).append('\n').append(points).append('\n');
		}
		document = b.toString();
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		System.out.printf("document: %d bytes, %d characters%n", bytes.length, document.length());
	}

	@Benchmark
	public DraftPlan parse100kb() {
		return parser.parse(document);
	}
}
