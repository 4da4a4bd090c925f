package org.zhili.disputes.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.disputes.Disputes;
import org.zhili.identity.Actor;
import org.zhili.identity.FieldCipher;
import org.zhili.petitions.PetitionChannel;
import org.zhili.petitions.Petitions;

/**
 * 访调对接 in both directions through the 信访 module's public API: a failed mediation referred to 信访 becomes a
 * petition (channel 部门移交, its origin the dispute, linked both ways by the petitions module), and a petition is
 * read to open a dispute from it.
 */
@Component
class DisputeReferrals {

	private final Petitions petitions;
	private final DisputeStore store;
	private final FieldCipher cipher;

	DisputeReferrals(Petitions petitions, DisputeStore store, FieldCipher cipher) {
		this.petitions = petitions;
		this.store = store;
		this.cipher = cipher;
	}

	/** Registers the petition a failed mediation is referred as; the first applicant petitions. */
	Petitions.Registered toPetition(DisputeStore.Row r, String reason, DisputeViews views, Actor by) {
		List<DisputeStore.PartyRow> parties = store.parties(r.id());
		DisputeStore.PartyRow applicant = parties.stream()
			.filter(x -> Disputes.PartyRole.APPLICANT.name().equals(x.role())).findFirst().orElse(parties.get(0));
		int applicants = (int) parties.stream().filter(x -> Disputes.PartyRole.APPLICANT.name().equals(x.role())).count();
		Petitions.Petitioner petitioner = new Petitions.Petitioner(cipher.decrypt(applicant.nameEnc()),
				cipher.decrypt(applicant.phoneEnc()), cipher.decrypt(applicant.idNumberEnc()));
		String content = r.description() + "\n【调解情况】" + views.centreName(r.centreCode()) + "调解未成功：" + reason;
		// how many petition together: the applicants, at most five (a referral is not a visit with representatives)
		return petitions.register(new Petitions.NewPetition(PetitionChannel.REFERRAL, "调解不成功转信访：" + r.title(), content,
				petitioner, r.address(), r.streetCode(), Math.max(1, Math.min(applicants, 5)), List.of(),
				views.end(r)), by);
	}

	Optional<Petitions.Summary> petition(long id, Actor reader) {
		return petitions.find(id, reader);
	}
}
