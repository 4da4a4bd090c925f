package org.zhili.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhili.cases.CaseType;
import org.zhili.cases.Channel;
import org.zhili.cases.CreditCode;
import org.zhili.cases.PublicRequests;
import org.zhili.enterprises.Pairings;
import org.zhili.identity.AccountDirectory;
import org.zhili.org.OrgUnits;
import org.zhili.platform.ChinaTime;

/**
 * The demo's 包联企业: the 营商环境 office (the supervisor's account) paired three demo officials — 长虹街's, 鼓楼街's and
 * the 区城管委's — with six enterprises half a year ago; they visited, one visit raised a problem, and a few of the
 * enterprises sent requests through the enterprise platform, which went to their officials' units first.
 */
@DemoComponent
class DemoEnterprises extends DemoPart {

	/** After the cases and the topics. */
	static final int PHASE = 14;

	/**
	 * An enterprise of the demo (the organisation part of its code, unlike any the tests use), its official and how
	 * often they visit.
	 */
	private record Firm(String eight, String name, String official, int every, String request) {
	}

	private static final List<Firm> FIRMS = List.of(
			new Firm("MA1NK001", "天津长虹精密制造有限公司", "changhong", 30, "厂区门前长虹公园东侧道路雨后积水严重，货车进出困难，请协调疏通雨水口。"),
			new Firm("MA1NK002", "天津南开云数科技有限公司", "changhong", 60, null),
			new Firm("MA1NK003", "天津鼓楼文旅发展有限公司", "gulou", 60, "鼓楼商业街夜间外摆经营许可如何办理，需要哪些材料？"),
			new Firm("MA1NK004", "天津古文化街商贸有限公司", "gulou", 90, null),
			new Firm("MA1NK005", "天津南开环境工程有限公司", "chengguan", 90, "公司承接的道路保洁项目需占道作业，请明确占道审批的办理时限。"),
			new Firm("MA1NK006", "天津新开物业服务有限公司", "chengguan", 30, null));

	private final Pairings pairings;
	private final PublicRequests requests;
	private final AccountDirectory accounts;
	private final OrgUnits units;
	private final Clock clock;

	DemoEnterprises(Pairings pairings, PublicRequests requests, AccountDirectory accounts, OrgUnits units,
			TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
		super(PHASE, "enterprises", transactions, jdbc);
		this.pairings = pairings;
		this.requests = requests;
		this.accounts = accounts;
		this.units = units;
		this.clock = clock;
	}

	@Override
	protected boolean wanted() {
		return pairings.none();
	}

	@Override
	protected String play() {
		DemoActors actors = new DemoActors(units);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		LocalDate since = today.minusMonths(6);
		String division = units.district().code().substring(0, 6);
		int paired = 0;
		int visits = 0;
		int asked = 0;
		for (int i = 0; i < FIRMS.size(); i++) {
			Firm f = FIRMS.get(i);
			// the accounts exist only where identity created the demo's (a real installation has its own)
			if (accounts.find(f.official()).filter(AccountDirectory.Person::enabled).isEmpty()) {
				continue;
			}
			String code = CreditCode.compose("91", division, f.eight());
			pairings.pair(new Pairings.NewPairing(code, f.name(), f.official(), since, f.every(), null),
					actors.supervisor());
			paired++;
			var official = actors.handler(accounts.find(f.official()).orElseThrow().unitCode());
			// visits every interval until a little before today; the last firm's last visit is overdue
			for (LocalDate on = since.plusDays(f.every() - 3); on.isBefore(today.minusDays(i == 5 ? 40 : 2));
					on = on.plusDays(f.every())) {
				boolean problem = i == 1 && on.plusDays(f.every()).isAfter(today.minusDays(2));
				pairings.visit(code, new Pairings.NewVisit(on, "了解企业生产经营、用工和融资情况，宣讲惠企政策",
						problem ? List.of("企业希望协调附近公交站点增设一条通勤线路，方便员工上下班") : List.of()), official);
				visits++;
			}
			if (f.request() != null) {
				requests.submit(new PublicRequests.Submission(Channel.API, i == 2 ? CaseType.CONSULTATION : CaseType.HELP,
						null, f.request(), null, null, null, "企业联系人", null, false, false,
						new PublicRequests.Enterprise(code, f.name(), "企业联系人"), List.of()), actors.enterprises());
				asked++;
			}
		}
		return "%d pairings, %d visits, %d requests".formatted(paired, visits, asked);
	}
}
