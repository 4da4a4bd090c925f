package org.zhili.disputes.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.disputes.Disputes;
import org.zhili.disputes.internal.DisputeWorkflow.State;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Permission;
import org.zhili.platform.ApiProblem;
import org.zhili.platform.ChinaTime;
import org.zhili.process.WordDocument;

/**
 * The 调解协议书 of a dispute mediated to agreement, written with the kit's {@link WordDocument} from what the
 * dispute records: the parties (in clear: it is the document they sign), the dispute, the terms and the deadline.
 */
@Component
class DisputeAgreement {

	private final DisputeQueries queries;
	private final DisputeStore store;
	private final DisputeViews views;
	private final DisputeRules rules;
	private final FieldCipher cipher;
	private final AuditTrail audit;

	DisputeAgreement(DisputeQueries queries, DisputeStore store, DisputeViews views, DisputeRules rules,
			FieldCipher cipher, AuditTrail audit) {
		this.queries = queries;
		this.store = store;
		this.views = views;
		this.rules = rules;
		this.cipher = cipher;
		this.audit = audit;
	}

	/** The document and its file name. */
	record Document(String fileName, byte[] bytes) {
	}

	@Transactional
	Document write(long id, Actor reader) {
		DisputeStore.Row r = queries.row(id, reader);
		if (r.state() != State.PERFORMING && r.state() != State.CLOSED) {
			throw ApiProblem.conflict("no_agreement", "只有调解成功的纠纷才有调解协议书");
		}
		if (!reader.has(Permission.PERSONAL_DATA_UNMASK)) {
			throw ApiProblem.forbidden("unmask_not_allowed", "调解协议书载有当事人身份信息，无权生成");
		}
		WordDocument doc = WordDocument.titled("人民调解协议书").subtitle(views.centreName(r.centreCode()) + " " + r.reference());
		doc.heading("当事人");
		List<List<String>> parties = store.parties(id).stream().map(p -> List.of(
				Disputes.PartyRole.valueOf(p.role()).label(), cipher.decrypt(p.nameEnc()), orEmpty(cipher.decrypt(p.phoneEnc())),
				orEmpty(cipher.decrypt(p.idNumberEnc())))).toList();
		doc.table(List.of("身份", "姓名（名称）", "联系电话", "身份证号"), parties);
		doc.heading("纠纷主要事实、争议事项");
		doc.paragraph(rules.typeLabel(r.typeCode()) + "：" + r.title());
		doc.paragraph(r.description());
		if (r.amount() != null) {
			doc.paragraph("争议金额：" + r.amount().toPlainString() + " 元");
		}
		doc.heading("经调解，自愿达成如下协议");
		for (String line : r.agreementTerms().split("\\R")) {
			if (!line.isBlank()) {
				doc.paragraph(line.strip());
			}
		}
		doc.heading("履行方式、时限");
		doc.paragraph("各方应于 " + r.performanceDue() + " 前履行完毕。" + views.centreName(r.centreCode()) + "将于履行期限届满时回访履行情况。");
		doc.paragraph("本协议经各方当事人签名（盖章）、人民调解员签名并加盖调解组织印章后生效，具有法律约束力（《中华人民共和国人民调解法》第三十一条）。"
				+ "当事人可以自协议生效之日起三十日内共同向人民法院申请司法确认（第三十三条）。本协议一式" + (parties.size() + 1)
				+ "份，当事人各执一份，调解组织留存一份。");
		doc.paragraph("当事人签名：" + "　".repeat(20));
		doc.paragraph("人民调解员签名：" + String.join("、", store.mediators(id).stream().map(DisputeStore.MediatorRow::name).toList()));
		LocalDate day = LocalDate.ofInstant(r.concludedAt(), ChinaTime.ZONE);
		doc.signature(views.centreName(r.centreCode()) + "（印章）", day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
		audit.success("disputes.agreement.written", r.reference(), "生成调解协议书");
		return new Document("调解协议书-" + r.reference() + ".docx", doc.bytes());
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
