package org.zhili.inspection.internal.draw;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhili.inspection.CreditClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhili.inspection.internal.draw.DrawFixtures.DAY;
import static org.zhili.inspection.internal.draw.DrawFixtures.SCJ;
import static org.zhili.inspection.internal.draw.DrawFixtures.YJJ;
import static org.zhili.inspection.internal.draw.DrawFixtures.inputs;
import static org.zhili.inspection.internal.draw.DrawFixtures.inspector;
import static org.zhili.inspection.internal.draw.DrawFixtures.seats;
import static org.zhili.inspection.internal.draw.DrawFixtures.seed;

class DrawRecordsTest {

	static DrawInputs small() {
		Map<CreditClass, BigDecimal> ratios = new EnumMap<>(CreditClass.class);
		ratios.put(CreditClass.A, new BigDecimal("2.50"));
		ratios.put(CreditClass.D, new BigDecimal("100.0"));
		return inputs(
				List.of(new Candidate(10, "91120104MA05L2XQ7K", CreditClass.D, 100, null),
						new Candidate(9, "91120104MA05L2XQ8L", CreditClass.A, 130,
								"群众投诉 3 件：\"油烟\"\\噪声\n夜间\t\u0001😀/")),
				ratios, seats(YJJ, 1, SCJ, 1),
				List.of(inspector(2, YJJ), inspector(1, SCJ, DAY, "91120104MA05L2XQ8L", "91120104MA05L2XQ7K")),
				Map.of(10L, List.of(2L, 1L), 9L, List.of(1L)));
	}

	@Test
	void theCommitmentIsTheShaOfTheSeedBytes() {
		assertThat(DrawRecords.commitment("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void inputsAreWrittenAsCanonicalJson() {
		String json = DrawRecords.inputsJson(small());

		// Keys sorted, no whitespace, ratios as plain decimal strings, lists by id, codes sorted, map keys as text
		// ("10" before "9"), only " \ and control characters escaped, the rest as is.
		assertThat(json).isEqualTo("{\"algorithm\":\"zhili-draw/1\",\"day\":\"2026-05-11\","
				+ "\"inspectors\":[{\"conflictCreditCodes\":[\"91120104MA05L2XQ7K\",\"91120104MA05L2XQ8L\"],"
				+ "\"departmentCode\":\"120104SCJ\",\"inspectorId\":1,\"licenceExpires\":\"2026-05-11\"},"
				+ "{\"conflictCreditCodes\":[],\"departmentCode\":\"120104YJJ\",\"inspectorId\":2,"
				+ "\"licenceExpires\":\"2027-05-11\"}],"
				+ "\"lastInspectors\":{\"10\":[1,2],\"9\":[1]},"
				+ "\"ratios\":{\"A\":\"2.5\",\"D\":\"100\"},"
				+ "\"seats\":{\"120104SCJ\":1,\"120104YJJ\":1},"
				+ "\"subjects\":[{\"creditClass\":\"A\",\"creditCode\":\"91120104MA05L2XQ8L\",\"subjectId\":9,"
				+ "\"weight\":130,\"weightReason\":\"群众投诉 3 件：\\\"油烟\\\"\\\\噪声\\n夜间\\t\\u0001😀/\"},"
				+ "{\"creditClass\":\"D\",\"creditCode\":\"91120104MA05L2XQ7K\",\"subjectId\":10,\"weight\":100,"
				+ "\"weightReason\":null}]}");
		assertThat(DrawRecords.inputsHash(small()))
			.isEqualTo(CanonicalJson.sha256Hex(json.getBytes(StandardCharsets.UTF_8)))
			.hasSize(64);
	}

	@Test
	void inputsOutcomeAndRecordReadBackAsWritten() {
		DrawInputs in = small();
		DrawOutcome out = new DrawEngine().draw(seed(4), in);
		assertThat(out.withdrawals()).isNotEmpty();

		assertThat(DrawRecords.inputsFromJson(DrawRecords.inputsJson(in))).isEqualTo(in);
		assertThat(DrawRecords.outcomeFromJson(DrawRecords.outcomeJson(out))).isEqualTo(out);
		String seedHex = DrawSeeds.hex(seed(4));
		String record = DrawRecords.recordJson(seedHex, DrawRecords.commitment(seed(4)), DrawRecords.inputsHash(in),
				in, out);
		assertThat(DrawRecords.recordFromJson(record)).isEqualTo(new DrawRecord(seedHex,
				DrawRecords.commitment(seed(4)), DrawRecords.inputsHash(in), in, out));
		assertThat(record).startsWith("{\"algorithm\":\"zhili-draw/1\",\"commitment\":\"")
			.contains(",\"inputs\":" + DrawRecords.inputsJson(in) + ",\"inputsHash\":\"")
			.contains(",\"outcome\":" + DrawRecords.outcomeJson(out) + ",\"seed\":\"" + seedHex + "\"}");
		assertThat(DrawRecords.recordJson(DrawRecords.recordFromJson(record))).isEqualTo(record);
	}

	@Test
	void theWritersAreCanonicalForADistrictToo() {
		DrawInputs in = DrawFixtures.district(3000, 100);
		DrawOutcome out = new DrawEngine().draw(seed(5), in);
		String inputs = DrawRecords.inputsJson(in);
		String outcome = DrawRecords.outcomeJson(out);
		String record = DrawRecords.recordJson("00ff", DrawRecords.commitment(new byte[] { 0, -1 }),
				DrawRecords.inputsHash(in), in, out);

		assertThat(inputs).isEqualTo(Canonicaliser.canonical(inputs));
		assertThat(outcome).isEqualTo(Canonicaliser.canonical(outcome));
		assertThat(record).isEqualTo(Canonicaliser.canonical(record));
		String small = DrawRecords.inputsJson(small());
		assertThat(small).isEqualTo(Canonicaliser.canonical(small));
		assertThat(DrawRecords.inputsHash(in))
			.isEqualTo(CanonicalJson.sha256Hex(inputs.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theOutcomeJsonNamesEveryPartPlainly() {
		DrawOutcome out = new DrawOutcome(List.of(new Pick(1, 9, CreditClass.A, 130, List.of(1L, 2L))),
				List.of(new Withdrawal(10, 1, Withdrawal.Reason.CONFLICT)), List.of(10L),
				Map.of(CreditClass.A, new ClassCount(1, 1)));

		assertThat(DrawRecords.outcomeJson(out)).isEqualTo("{\"counts\":{\"A\":{\"drawn\":1,\"population\":1}},"
				+ "\"picks\":[{\"creditClass\":\"A\",\"inspectorIds\":[1,2],\"order\":1,\"subjectId\":9,"
				+ "\"weight\":130}],"
				+ "\"unstaffed\":[10],\"withdrawals\":[{\"inspectorId\":1,\"reason\":\"CONFLICT\",\"subjectId\":10}]}");
	}

	@Test
	void badRecordsAreRefusedNamingWhatIsWrong() {
		String json = DrawRecords.inputsJson(small());

		assertThatThrownBy(() -> DrawRecords.inputsFromJson(json.replace("\"day\":\"2026-05-11\",", "")))
			.hasMessageContaining("缺少字段 day");
		assertThatThrownBy(() -> DrawRecords.inputsFromJson(json.replace("\"A\":\"2.5\"", "\"A\":2.5")))
			.hasMessageContaining("字符串");
		assertThatThrownBy(() -> DrawRecords.inputsFromJson(json.replace("\"A\":\"2.5\"", "\"A\":\"2.5e0\"")))
			.hasMessageContaining("抽查比例");
		String repeated = json.replace("{\"algorithm\"", "{\"day\":\"2026-01-01\",\"algorithm\"");
		assertThatThrownBy(() -> DrawRecords.inputsFromJson(repeated))
			.hasMessageContaining("不是有效的 JSON");
		assertThatThrownBy(() -> DrawRecords.inputsFromJson(json.replace("\"subjectId\":9", "\"subjectId\":9.5")))
			.hasMessageContaining("subjectId");
		assertThatThrownBy(() -> DrawRecords.outcomeFromJson("{\"picks\":[],\"withdrawals\":[],\"unstaffed\":[]}"))
			.hasMessageContaining("缺少字段 counts");
		DrawInputs lone = inputs(List.of(new Candidate(1, "X", CreditClass.A, 110, "\uD800")), Map.of(),
				seats(SCJ, 2), List.of(), Map.of());
		assertThatThrownBy(() -> DrawRecords.inputsJson(lone)).hasMessageContaining("Unicode");
	}

	@Test
	void seedsAreThirtyTwoFreshBytesInHex() {
		byte[] a = DrawSeeds.fresh();
		assertThat(a).hasSize(32).isNotEqualTo(DrawSeeds.fresh());
		assertThat(DrawSeeds.parse(DrawSeeds.hex(a))).isEqualTo(a);
		assertThat(DrawSeeds.hex(new byte[] { 0, (byte) 0xAB })).isEqualTo("00ab");
		assertThatThrownBy(() -> DrawSeeds.parse("abc")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DrawSeeds.parse("zz")).isInstanceOf(IllegalArgumentException.class);
	}
}
