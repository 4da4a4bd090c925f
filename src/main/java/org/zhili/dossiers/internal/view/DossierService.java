package org.zhili.dossiers.internal.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.dossiers.Dossier;
import org.zhili.dossiers.internal.DossierProperties;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.PersonalData;
import org.zhili.org.AddressKey;
import org.zhili.platform.ApiProblem;
import org.zhili.process.DossierSource;

/**
 * The one view across doors: asks every loop's {@link DossierSource} for its items about a person or a building
 * (each leaves out what the reader may not see) and merges them into one timeline. Every look names its purpose and
 * is written to the audit trail — who looked, at whom, why — in the same transaction as the answer.
 */
@Service
public class DossierService {

	static final int MAX_REASON = 200;

	private final List<DossierSource> sources;
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final DossierProperties properties;

	DossierService(List<DossierSource> sources, FieldCipher cipher, AuditTrail audit, DossierProperties properties) {
		this.sources = sources;
		this.cipher = cipher;
		this.audit = audit;
		this.properties = properties;
	}

	/** A person's dossier, by phone or by ID number (either suffices). */
	@Transactional
	public Dossier person(String phone, String idNumber, String reason, Actor reader) {
		String why = reason(reason);
		String p = normalised(phone);
		String id = normalised(idNumber) == null ? null : normalised(idNumber).toUpperCase();
		if (p == null && id == null) {
			throw ApiProblem.badInput("phone", "subject.missing", "请输入电话号码或身份证号");
		}
		String phoneIndex = p == null ? null : cipher.blindIndex(p);
		String idIndex = id == null ? null : cipher.blindIndex(id);
		String subject = p != null ? PersonalData.phone(p) : PersonalData.idNumber(id);
		Dossier dossier = merge("person", subject, why, s -> s.byPerson(phoneIndex, idIndex, reader, limit()));
		audit.success("dossier.person.viewed", subject, "查阅一人一档（事由：" + why + "），" + dossier.total() + " 项");
		return dossier;
	}

	/** A building's dossier, by an address (its key computed) or by the key itself. */
	@Transactional
	public Dossier address(String address, String key, String reason, Actor reader) {
		String why = reason(reason);
		String k = normalised(key) != null ? normalised(key) : AddressKey.of(address);
		if (k == null) {
			throw ApiProblem.badInput("address", "subject.missing", "请输入地址");
		}
		Dossier dossier = merge("address", k, why, s -> s.byAddress(k, reader, limit()));
		audit.success("dossier.address.viewed", k, "查阅一址一档（事由：" + why + "），" + dossier.total() + " 项");
		return dossier;
	}

	private Dossier merge(String kind, String subject, String reason,
			java.util.function.Function<DossierSource, List<DossierSource.Item>> ask) {
		List<DossierSource.Item> items = new ArrayList<>();
		Map<String, Dossier.LoopCount> counts = new LinkedHashMap<>();
		for (DossierSource source : sources) {
			List<DossierSource.Item> found = ask.apply(source);
			items.addAll(found);
			String label = source.loopLabel();
			int open = (int) found.stream().filter(DossierSource.Item::open).count();
			counts.merge(source.loop(), new Dossier.LoopCount(source.loop(), label, found.size(), open),
					(a, b) -> new Dossier.LoopCount(a.loop(), a.label(), a.count() + b.count(), a.open() + b.open()));
		}
		items.sort(Comparator.comparing(DossierSource.Item::at, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Dossier(kind, subject, reason, List.copyOf(items), List.copyOf(counts.values()));
	}

	private int limit() {
		return properties.itemsPerLoop();
	}

	private static String reason(String reason) {
		String r = reason == null ? null : reason.strip();
		if (r == null || r.isEmpty()) {
			throw ApiProblem.badInput("reason", "reason.missing", "请说明查阅事由");
		}
		if (r.length() > MAX_REASON) {
			throw ApiProblem.badInput("reason", "reason.too-long", "查阅事由最多 " + MAX_REASON + " 字");
		}
		return r;
	}

	private static String normalised(String value) {
		if (value == null) {
			return null;
		}
		String v = value.replaceAll("\\s", "");
		return v.isEmpty() ? null : v;
	}
}
