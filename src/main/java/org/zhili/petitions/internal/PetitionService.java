package org.zhili.petitions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.petitions.PetitionHistory;
import org.zhili.petitions.PetitionOpinion;
import org.zhili.petitions.PetitionRating;
import org.zhili.petitions.Petitions;

/** The module's public doors: other loops register and read petitions; a history is played through the same steps. */
@Service
@Transactional
class PetitionService implements Petitions, PetitionHistory {

	private final PetitionRegistration registration;
	private final PetitionSteps steps;
	private final PetitionQueries queries;
	private final PetitionCampaigns campaigns;
	private final PetitionStore store;
	private final Clock clock;

	PetitionService(PetitionRegistration registration, PetitionSteps steps, PetitionQueries queries,
			PetitionCampaigns campaigns, PetitionStore store, Clock clock) {
		this.registration = registration;
		this.steps = steps;
		this.queries = queries;
		this.campaigns = campaigns;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean any() {
		return store.any();
	}

	@Override
	public Registered register(NewPetition petition, Actor by) {
		return registration.register(petition, by, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Summary> find(long id, Actor reader) {
		return queries.summary(id, reader);
	}

	@Override
	public Registered register(NewPetition petition, Actor by, Instant at) {
		return registration.register(petition, by, at);
	}

	@Override
	public void route(long id, Routing routing, Actor by, Instant at) {
		steps.route(id, routing, by, at);
	}

	@Override
	public void note(long id, String note, Actor by, Instant at) {
		steps.note(id, note, by, at);
	}

	@Override
	public void reply(long id, PetitionOpinion opinion, String text, Actor by, Instant at) {
		steps.reply(id, opinion, text, by, at);
	}

	@Override
	public void rate(long id, PetitionRating rating, String comment, Instant at) {
		steps.rate(id, rating, comment, at);
	}

	@Override
	public void requestReview(long id, String reason, Instant at) {
		steps.requestReview(id, reason, at);
	}

	@Override
	public void review(long id, PetitionOpinion opinion, String text, Actor by, Instant at) {
		steps.review(id, opinion, text, by, at);
	}

	@Override
	public void takeLead(long id, String plan, Actor leader, Instant at) {
		steps.takeLead(id, plan, leader, at);
	}

	@Override
	public void leadVisit(long id, String note, Actor leader, Instant at) {
		steps.leadVisit(id, note, leader, at);
	}

	@Override
	public long campaign(String title, LocalDate target, Actor by, Instant at) {
		return campaigns.open(title, target, by, at);
	}
}
