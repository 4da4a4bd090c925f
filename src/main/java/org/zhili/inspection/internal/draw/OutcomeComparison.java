package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zhili.inspection.CreditClass;

/**
 * The differences between the outcome a draw gives and the one published, each named as a reader would check it:
 * which pick, which subject (by credit code), which inspectors.
 */
final class OutcomeComparison {

	/** Past this many, the rest are only counted: one wrong seed makes every pick differ. */
	static final int LIMIT = 50;

	private final DrawInputs inputs;
	private final List<String> differences = new ArrayList<>();
	private Map<Long, String> creditCodes; // only when there is a difference to name
	private int unlisted;

	OutcomeComparison(DrawInputs inputs) {
		this.inputs = inputs;
	}

	List<String> compare(DrawOutcome expected, DrawOutcome published) {
		compareCounts(expected, published);
		comparePicks(expected.picks(), published.picks());
		compareWithdrawals(expected.withdrawals(), published.withdrawals());
		if (!expected.unstaffed().equals(published.unstaffed())) {
			add("人员不足的对象应为 %s，而公布的是 %s", subjects(expected.unstaffed()), subjects(published.unstaffed()));
		}
		if (unlisted > 0) {
			differences.add("……另有 " + unlisted + " 处不符");
		}
		return differences;
	}

	private void compareCounts(DrawOutcome expected, DrawOutcome published) {
		for (CreditClass c : CreditClass.values()) {
			ClassCount e = expected.counts().get(c);
			ClassCount p = published.counts().get(c);
			if (p == null) {
				add("公布的结果缺少%s的数量", c.label());
			}
			else if (e.population() != p.population()) {
				add("%s对象总数应为 %d，而公布的是 %d", c.label(), e.population(), p.population());
			}
			else if (e.drawn() != p.drawn()) {
				add("%s应抽取 %d 个，而公布的是 %d 个", c.label(), e.drawn(), p.drawn());
			}
		}
	}

	private void comparePicks(List<Pick> expected, List<Pick> published) {
		if (expected.size() != published.size()) {
			add("应抽中 %d 个对象，而公布的是 %d 个", expected.size(), published.size());
		}
		for (int i = 0; i < Math.max(expected.size(), published.size()); i++) {
			int n = i + 1;
			if (i >= published.size()) {
				add("第%d个抽中对象应为 %s，而公布的结果中没有", n, subject(expected.get(i).subjectId()));
				continue;
			}
			Pick p = published.get(i);
			if (i >= expected.size()) {
				add("公布的第%d个抽中对象 %s 不应存在", n, subject(p.subjectId()));
				continue;
			}
			Pick e = expected.get(i);
			if (e.subjectId() != p.subjectId()) {
				add("第%d个抽中对象应为 %s，而公布的是 %s", n, subject(e.subjectId()), subject(p.subjectId()));
			}
			else if (!e.inspectorIds().equals(p.inspectorIds())) {
				add("第%d个抽中对象（%s）的检查人员应为 %s，而公布的是 %s", n, subject(e.subjectId()),
						ids(e.inspectorIds()), ids(p.inspectorIds()));
			}
			else if (!e.equals(p)) {
				add("第%d个抽中对象（%s）的序号、信用分类或权重与算法结果不符", n, subject(e.subjectId()));
			}
		}
	}

	private void compareWithdrawals(List<Withdrawal> expected, List<Withdrawal> published) {
		if (expected.equals(published)) {
			return;
		}
		List<Withdrawal> missing = new ArrayList<>(expected);
		published.forEach(missing::remove);
		List<Withdrawal> extra = new ArrayList<>(published);
		expected.forEach(extra::remove);
		if (missing.isEmpty() && extra.isEmpty()) {
			add("回避记录的内容相符，但顺序与算法不符");
		}
		missing.forEach(w -> add("应有回避记录：检查人员 %d 回避对象 %s（%s），而公布的结果中没有", w.inspectorId(),
				subject(w.subjectId()), w.reason().label()));
		extra.forEach(w -> add("公布的回避记录不应存在：检查人员 %d 回避对象 %s（%s）", w.inspectorId(),
				subject(w.subjectId()), w.reason().label()));
	}

	private void add(String format, Object... args) {
		if (differences.size() < LIMIT) {
			differences.add(String.format(format, args));
		}
		else {
			unlisted++;
		}
	}

	private String subject(long id) {
		if (creditCodes == null) {
			creditCodes = new HashMap<>();
			inputs.subjects().forEach(c -> creditCodes.put(c.subjectId(), c.creditCode()));
		}
		String code = creditCodes.get(id);
		return code == null ? "编号 " + id + " 的对象（不在输入名单中）" : code;
	}

	private String subjects(List<Long> ids) {
		return ids.isEmpty() ? "（无）" : ids.stream().map(this::subject).collect(Collectors.joining("、"));
	}

	private static String ids(List<Long> ids) {
		return ids.isEmpty() ? "（无）" : ids.stream().map(String::valueOf).collect(Collectors.joining("、"));
	}
}
