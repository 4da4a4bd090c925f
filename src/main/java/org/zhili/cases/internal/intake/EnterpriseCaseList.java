package org.zhili.cases.internal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.cases.CaseState;
import org.zhili.cases.CaseView;
import org.zhili.cases.EnterpriseCases;
import org.zhili.cases.ReplyResult;
import org.zhili.cases.Satisfaction;

/** An enterprise's requests by its 统一社会信用代码, read from {@code cases.enterprise_request}. */
@Service
@Transactional(readOnly = true)
class EnterpriseCaseList implements EnterpriseCases {

	private final JdbcClient jdbc;

	EnterpriseCaseList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Request> of(String creditCode, int limit) {
		return jdbc.sql("""
				select r.id, r.tracking_number, e.enterprise_name, r.title, r.registered_at, r.state, r.lead_unit_code, r.reply_result,
				       r.satisfaction, r.closed_at
				from cases.enterprise_request e join cases.case_record r on r.id = e.case_id
				where e.credit_code = :code
				order by r.registered_at desc, r.id desc
				limit :limit""")
			.param("code", creditCode)
			.param("limit", limit)
			.query(EnterpriseCaseList::request)
			.list();
	}

	private static Request request(ResultSet rs, int n) throws SQLException {
		CaseState state = CaseState.valueOf(rs.getString("state"));
		String result = rs.getString("reply_result");
		String satisfaction = rs.getString("satisfaction");
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Request(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("enterprise_name"),
				rs.getString("title"),
				rs.getTimestamp("registered_at").toInstant(), CaseView.Labelled.of(state, state.label()),
				state.terminal(), rs.getString("lead_unit_code"),
				result == null ? null : CaseView.Labelled.of(ReplyResult.valueOf(result), ReplyResult.valueOf(result).label()),
				satisfaction == null ? null
						: CaseView.Labelled.of(Satisfaction.valueOf(satisfaction), Satisfaction.valueOf(satisfaction).label()),
				closed == null ? null : closed.toInstant());
	}
}
