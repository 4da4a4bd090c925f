package org.zhili.urban.evaluation;

import java.time.Instant;

import org.zhili.urban.internal.evaluation.CaseFacts;

/** A case row for the formula tests: a patrol report in one grid, with the stages the test sets. */
final class CaseRow {

	String grid = "120104001001001", community = "120104001001", street = "120104001000";
	boolean publicReport;
	String reportedBy = "jianduyuan";
	Instant reportedAt;
	Boolean valid;
	String verifiedBy;
	Instant verifiedAt;
	Boolean verifiedOnTime;
	String registeredBy;
	Instant registeredAt;
	Boolean registeredOnTime;
	String dispatchedBy;
	Instant dispatchedAt;
	Boolean dispatchedOnTime;
	String handler;
	Instant handledAt;
	Boolean handledOnTime;
	String checkedBy;
	Instant checkedAt;
	Boolean checkedOnTime;
	String closedBy;
	Instant closedAt;
	Boolean closedOnTime;
	int reworks, misdispatches;
	boolean postponed, suspended, voided;

	static CaseRow reported(Instant at) {
		CaseRow r = new CaseRow();
		r.reportedAt = at;
		return r;
	}

	CaseRow in(String grid, String community, String street) {
		this.grid = grid;
		this.community = community;
		this.street = street;
		return this;
	}

	CaseRow byPublic(String verifier, Instant at, boolean onTime) {
		publicReport = true;
		reportedBy = null;
		verifiedBy = verifier;
		verifiedAt = at;
		verifiedOnTime = onTime;
		return this;
	}

	CaseRow registered(String chief, Instant at, boolean onTime) {
		valid = true;
		registeredBy = chief;
		registeredAt = at;
		registeredOnTime = onTime;
		return this;
	}

	CaseRow rejected() {
		valid = false;
		return this;
	}

	CaseRow dispatched(String dispatcher, Instant at, boolean onTime, String handler) {
		dispatchedBy = dispatcher;
		dispatchedAt = at;
		dispatchedOnTime = onTime;
		this.handler = handler;
		return this;
	}

	CaseRow handled(Instant at, boolean onTime) {
		handledAt = at;
		handledOnTime = onTime;
		return this;
	}

	CaseRow checked(String supervisor, Instant at, boolean onTime) {
		checkedBy = supervisor;
		checkedAt = at;
		checkedOnTime = onTime;
		return this;
	}

	CaseRow closed(String chief, Instant at, boolean onTime) {
		closedBy = chief;
		closedAt = at;
		closedOnTime = onTime;
		return this;
	}

	CaseFacts facts() {
		return new CaseFacts(grid, community, street, publicReport, reportedBy, reportedAt, valid, verifiedBy, verifiedAt,
				verifiedOnTime, registeredBy, registeredAt, registeredOnTime, dispatchedBy, dispatchedAt, dispatchedOnTime,
				handler, handledAt, handledOnTime, checkedBy, checkedAt, checkedOnTime, closedBy, closedAt, closedOnTime, reworks,
				misdispatches, postponed, suspended, voided);
	}
}
