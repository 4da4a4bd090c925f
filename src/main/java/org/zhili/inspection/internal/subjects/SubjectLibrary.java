package org.zhili.inspection.internal.subjects;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CreditCode;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects;
import org.zhili.inspection.internal.subjects.SubjectChecks.Checked;
import org.zhili.platform.ApiProblem;

/** 检查对象名录库: {@link Subjects} on the library's tables. */
@Service
public class SubjectLibrary implements Subjects {

	private final SubjectChecks checks;
	private final SubjectImport imports;
	private final SubjectStore store;
	private final ImportLimits limits;
	private final AuditTrail audit;
	private final Clock clock;

	SubjectLibrary(SubjectChecks checks, SubjectImport imports, SubjectStore store, ImportLimits limits, AuditTrail audit,
			Clock clock) {
		this.checks = checks;
		this.imports = imports;
		this.store = store;
		this.limits = limits;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Subject register(NewSubject subject, Actor by) {
		if (subject == null) {
			throw ApiProblem.badInput("creditCode", "invalid_input", "请填写检查对象");
		}
		Checked checked = checks.check(subject);
		if (!checked.valid()) {
			var problems = checked.problems();
			if (problems.size() == 1) {
				var p = problems.get(0);
				throw ApiProblem.badInput(p.field(), p.field().equals("creditCode") ? "invalid_credit_code" : "invalid_input",
						p.message());
			}
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", problems.stream().map(ApiProblem.FieldError::message).toList()), problems);
		}
		long id = store.insert(checked, clock.instant());
		if (id < 0) {
			String code = checked.subject().creditCode();
			String name = store.byCreditCode(code).map(Subject::name).orElse("");
			throw ApiProblem.conflict("duplicate_credit_code", "统一社会信用代码 " + code + " 已在名录库中（" + name + "）");
		}
		audit.success("inspection.subject.registered", "inspection-subject:" + id,
				checked.subject().creditCode() + " " + checked.subject().name());
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public ImportResult importWorkbook(InputStream xlsx, Actor by) {
		return imports.sheet(SubjectSheet.read(xlsx, limits.maxRows()), by);
	}

	@Override
	@Transactional
	public ImportResult importAll(List<NewSubject> subjects, Actor by) {
		List<RowChecks.Candidate> candidates = new ArrayList<>(subjects.size());
		for (int i = 0; i < subjects.size(); i++) {
			candidates.add(new RowChecks.Candidate(i + 1, subjects.get(i), List.of()));
		}
		return imports.run(candidates, by);
	}

	@Override
	public Optional<Subject> find(long id) {
		return store.find(id);
	}

	@Override
	public List<Subject> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : store.findAll(ids);
	}

	@Override
	public Optional<Subject> byCreditCode(String creditCode) {
		return CreditCode.valid(creditCode) ? store.byCreditCode(CreditCode.normalise(creditCode)) : Optional.empty();
	}

	@Override
	public List<Subject> matching(Filter filter) {
		return store.matching(filter == null ? Filter.all() : filter);
	}

	@Override
	@Transactional
	public void changeClass(long subjectId, CreditClass to, String rule, String reason, String sourceLoop, Long sourceId,
			String by, Instant at) {
		if (to == null || rule == null || rule.isBlank() || rule.length() > 40 || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a credit change needs a class, a rule (at most 40 characters) and a reason");
		}
		CreditClass from = store.lockClass(subjectId)
			.orElseThrow(() -> ApiProblem.notFound("subject_not_found", "名录库中没有这个检查对象"));
		if (from == to) {
			return;
		}
		store.setClass(subjectId, to, at);
		String why = reason.strip();
		store.insertChanges(List.of(new CreditChange(subjectId, from, to, rule.strip(),
				why.length() > 500 ? why.substring(0, 499) + "…" : why, sourceLoop, sourceId, at, by)));
	}

	@Override
	public List<CreditChange> creditHistory(long subjectId) {
		return store.history(subjectId);
	}

	/** A page of the library as its page and API search it. */
	public SubjectPage search(SubjectSearch search) {
		return new SubjectPage(store.search(search), store.count(search), search.page(), search.size(),
				store.classCounts(search));
	}

	/** The industries in the library. */
	public List<String> industries() {
		return store.industries();
	}

	/** The import template workbook. */
	public byte[] template() {
		return SubjectSheet.template();
	}
}
