package org.zhili.inspection.internal.subjects;

import java.util.List;
import java.util.Map;

import org.zhili.inspection.CreditClass;
import org.zhili.inspection.Subjects.Subject;

/** One page of a search, the number found and how many of them fall in each class (whatever class was asked for). */
public record SubjectPage(List<Subject> items, long total, int page, int size, Map<CreditClass, Long> classCounts) {
}
