package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhili.inspection.internal.draw.DrawFixtures.creditCode;
import static org.zhili.inspection.internal.draw.DrawFixtures.seed;

class DrawVerifierTest {

	private final DrawVerifier verifier = new DrawVerifier();
	private final DrawInputs in = DrawFixtures.district(2000, 100);
	private final DrawOutcome out = new DrawEngine().draw(seed(21), in);
	private final String seedHex = DrawSeeds.hex(seed(21));
	private final String commitment = DrawRecords.commitment(seed(21));
	private final String inputsHash = DrawRecords.inputsHash(in);

	@Test
	void aGenuineDrawMatches() {
		Verification v = verifier.verify(seedHex, commitment, in, inputsHash, out);

		assertThat(v.differences()).isEmpty();
		assertThat(v.matches()).isTrue();
		// The same through the downloaded record.
		String record = DrawRecords.recordJson(seedHex, commitment, inputsHash, in, out);
		assertThat(verifier.verify(DrawRecords.recordFromJson(record)).matches()).isTrue();
	}

	@Test
	void aSeedOtherThanTheCommittedOneIsCaught() {
		byte[] other = seed(22);
		Verification v = verifier.verify(DrawSeeds.hex(other), commitment, in, inputsHash,
				new DrawEngine().draw(other, in));

		assertThat(v.matches()).isFalse();
		assertThat(v.differences()).containsExactly("种子的哈希值与事先公布的承诺不符");
		assertThat(verifier.verify("xyz", commitment, in, inputsHash, out).differences())
			.containsExactly("公布的种子不是有效的十六进制字符串");
	}

	@Test
	void inputsChangedAfterTheCommitmentAreCaught() {
		List<Candidate> subjects = new ArrayList<>(in.subjects());
		Candidate first = subjects.get(0);
		subjects.set(0, new Candidate(first.subjectId(), first.creditCode(), first.creditClass(), 500, "改动"));
		DrawInputs changed = new DrawInputs(in.algorithm(), in.day(), subjects, in.ratios(), in.seats(),
				in.inspectors(), in.lastInspectors());

		Verification v = verifier.verify(seedHex, commitment, changed, inputsHash,
				new DrawEngine().draw(seed(21), changed));

		assertThat(v.matches()).isFalse();
		assertThat(v.differences()).containsExactly("输入数据的哈希值与事先公布的不符");
	}

	@Test
	void aSwappedPickIsNamedByItsPlaceAndCreditCode() {
		List<Pick> picks = new ArrayList<>(out.picks());
		Pick third = picks.get(2);
		long outsider = in.subjects().stream().map(Candidate::subjectId)
			.filter(id -> out.picks().stream().noneMatch(p -> p.subjectId() == id)).findFirst().orElseThrow();
		picks.set(2, new Pick(3, outsider, third.creditClass(), third.weight(), third.inspectorIds()));

		Verification v = verifier.verify(seedHex, commitment, in, inputsHash, with(picks));

		assertThat(v.matches()).isFalse();
		assertThat(v.differences()).containsExactly(
				"第3个抽中对象应为 " + creditCode(third.subjectId()) + "，而公布的是 " + creditCode(outsider));
	}

	@Test
	void aSwappedInspectorIsNamed() {
		List<Pick> picks = new ArrayList<>(out.picks());
		Pick fifth = picks.get(4);
		List<Long> team = new ArrayList<>(fifth.inspectorIds());
		team.set(1, team.get(1) == 40L ? 50L : 40L);
		picks.set(4, new Pick(5, fifth.subjectId(), fifth.creditClass(), fifth.weight(), team));

		Verification v = verifier.verify(seedHex, commitment, in, inputsHash, with(picks));

		assertThat(v.differences()).containsExactly("第5个抽中对象（" + creditCode(fifth.subjectId()) + "）的检查人员应为 "
				+ ids(fifth.inspectorIds()) + "，而公布的是 " + ids(team));
	}

	@Test
	void aHiddenOrInventedWithdrawalIsNamed() {
		List<Withdrawal> withdrawals = new ArrayList<>(out.withdrawals());
		Withdrawal hidden = withdrawals.remove(0);
		Withdrawal invented = new Withdrawal(out.picks().get(0).subjectId(), 999, Withdrawal.Reason.CONFLICT);
		withdrawals.add(invented);

		Verification v = verifier.verify(seedHex, commitment, in, inputsHash,
				new DrawOutcome(out.picks(), withdrawals, out.unstaffed(), out.counts()));

		assertThat(v.differences()).containsExactly(
				"应有回避记录：检查人员 " + hidden.inspectorId() + " 回避对象 " + creditCode(hidden.subjectId()) + "（"
						+ hidden.reason().label() + "），而公布的结果中没有",
				"公布的回避记录不应存在：检查人员 999 回避对象 " + creditCode(invented.subjectId()) + "（申报回避）");
	}

	@Test
	void aShortenedListAndFalseCountsAreNamedAndManyDifferencesCounted() {
		List<Pick> picks = new ArrayList<>(out.picks().subList(0, out.picks().size() - 1));
		Verification shortened = verifier.verify(seedHex, commitment, in, inputsHash, with(picks));
		assertThat(shortened.differences()).containsExactly(
				"应抽中 " + out.picks().size() + " 个对象，而公布的是 " + picks.size() + " 个",
				"第" + out.picks().size() + "个抽中对象应为 " + creditCode(out.picks().get(picks.size()).subjectId())
						+ "，而公布的结果中没有");

		// Every pick shifted by one: the first 50 differences are listed, the rest counted.
		List<Pick> shifted = new ArrayList<>(out.picks());
		shifted.add(0, shifted.remove(shifted.size() - 1));
		List<String> many = verifier.verify(seedHex, commitment, in, inputsHash, with(shifted)).differences();
		assertThat(many).hasSize(OutcomeComparison.LIMIT + 1);
		assertThat(many.get(OutcomeComparison.LIMIT)).matches("……另有 \\d+ 处不符");
	}

	private DrawOutcome with(List<Pick> picks) {
		return new DrawOutcome(picks, out.withdrawals(), out.unstaffed(), out.counts());
	}

	private static String ids(List<Long> ids) {
		return String.join("、", ids.stream().map(String::valueOf).toList());
	}
}
