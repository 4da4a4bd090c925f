package org.zhili.disputes.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.disputes.Disputes;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Journal;
import org.zhili.process.TimelineEntry;

/** Reads disputes for a reader: lists within their scope, one dispute's page, its timeline, its parties in clear. */
@Service
@Transactional(readOnly = true)
public class DisputeQueries {

	/** A party in clear, for those who must reach them. */
	public record ClearParty(int seq, String roleLabel, String name, String phone, String idNumber) {
	}

	private final DisputeStore store;
	private final DisputeAccess access;
	private final DisputeViews views;
	private final FieldCipher cipher;
	private final Journal journal;
	private final AuditTrail audit;

	DisputeQueries(DisputeStore store, DisputeAccess access, DisputeViews views, FieldCipher cipher, Journal journal,
			AuditTrail audit) {
		this.store = store;
		this.access = access;
		this.views = views;
		this.cipher = cipher;
		this.journal = journal;
		this.audit = audit;
	}

	List<DisputeViews.Line> lines(DisputeStore.Filter filter, Actor reader) {
		return views.lines(store.list(filter, access.visibility(reader)));
	}

	/** Rows for an export, within the reader's scope. */
	List<DisputeStore.Row> rows(DisputeStore.Filter filter, Actor reader) {
		return store.list(filter, access.visibility(reader));
	}

	DisputeViews.Detail detail(long id, Actor reader) {
		return views.detail(row(id, reader), reader);
	}

	DisputeStore.Row row(long id, Actor reader) {
		return access.visible(store.find(id), reader);
	}

	public List<TimelineEntry> timeline(long id, Actor reader) {
		row(id, reader);
		return journal.timeline(Disputes.LOOP, id);
	}

	/** The parties in clear; every look is in the audit trail. */
	@Transactional
	List<ClearParty> parties(long id, Actor reader) {
		if (!reader.has(Permission.PERSONAL_DATA_UNMASK)) {
			throw ApiProblem.forbidden("unmask_not_allowed", "无权查看当事人信息明文");
		}
		DisputeStore.Row r = row(id, reader);
		audit.success("identity.personal-data.viewed", r.reference(), "查看纠纷当事人信息");
		return store.parties(id).stream().map(p -> new ClearParty(p.seq(),
				Disputes.PartyRole.valueOf(p.role()).label(), cipher.decrypt(p.nameEnc()), cipher.decrypt(p.phoneEnc()),
				cipher.decrypt(p.idNumberEnc()))).toList();
	}
}
