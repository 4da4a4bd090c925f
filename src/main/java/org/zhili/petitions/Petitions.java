package org.zhili.petitions;

import java.util.List;
import java.util.Optional;

import org.zhili.identity.Actor;
import org.zhili.process.Links;

/** 信访 for other doors: a failed mediation or a public-opinion signal becomes a petition; a petition is read. */
public interface Petitions {

	/** The person who petitions; phone and ID number are stored encrypted, with blind indexes for the one view. */
	record Petitioner(String name, String phone, String idNumber) {
	}

	/**
	 * A petition to register.
	 *
	 * @param groupSize how many came (1 for one person); a visit of more than 5 needs {@code representatives} (≤ 5)
	 * @param origin the item it grew out of (a case, a dispute, a signal), linked both ways; or {@code null}
	 */
	record NewPetition(PetitionChannel channel, String title, String content, Petitioner petitioner, String address,
			String streetCode, int groupSize, List<String> representatives, Links.End origin) {
	}

	/** A registered petition: its number and page. */
	record Registered(long id, String trackingNumber, String link) {
	}

	/** A petition as another door sees it (without the petitioner's personal data). */
	record Summary(long id, String trackingNumber, String title, String content, String kindLabel, String stateLabel,
			String address, String streetCode, String link) {
	}

	/**
	 * Registers a petition (its 15-day registration clock starts), recording the link to its origin.
	 *
	 * @throws org.zhili.platform.ApiProblem 400 naming the field at fault
	 */
	Registered register(NewPetition petition, Actor by);

	/** A petition, if the reader may see it. */
	Optional<Summary> find(long id, Actor reader);
}
