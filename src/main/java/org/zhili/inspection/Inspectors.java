package org.zhili.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.zhili.identity.Actor;
import org.zhili.process.Labelled;

/** 执法检查人员名录库: enforcement staff, their licences (执法证) and declared conflicts (回避). */
public interface Inspectors {

	enum ConflictKind implements Labelled {
		RELATIVE("近亲属"), FORMER_EMPLOYER("原工作单位"), INTEREST("利害关系"), OTHER("其他");

		private final String label;

		ConflictKind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}

	/** A declared conflict with the subject of this credit code. */
	record Conflict(String creditCode, ConflictKind kind, String note) {
	}

	/** @param username the account the inspector signs in with, or {@code null} */
	record NewInspector(String name, String departmentCode, String licenceNumber, LocalDate licenceExpires,
			List<String> expertise, String username) {
	}

	record Inspector(long id, String name, String departmentCode, String departmentName, String licenceNumber,
			LocalDate licenceExpires, List<String> expertise, String username, boolean active,
			List<Conflict> conflicts) {

		/** Whether the licence lets them inspect on {@code day}. */
		public boolean licensedOn(LocalDate day) {
			return active && !licenceExpires.isBefore(day);
		}
	}

	/** @throws org.zhili.platform.ApiProblem 400 naming the field, 409 {@code duplicate_licence} */
	Inspector register(NewInspector inspector, Actor by);

	/** Declares (or updates) a conflict: the inspector is withdrawn from that subject in every later draw. */
	Inspector declareConflict(long inspectorId, Conflict conflict, Actor by);

	Optional<Inspector> find(long id);

	/** The inspectors of these ids that exist, active or not, in one read (for lists). */
	List<Inspector> findAll(Collection<Long> ids);

	Optional<Inspector> byUsername(String username);

	/** Active inspectors of these departments, in id order (the order a draw reads them in). */
	List<Inspector> ofDepartments(Collection<String> departmentCodes);
}
