package org.zhili.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What Open311 clients sent besides the case itself ({@code open311.request}), and the tokens. */
@Repository
class Open311Requests {

	/** A request as Open311 received it. */
	record Received(String token, String serviceRequestId, String apiKey, String serviceCode, String attributesJson,
			String mediaUrl, String deviceId, String accountId, String email, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	Open311Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Received r) {
		jdbc.sql("""
				insert into open311.request (token, service_request_id, api_key, service_code, attributes, media_url,
				  device_id, account_id, email, created_at)
				values (:token, :id, :key, :code, cast(:attributes as jsonb), :media, :device, :account, :email, :at)""")
			.param("token", r.token())
			.param("id", r.serviceRequestId())
			.param("key", r.apiKey())
			.param("code", r.serviceCode())
			.param("attributes", r.attributesJson())
			.param("media", r.mediaUrl())
			.param("device", r.deviceId())
			.param("account", r.accountId())
			.param("email", r.email())
			.param("at", Timestamp.from(r.createdAt()))
			.update();
	}

	/** The request a token stands for. */
	Optional<String> serviceRequestIdOf(String token) {
		return jdbc.sql("select service_request_id from open311.request where token = :t")
			.param("t", token)
			.query(String.class)
			.optional();
	}

	/** The token of a request received through Open311. */
	Optional<String> tokenOf(String serviceRequestId) {
		return jdbc.sql("select token from open311.request where service_request_id = :id")
			.param("id", serviceRequestId)
			.query(String.class)
			.optional();
	}

	/** The media URL a client sent with each of these requests, where one was sent. */
	Map<String, String> mediaUrls(Collection<String> serviceRequestIds) {
		Map<String, String> urls = new HashMap<>();
		if (serviceRequestIds.isEmpty()) {
			return urls;
		}
		jdbc.sql("select service_request_id, media_url from open311.request where service_request_id in (:ids) and media_url is not null")
			.param("ids", serviceRequestIds)
			.query((rs, n) -> urls.put(rs.getString(1), rs.getString(2)))
			.list();
		return urls;
	}
}
