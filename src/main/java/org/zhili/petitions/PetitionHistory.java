package org.zhili.petitions;

import java.time.Instant;
import java.time.LocalDate;

import org.zhili.identity.Actor;

/**
 * A history of petitions played through the loop's own steps at the moments they happened (the demo's year): each
 * call is the same step the pages take, dated {@code at}, so clocks, journal and links come out as they would have.
 */
public interface PetitionHistory {

	/**
	 * How a petition is classified and routed.
	 *
	 * @param accusedUnit for a 检举控告, the unit it accuses (kept from it), or {@code null}
	 * @param procedure for a 申诉求决 with a statutory procedure, its code ({@code LITIGATION}…), or {@code null}
	 * @param handlingUnit for the residual case, the street or department that handles it; {@code null}: its street
	 */
	record Routing(PetitionKind kind, boolean legalMatter, String accusedUnit, String accusedPerson, String procedure,
			String handlingUnit, String note) {
	}

	/** Whether any petition is recorded (a history is played once). */
	boolean any();

	Petitions.Registered register(Petitions.NewPetition petition, Actor by, Instant at);

	void route(long id, Routing routing, Actor by, Instant at);

	void note(long id, String note, Actor by, Instant at);

	void reply(long id, PetitionOpinion opinion, String text, Actor by, Instant at);

	void rate(long id, PetitionRating rating, String comment, Instant at);

	void requestReview(long id, String reason, Instant at);

	void review(long id, PetitionOpinion opinion, String text, Actor by, Instant at);

	void takeLead(long id, String plan, Actor leader, Instant at);

	void leadVisit(long id, String note, Actor leader, Instant at);

	/** Opens a 积案 campaign over the backlog as it stands at {@code at}; answers its id. */
	long campaign(String title, LocalDate target, Actor by, Instant at);
}
