package org.zhili.inspection.internal.matters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.Matters;
import org.zhili.inspection.internal.inspectors.OwnDepartment;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ApiProblem.FieldError;

/** 随机抽查事项清单: {@link Matters} on the list's table. */
@Service
public class MatterRegistry implements Matters {

	private static final Pattern CODE = Pattern.compile("\\S{2,40}");
	private static final int MAX_ITEMS = 50;

	private final MatterStore store;
	private final OwnDepartment departments;
	private final AuditTrail audit;
	private final Clock clock;

	MatterRegistry(MatterStore store, OwnDepartment departments, AuditTrail audit, Clock clock) {
		this.store = store;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Matter register(NewMatter in, Actor by) {
		if (in == null) {
			throw ApiProblem.badInput("code", "invalid_input", "请填写抽查事项");
		}
		OrgUnit department = departments.check(in.departmentCode(), by, "抽查事项");
		NewMatter matter = checked(in, department.code());
		long id = store.insert(matter, clock.instant());
		if (id < 0) {
			throw ApiProblem.conflict("duplicate_matter", "事项编码 " + matter.code() + " 已在抽查事项清单中");
		}
		audit.success("inspection.matter.registered", "inspection-matter:" + id,
				department.shortName() + " " + matter.code() + " " + matter.name());
		return store.find(id).orElseThrow();
	}

	/** The matter as stored, every problem at once: a code, a name, a legal basis, a scope, a method and what to check. */
	private static NewMatter checked(NewMatter in, String department) {
		List<FieldError> problems = new ArrayList<>();
		String code = text(in.code());
		if (code == null || !CODE.matcher(code).matches()) {
			problems.add(new FieldError("code", "请填写事项编码（2–40 位，不含空格）"));
		}
		String name = required(in.name(), "name", "事项名称", 200, problems);
		String basis = required(in.legalBasis(), "legalBasis", "检查依据", 500, problems);
		String scope = required(in.subjectScope(), "subjectScope", "检查对象范围", 200, problems);
		List<String> industries = items(in.industries(), "industries", "行业", 60, problems);
		if (in.method() == null) {
			problems.add(new FieldError("method", "请选择检查方式"));
		}
		List<String> checklist = items(in.checklist(), "checklist", "检查内容", 200, problems);
		if (checklist.isEmpty()) {
			problems.add(new FieldError("checklist", "请至少填写一项检查内容"));
		}
		if (!problems.isEmpty()) {
			throw problems.size() == 1 ? ApiProblem.badInput(problems.get(0).field(), "invalid_input", problems.get(0).message())
					: ApiProblem.badInput("invalid_input",
							"输入有误：" + String.join("；", problems.stream().map(FieldError::message).toList()), problems);
		}
		return new NewMatter(department, code, name, basis, scope, industries, in.method(), in.keyMatter(), checklist);
	}

	private static String required(String value, String field, String what, int max, List<FieldError> problems) {
		String t = text(value);
		if (t == null || t.length() > max) {
			problems.add(new FieldError(field, "请填写" + what + "（" + max + " 字以内）"));
		}
		return t;
	}

	private static List<String> items(List<String> values, String field, String what, int max, List<FieldError> problems) {
		Set<String> items = new LinkedHashSet<>();
		for (String v : values == null ? List.<String>of() : values) {
			String t = text(v);
			if (t == null) {
				continue;
			}
			if (t.length() > max) {
				problems.add(new FieldError(field, what + "“" + t.substring(0, 20) + "…”超过 " + max + " 字"));
			}
			items.add(t);
		}
		if (items.size() > MAX_ITEMS) {
			problems.add(new FieldError(field, what + "最多 " + MAX_ITEMS + " 项"));
		}
		return List.copyOf(items);
	}

	@Override
	public Optional<Matter> find(long id) {
		return store.find(id);
	}

	@Override
	public List<Matter> list(String departmentCode) {
		return store.list(departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip());
	}

	private static String text(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}
}
