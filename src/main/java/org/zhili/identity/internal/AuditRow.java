package org.zhili.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.zhili.identity.AuditOutcome;

/**
 * One row of the audit trail. Its hash covers every field and the previous row's hash, so changing,
 * removing or reordering any row breaks the chain from that row on.
 */
record AuditRow(long id, Instant occurredAt, String actor, String address, String action, String target,
		AuditOutcome outcome, String detail, String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	AuditRow {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	AuditRow sealed() {
		return new AuditRow(id, occurredAt, actor, address, action, target, outcome, detail, prevHash, computeHash());
	}

	boolean hashMatches() {
		return computeHash().equals(hash);
	}

	String computeHash() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
		String canonical = String.join("\u001f", prevHash, Long.toString(id), Long.toString(micros), field(actor),
				field(address), field(action), field(target), outcome.name(), field(detail));
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String field(String value) {
		return value == null ? "\u0000" : value;
	}
}
