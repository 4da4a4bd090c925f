package org.zhili.inspection.internal.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhili.inspection.Subjects.NewSubject;
import org.zhili.inspection.Subjects.RowError;
import org.zhili.inspection.internal.subjects.SubjectChecks.Checked;

/**
 * Every row of an import checked before anything is written: the cells that could not be read, the subject's own
 * rules ({@link SubjectChecks}), and no code twice in one file. All problems are collected, in row and column order,
 * so that people correct the whole file at once.
 */
final class RowChecks {

	/** A subject to import, its row number, and the problems of its cells that could not be read. */
	record Candidate(int row, NewSubject subject, List<RowError> unreadable) {

		static Candidate of(SubjectRow row) {
			SubjectRow.Read read = row.read();
			return new Candidate(row.row(), read.subject(), read.problems());
		}
	}

	/** The rows as they will be written (in their order), and every problem found; nothing is written unless none. */
	record Outcome(List<Checked> subjects, List<RowError> errors) {

		int rowsWithErrors() {
			return (int) errors.stream().mapToInt(RowError::row).distinct().count();
		}
	}

	private final SubjectChecks checks;

	RowChecks(SubjectChecks checks) {
		this.checks = checks;
	}

	Outcome check(List<Candidate> candidates) {
		List<RowError> errors = new ArrayList<>();
		List<Checked> subjects = new ArrayList<>(candidates.size());
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		for (Candidate c : candidates) {
			Set<String> unreadable = new HashSet<>();
			for (RowError e : c.unreadable()) {
				SubjectColumn.ofHeader(e.column()).ifPresent(col -> unreadable.add(col.field()));
				errors.add(e);
			}
			Checked checked = checks.check(c.subject(), unreadable);
			checked.problems().forEach(p -> errors.add(new RowError(c.row(), SubjectColumn.ofField(p.field()).header(), p.message())));
			boolean codeValid = checked.problems().stream().noneMatch(p -> p.field().equals("creditCode"));
			if (codeValid) {
				Integer first = firstRowOfCode.putIfAbsent(checked.subject().creditCode(), c.row());
				if (first != null) {
					errors.add(new RowError(c.row(), SubjectColumn.CREDIT_CODE.header(), "统一社会信用代码与第 " + first + " 行重复"));
				}
			}
			subjects.add(checked);
		}
		errors.sort(Comparator.comparingInt(RowError::row).thenComparingInt(RowChecks::columnOrder));
		return new Outcome(subjects, List.copyOf(errors));
	}

	private static int columnOrder(RowError e) {
		return SubjectColumn.ofHeader(e.column()).map(Enum::ordinal).orElse(-1);
	}
}
