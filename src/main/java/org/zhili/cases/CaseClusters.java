package org.zhili.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Cases that gather — at one building, or as many callers on one topic in one community — for the early warning
 * (dossiers), which reads them as system work, whatever anyone's scope.
 */
public interface CaseClusters {

	/**
	 * A case in a cluster.
	 *
	 * @param phoneIndex the requester's phone as a blind index, or {@code null}
	 */
	record Member(long caseId, String trackingNumber, String title, Instant registeredAt, String stateLabel,
			String streetCode, String communityCode, String categoryCode, String phoneIndex) {
	}

	/**
	 * Cases that belong together.
	 *
	 * @param addressKey the building, for a cluster by building
	 * @param communityCode the community, for a cluster by topic
	 * @param categoryCode the first-level category, for a cluster by topic
	 * @param members newest first
	 */
	record Cluster(String addressKey, String communityCode, String categoryCode, List<Member> members) {

		/** The street of the newest member that has one. */
		public String streetCode() {
			return members.stream().map(Member::streetCode).filter(s -> s != null).findFirst().orElse(null);
		}
	}

	/**
	 * For each of these buildings with at least {@code min} unresolved complaints (投诉: open, or closed as not
	 * solved; not voided or merged) registered in {@code [since, until)}: those complaints.
	 */
	List<Cluster> unresolvedComplaints(Collection<String> addressKeys, Instant since, Instant until, int min);

	/**
	 * Cases registered in {@code [since, until)} grouped by community and category down to {@code categoryLevel}
	 * (1: 城乡建设, 2: 市政设施…), where at least {@code minPhones} distinct phones called; only of these communities
	 * when given (all when {@code null}).
	 */
	List<Cluster> callersOnOneTopic(Instant since, Instant until, int categoryLevel, int minPhones,
			Collection<String> communityCodes);

	/** The code of a category's ancestor at {@code level} (the category itself when it is at that level or above). */
	static String topic(String categoryCode, int level) {
		int length = 1 + 2 * level;
		return categoryCode.length() <= length ? categoryCode : categoryCode.substring(0, length);
	}

	/** The buildings of the cases registered in {@code [from, to)}. */
	List<String> buildingsRegistered(Instant from, Instant to);

	/** The communities of the cases registered in {@code [from, to)}. */
	List<String> communitiesRegistered(Instant from, Instant to);
}
