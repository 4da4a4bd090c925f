package org.zhili.cases.internal.intake;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhili.cases.PublicRequests;

/** The enterprise behind an enterprise request (政企互通), one row per case in {@code cases.enterprise_request}. */
@Repository
class EnterpriseRequests {

	private final JdbcClient jdbc;

	EnterpriseRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long caseId, PublicRequests.Enterprise enterprise) {
		jdbc.sql("""
				insert into cases.enterprise_request (case_id, credit_code, enterprise_name, contact_name)
				values (:case, :code, :name, :contact)""")
			.param("case", caseId)
			.param("code", enterprise.creditCode())
			.param("name", enterprise.name())
			.param("contact", enterprise.contactName())
			.update();
	}

	Optional<PublicRequests.Enterprise> of(long caseId) {
		return jdbc.sql("select credit_code, enterprise_name, contact_name from cases.enterprise_request where case_id = :case")
			.param("case", caseId)
			.query((rs, n) -> new PublicRequests.Enterprise(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}
}
