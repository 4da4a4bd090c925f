package org.zhili.plans.internal.ingestion;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@link PlanParser} read from a document: a proposal for a reviewer, not yet a plan. Every item keeps
 * where it came from ({@code start}, {@code end}: UTF-16 offsets into the source text, as a browser counts
 * them) so the review page can highlight it beside the source.
 *
 * @param title the document's title line, when one was recognised
 * @param year the year the plan is for (targets' period); results reported in review sections are for the year before
 */
public record DraftPlan(String title, Integer year, List<Section> sections, List<Task> tasks, List<Quantity> targets,
		List<Quantity> actuals, List<Term> glossary, DocumentForm form, List<String> notes, List<Item> items) {

	/** What the outline parser alone reads: no form, notes or review items yet. */
	public DraftPlan(String title, Integer year, List<Section> sections, List<Task> tasks, List<Quantity> targets,
			List<Quantity> actuals, List<Term> glossary) {
		this(title, year, sections, tasks, targets, actuals, glossary, null, List.of(), List.of());
	}

	/** The same draft with the form it was read as, notes for the reviewer and the items to review. */
	DraftPlan withReview(DocumentForm form, List<String> notes, List<Item> items) {
		return new DraftPlan(title, year, sections, tasks, targets, actuals, glossary, form, notes, items);
	}

	/**
	 * One proposal the reviewer accepts, edits or drops: a task, a target or a reported result, with where it was
	 * read and how sure the reader is.
	 *
	 * @param key {@code i1}, {@code i2}… in document order; the review decisions refer to it
	 * @param ref what it stands for in the draft: {@code task:t3}, {@code target:4} or {@code actual:0} (list index)
	 * @param title a task's title, a quantity's indicator
	 * @param year the year it is for (a result: the year it reports)
	 * @param unitCode the accountable (lead) unit when the text names one
	 * @param coUnits co-units named by the text
	 * @param deadline a deadline as written (任务分解表), or {@code null}
	 * @param due that deadline as a date, when it reads as one
	 * @param sentence the source sentence
	 * @param paragraph the paragraph (non-empty line) it stands in, from 1
	 * @param confidence 0–1, from the signals that produced it (see {@link Confidence})
	 * @param signals those signals, in Chinese, as the page shows them
	 */
	public record Item(String key, String ref, ItemKind kind, String title, String comparator, java.math.BigDecimal value,
			String unit, Integer year, String unitCode, String unitName, List<String> coUnits, String deadline,
			java.time.LocalDate due, String sentence, int paragraph, int start, int end, double confidence, List<String> signals) {
	}

	/**
	 * A heading of the outline.
	 *
	 * @param key the position in the outline, e.g. {@code 2.3}
	 * @param parent the key of the enclosing heading, or {@code null}
	 * @param level 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）
	 * @param number the number as written (一, 三, 12)
	 * @param retrospective a review of the past year (…工作回顾): its figures are actuals, not tasks or targets
	 */
	public record Section(String key, String parent, int level, String number, String title, boolean retrospective,
			int start, int end) {
	}

	/**
	 * A task: a numbered item, or a paragraph led by a short commitment (加快基础设施建设。…).
	 *
	 * @param key {@code t1}, {@code t2}… in document order
	 * @param number the number as written, or {@code null} for an unnumbered paragraph
	 * @param title its lead sentence
	 * @param text the whole paragraph
	 */
	public record Task(String key, String section, String number, String title, String text, int start, int end) {
	}

	/**
	 * A quantitative commitment (target) or a reported result (actual).
	 *
	 * @param comparator {@code growth}, {@code reach}, {@code at_most}, {@code at_least} or {@code about}
	 * @param value the figure (negative for 下降/降低/减少 growth)
	 * @param upper the upper end of a range (6%－6.5%), or {@code null}
	 * @param qualifier 左右, 以上, 以内, 以下 as written, or {@code null}
	 * @param quote the clause it was read from
	 * @param period the year it is for
	 * @param main part of the 主要预期目标 passage
	 */
	public record Quantity(String indicator, String comparator, BigDecimal value, BigDecimal upper, String unit,
			String qualifier, String quote, Integer period, boolean main, String section, String task, int start,
			int end) {
	}

	/** An entry of the 名词解释. */
	public record Term(String term, String definition, int start, int end) {
	}
}
