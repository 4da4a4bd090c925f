package org.zhili.inspection;

import java.util.List;
import java.util.Optional;

import org.zhili.identity.Actor;
import org.zhili.process.Labelled;

/** 随机抽查事项清单: what each department may inspect, on which legal basis, how — no inspection without one. */
public interface Matters {

	enum Method implements Labelled {
		SITE("现场检查"), DOCUMENT("书面检查"), ONLINE("网络监测"), SAMPLING("抽样检测");

		private final String label;

		Method(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/**
	 * @param keyMatter 重点检查事项 (safety, quality, public interest: no upper limit on the ratio) or 一般检查事项
	 * @param checklist the items an inspector ticks on site
	 */
	record NewMatter(String departmentCode, String code, String name, String legalBasis, String subjectScope,
			List<String> industries, Method method, boolean keyMatter, List<String> checklist) {
	}

	record Matter(long id, String departmentCode, String departmentName, String code, String name,
			String legalBasis, String subjectScope, List<String> industries, Method method, boolean keyMatter,
			List<String> checklist, boolean active) {
	}

	/** @throws org.zhili.platform.ApiProblem 400 naming the field, 409 {@code duplicate_matter} */
	Matter register(NewMatter matter, Actor by);

	Optional<Matter> find(long id);

	/** The active matters, of one department or (when {@code null}) of all, by code. */
	List<Matter> list(String departmentCode);
}
