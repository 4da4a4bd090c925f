package org.zhili.inspection.internal.subjects;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.inspection.Subjects.CreditChange;
import org.zhili.inspection.Subjects.ImportResult;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.internal.subjects.RowChecks.Candidate;
import org.zhili.inspection.internal.subjects.SubjectChecks.Checked;
import org.zhili.platform.ApiProblem;

/**
 * An import of many subjects, all or nothing: every row is checked ({@link RowChecks}) before anything is written;
 * then new codes are inserted and known ones updated in batches, and each class the import moves is recorded as a
 * credit change.
 */
@Component
class SubjectImport {

	static final String RULE = "IMPORT";
	static final String SOURCE = "import";

	private final RowChecks checks;
	private final SubjectStore store;
	private final AuditTrail audit;
	private final Clock clock;

	SubjectImport(SubjectChecks checks, SubjectStore store, AuditTrail audit, Clock clock) {
		this.checks = new RowChecks(checks);
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rows of a workbook: refused with its header's problems alone when it lacks a column. */
	ImportResult sheet(SubjectSheet.Read sheet, Actor by) {
		if (!sheet.headerProblems().isEmpty()) {
			throw rejected(sheet.rows().size(), sheet.headerProblems(), 1);
		}
		return run(sheet.rows().stream().map(Candidate::of).toList(), by);
	}

	ImportResult run(List<Candidate> candidates, Actor by) {
		if (candidates.isEmpty()) {
			throw ApiProblem.badInput("file", "empty_import", "没有要导入的数据行");
		}
		RowChecks.Outcome outcome = checks.check(candidates);
		if (!outcome.errors().isEmpty()) {
			throw rejected(candidates.size(), outcome.errors(), outcome.rowsWithErrors());
		}
		return write(outcome.subjects(), by);
	}

	private ImportResult write(List<Checked> subjects, Actor by) {
		Instant now = clock.instant();
		Map<String, SubjectStore.Existing> existing = store.existing(subjects.stream().map(c -> c.subject().creditCode()).toList());
		List<Checked> added = new ArrayList<>();
		List<Checked> updated = new ArrayList<>();
		List<CreditChange> changes = new ArrayList<>();
		for (Checked c : subjects) {
			SubjectStore.Existing known = existing.get(c.subject().creditCode());
			if (known == null) {
				added.add(c);
				continue;
			}
			updated.add(c);
			var to = c.subject().creditClass();
			if (to != null && to != known.creditClass()) {
				changes.add(new CreditChange(known.id(), known.creditClass(), to, RULE, "按导入的信用风险分类调整", SOURCE,
						null, now, by.username()));
			}
		}
		store.insertAll(added, now);
		store.updateAll(updated, now);
		store.insertChanges(changes);
		audit.success("inspection.subjects.imported", "inspection-subjects",
				"导入检查对象 " + subjects.size() + " 行：新增 " + added.size() + "，更新 " + updated.size() + "，信用分类变更 " + changes.size());
		return new ImportResult(subjects.size(), added.size(), updated.size());
	}

	private static ApiProblem rejected(int rows, List<RowError> errors, int wrongRows) {
		return ApiProblem.unprocessable("import_rejected", "导入未完成：" + wrongRows + " 行有误（共 " + errors.size()
				+ " 处），未写入任何数据。请按错误清单修改后重新导入", new ImportReport(rows, wrongRows, errors));
	}
}
