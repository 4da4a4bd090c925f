package org.zhili.inspection.internal.draw;

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
 * A district-sized draw: 100,000 subjects at A3 B5 C10 D100 (about 14,900 picks), 1,000 inspectors in ten
 * departments (2 % with expired licences), 1,000 declared conflicts, the previous inspectors of 20,000 subjects,
 * three seats per subject. Drawing and verifying must each take under a second. Run with
 * <pre>
 * ./mvnw -q -o -Pbenchmark test-compile exec:exec -Dbenchmark=DrawBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.SingleShotTime, Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class DrawBenchmark {

	private final DrawEngine engine = new DrawEngine();
	private final DrawVerifier verifier = new DrawVerifier();
	private final byte[] seed = DrawSeeds.fresh();
	private DrawInputs inputs;
	private DrawOutcome outcome;
	private String commitment;
	private String inputsHash;

	@Setup
	public void district() {
		inputs = DrawFixtures.district(100_000, 1_000);
		outcome = engine.draw(seed, inputs);
		commitment = DrawRecords.commitment(seed);
		inputsHash = DrawRecords.inputsHash(inputs);
		System.out.printf("%d subjects, %d inspectors: %d picks, %d withdrawals, %d unstaffed; inputs JSON %d chars%n",
				inputs.subjects().size(), inputs.inspectors().size(), outcome.picks().size(),
				outcome.withdrawals().size(), outcome.unstaffed().size(), DrawRecords.inputsJson(inputs).length());
	}

	@Benchmark
	public DrawOutcome draw() {
		return engine.draw(seed, inputs);
	}

	/** Hashing the inputs, drawing again, comparing. */
	@Benchmark
	public Verification verify() {
		Verification v = verifier.verify(DrawSeeds.hex(seed), commitment, inputs, inputsHash, outcome);
		if (!v.matches()) {
			throw new IllegalStateException(v.differences().toString());
		}
		return v;
	}

	/** What a citizen downloads. */
	@Benchmark
	public String recordJson() {
		return DrawRecords.recordJson(DrawSeeds.hex(seed), commitment, inputsHash, inputs, outcome);
	}
}
