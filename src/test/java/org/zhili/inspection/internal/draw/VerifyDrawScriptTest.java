package org.zhili.inspection.internal.draw;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.draw.DrawFixtures.seed;

/** The citizens' verifier, docs/inspection/verify_draw.py, on records written here: it must agree bit for bit. */
class VerifyDrawScriptTest {

	private static final Path SCRIPT = Path.of("docs/inspection/verify_draw.py").toAbsolutePath();

	@TempDir
	Path dir;

	record Run(int exit, String output) {
	}

	@BeforeAll
	static void python() {
		try {
			Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
			Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 does not run");
		}
		catch (IOException | InterruptedException e) {
			Assumptions.abort("python3 is not on the PATH");
		}
	}

	@Test
	void aGenuineRecordIsFoundConsistent() throws Exception {
		// Escapes, emoji, a ratio of 2.5, map keys 10 and 9, conflicts that leave subjects unstaffed.
		Run small = run(record(DrawRecordsTest.small(), 4, null));
		assertThat(small.output()).contains("结论：一致", "D类（高风险）：共 1 个，抽取 1 个");
		assertThat(small.exit()).isZero();

		// A district with weights, expired licences, conflicts, last inspectors, workload ties.
		DrawInputs district = DrawFixtures.district(5000, 200);
		DrawOutcome out = new DrawEngine().draw(seed(11), district);
		assertThat(out.withdrawals()).extracting(Withdrawal::reason).containsOnly(Withdrawal.Reason.values());
		Run big = run(record(district, 11, out));
		assertThat(big.output()).contains("结论：一致", "抽中对象 " + out.picks().size() + " 个",
				"回避 " + out.withdrawals().size() + " 人次");
		assertThat(big.exit()).isZero();
	}

	@Test
	void aTamperedRecordIsFoundInconsistent() throws Exception {
		DrawInputs in = DrawFixtures.district(2000, 100);
		DrawOutcome out = new DrawEngine().draw(seed(12), in);
		List<Pick> picks = new ArrayList<>(out.picks());
		Pick third = picks.get(2);
		List<Long> team = new ArrayList<>(third.inspectorIds());
		team.set(0, 990L);
		picks.set(2, new Pick(3, third.subjectId(), third.creditClass(), third.weight(), team));
		DrawOutcome tampered = new DrawOutcome(picks, out.withdrawals(), out.unstaffed(), out.counts());

		Run run = run(record(in, 12, tampered));

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.output()).contains("结论：不一致", "第3个抽中对象（" + DrawFixtures.creditCode(third.subjectId())
				+ "）的检查人员应为 " + join(third.inspectorIds()) + "，而公布的是 " + join(team));

		// Another seed than the one committed to.
		String seedHex = DrawSeeds.hex(seed(13));
		String forged = DrawRecords.recordJson(seedHex, DrawRecords.commitment(seed(12)), DrawRecords.inputsHash(in),
				in, new DrawEngine().draw(seed(13), in));
		Run other = run(forged);
		assertThat(other.exit()).isEqualTo(1);
		assertThat(other.output()).contains("种子的哈希值与事先公布的承诺不符").doesNotContain("第1个抽中对象");

		// Inputs changed after the commitment: one subject's weight raised.
		String changed = record(in, 12, out).replace("\"subjectId\":7,\"weight\":100",
				"\"subjectId\":7,\"weight\":900");
		assertThat(changed).isNotEqualTo(record(in, 12, out));
		Run edited = run(changed);
		assertThat(edited.exit()).isEqualTo(1);
		assertThat(edited.output()).contains("输入数据的哈希值与事先公布的不符");
	}

	@Test
	void aRecordIsReadFromItsAddressToo() throws Exception {
		byte[] record = record(DrawRecordsTest.small(), 4, null).getBytes(StandardCharsets.UTF_8);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/v1/public/inspection/draws/7/record", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, record.length);
			exchange.getResponseBody().write(record);
			exchange.close();
		});
		server.start();
		try {
			Run run = runWith("http://127.0.0.1:" + server.getAddress().getPort()
					+ "/api/v1/public/inspection/draws/7/record");
			assertThat(run.output()).contains("结论：一致");
			assertThat(run.exit()).isZero();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void anUnreadableRecordIsSaidSo() throws Exception {
		Run run = run("{\"seed\":\"00\"");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.output()).contains("无法核验");
	}

	private static String record(DrawInputs in, long seed, DrawOutcome published) {
		DrawOutcome out = published != null ? published : new DrawEngine().draw(seed(seed), in);
		return DrawRecords.recordJson(DrawSeeds.hex(seed(seed)), DrawRecords.commitment(seed(seed)),
				DrawRecords.inputsHash(in), in, out);
	}

	private static String join(List<Long> ids) {
		return String.join("、", ids.stream().map(String::valueOf).toList());
	}

	private Run run(String record) throws Exception {
		Path file = Files.createTempFile(dir, "record", ".json");
		Files.writeString(file, record, StandardCharsets.UTF_8);
		return runWith(file.toString());
	}

	private static Run runWith(String source) throws Exception {
		ProcessBuilder pb = new ProcessBuilder("python3", SCRIPT.toString(), source).redirectErrorStream(true);
		pb.environment().put("PYTHONIOENCODING", "utf-8");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("verify_draw.py finished").isTrue();
		System.out.println(output);
		return new Run(p.exitValue(), output);
	}
}
