package org.zhili.inspection.internal.inspectors;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CreditCode;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.Inspectors;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ApiProblem.FieldError;

/** 执法检查人员名录库: {@link Inspectors} on the library's tables. */
@Service
public class InspectorRegistry implements Inspectors {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
	private static final int MAX_EXPERTISE = 10;

	private final InspectorStore store;
	private final OwnDepartment departments;
	private final AuditTrail audit;
	private final Clock clock;

	InspectorRegistry(InspectorStore store, OwnDepartment departments, AuditTrail audit, Clock clock) {
		this.store = store;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Inspector register(NewInspector in, Actor by) {
		if (in == null) {
			throw ApiProblem.badInput("name", "invalid_input", "请填写执法人员信息");
		}
		OrgUnit department = departments.check(in.departmentCode(), by, "执法人员");
		NewInspector checked = checked(in, department.code());
		if (store.licenceTaken(checked.licenceNumber())) {
			throw ApiProblem.conflict("duplicate_licence", "执法证号 " + checked.licenceNumber() + " 已登记");
		}
		if (checked.username() != null && store.usernameTaken(checked.username())) {
			throw ApiProblem.conflict("duplicate_username", "账号 " + checked.username() + " 已关联其他执法人员");
		}
		long id = store.insert(checked, clock.instant());
		audit.success("inspection.inspector.registered", "inspection-inspector:" + id,
				department.shortName() + " " + checked.name() + " " + checked.licenceNumber());
		return store.find(id).orElseThrow();
	}

	/** The inspector as stored: texts stripped, expertise without repeats; every problem at once. */
	private static NewInspector checked(NewInspector in, String department) {
		List<FieldError> problems = new ArrayList<>();
		String name = text(in.name());
		if (name == null || name.length() > 50) {
			problems.add(new FieldError("name", "请填写姓名（50 字以内）"));
		}
		String licence = text(in.licenceNumber());
		if (licence == null || licence.length() > 40) {
			problems.add(new FieldError("licenceNumber", "请填写执法证号（40 字以内）"));
		}
		if (in.licenceExpires() == null) {
			problems.add(new FieldError("licenceExpires", "请填写执法证有效期至"));
		}
		Set<String> expertise = new LinkedHashSet<>();
		for (String e : in.expertise() == null ? List.<String>of() : in.expertise()) {
			String t = text(e);
			if (t != null && t.length() > 40) {
				problems.add(new FieldError("expertise", "专长“" + t + "”超过 40 字"));
			}
			if (t != null) {
				expertise.add(t);
			}
		}
		if (expertise.size() > MAX_EXPERTISE) {
			problems.add(new FieldError("expertise", "专长最多 " + MAX_EXPERTISE + " 项"));
		}
		String username = text(in.username());
		if (username != null && !USERNAME.matcher(username).matches()) {
			problems.add(new FieldError("username", "账号应为 2–64 位字母、数字或 . _ -"));
		}
		if (!problems.isEmpty()) {
			throw problems.size() == 1 ? ApiProblem.badInput(problems.get(0).field(), "invalid_input", problems.get(0).message())
					: ApiProblem.badInput("invalid_input",
							"输入有误：" + String.join("；", problems.stream().map(FieldError::message).toList()), problems);
		}
		return new NewInspector(name, department, licence, in.licenceExpires(), List.copyOf(expertise), username);
	}

	@Override
	@Transactional
	public Inspector declareConflict(long inspectorId, Conflict conflict, Actor by) {
		Inspector inspector = store.find(inspectorId)
			.orElseThrow(() -> ApiProblem.notFound("inspector_not_found", "没有这名执法人员"));
		departments.check(inspector.departmentCode(), by, "执法人员回避事项");
		if (conflict == null) {
			throw ApiProblem.badInput("creditCode", "invalid_credit_code", "请填写回避对象的统一社会信用代码");
		}
		CreditCode.problem(conflict.creditCode()).ifPresent(m -> {
			throw ApiProblem.badInput("creditCode", "invalid_credit_code", m);
		});
		if (conflict.kind() == null) {
			throw ApiProblem.badInput("kind", "invalid_input", "请选择回避情形（近亲属、原工作单位、利害关系或其他）");
		}
		String note = text(conflict.note());
		if (note != null && note.length() > 300) {
			throw ApiProblem.badInput("note", "invalid_input", "说明不能超过 300 字");
		}
		Conflict declared = new Conflict(CreditCode.normalise(conflict.creditCode()), conflict.kind(), note);
		store.declare(inspectorId, declared, clock.instant());
		audit.success("inspection.inspector.conflict", "inspection-inspector:" + inspectorId,
				inspector.name() + " 回避 " + declared.creditCode() + "（" + declared.kind().label() + "）");
		return store.find(inspectorId).orElseThrow();
	}

	@Override
	public Optional<Inspector> find(long id) {
		return store.find(id);
	}

	@Override
	public List<Inspector> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : store.findAll(ids);
	}

	@Override
	public Optional<Inspector> byUsername(String username) {
		return username == null ? Optional.empty() : store.byUsername(username);
	}

	@Override
	public List<Inspector> ofDepartments(Collection<String> departmentCodes) {
		return departmentCodes == null || departmentCodes.isEmpty() ? List.of() : store.activeOf(departmentCodes);
	}

	/** Every inspector, active or not, of one department or (when {@code null}) all. */
	public List<Inspector> list(String departmentCode) {
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
