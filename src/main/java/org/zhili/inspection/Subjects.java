package org.zhili.inspection;

import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zhili.identity.Actor;
import org.zhili.process.Labelled;

/**
 * 检查对象名录库: the enterprises, 个体工商户 and other entities a department may inspect, with their credit class
 * and its history. Every call joins the caller's transaction.
 */
public interface Subjects {

	enum Kind implements Labelled {
		ENTERPRISE("企业"), INDIVIDUAL("个体工商户"), OTHER("其他组织");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	enum Scale implements Labelled {
		LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

		private final String label;

		Scale(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** A subject to register; the address is located to its street, community and grid when it has a point. */
	record NewSubject(String creditCode, String name, Kind kind, String address, Double lng, Double lat,
			String industry, Scale scale, List<String> tags, CreditClass creditClass) {
	}

	record Subject(long id, String creditCode, String name, Kind kind, String address, String streetCode,
			String streetName, String communityCode, String gridCode, Double lng, Double lat, String industry,
			Scale scale, List<String> tags, CreditClass creditClass, Instant creditSince) {
	}

	/** Which subjects a task draws from; empty or {@code null} parts do not filter. */
	record Filter(Collection<String> industries, Collection<String> streetCodes, Collection<String> tags,
			Set<CreditClass> classes, Kind kind) {

		public static Filter all() {
			return new Filter(List.of(), List.of(), List.of(), Set.of(), null);
		}
	}

	/** A change of credit class, with the documented rule that made it and what it came from. */
	record CreditChange(long subjectId, CreditClass from, CreditClass to, String rule, String reason,
			String sourceLoop, Long sourceId, Instant at, String by) {
	}

	/** One rejected row of an import: its row number as the sheet shows it, the column and why. */
	record RowError(int row, String column, String message) {
	}

	/** What an import did: the rows read and the subjects added and updated (nothing is written when any row fails). */
	record ImportResult(int rows, int added, int updated) {
	}

	/**
	 * Registers a subject.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming the field (e.g. {@code invalid_credit_code}), 409
	 * {@code duplicate_credit_code}
	 */
	Subject register(NewSubject subject, Actor by);

	/**
	 * Imports a workbook (one subject per row, columns as in the template): every row is checked first, and
	 * nothing is written unless all are valid; a subject whose code exists is updated.
	 *
	 * @throws org.zhili.platform.ApiProblem 422 {@code import_rejected} whose report lists every {@link RowError}
	 */
	ImportResult importWorkbook(InputStream xlsx, Actor by);

	/**
	 * Registers or updates many subjects at once, as an import does (a demo, another system's list): each is checked
	 * first and nothing is written unless all are valid; a subject whose code exists is updated. A {@link RowError}
	 * numbers the subjects from 1 and names the column of the import template.
	 *
	 * @throws org.zhili.platform.ApiProblem 422 {@code import_rejected} whose report lists every {@link RowError}
	 */
	ImportResult importAll(List<NewSubject> subjects, Actor by);

	Optional<Subject> find(long id);

	/** The subjects of these ids that exist, in one read (for lists). */
	List<Subject> findAll(Collection<Long> ids);

	Optional<Subject> byCreditCode(String creditCode);

	/** The subjects a filter selects, in id order (the order a draw reads them in). */
	List<Subject> matching(Filter filter);

	/** Moves a subject's credit class and records why. Nothing happens when it is already in that class. */
	void changeClass(long subjectId, CreditClass to, String rule, String reason, String sourceLoop, Long sourceId,
			String by, Instant at);

	/** The subject's credit changes, oldest first. */
	List<CreditChange> creditHistory(long subjectId);
}
