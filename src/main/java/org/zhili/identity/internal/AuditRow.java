package org.zhili.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.zhili.identity.AuditOutcome;

/**
 * One row of the audit trail. Once sealed, its hash covers every field, its place in the chain and the
 * previous row's hash, so changing, removing or reordering any sealed row breaks the chain from there on.
 *
 * @param seq the row's place in the chain, {@code null} until sealed
 * @param prevHash the previous row's hash, {@code null} until sealed
 * @param hash this row's hash, {@code null} until sealed
 */
record AuditRow(long id, Long seq, Instant occurredAt, String actor, String address, String action, String target,
		AuditOutcome outcome, String detail, String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	AuditRow {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	/** This row sealed as number {@code seq} of the chain, after a row whose hash is {@code prev}. */
	AuditRow sealed(long seq, String prev) {
		AuditRow placed = new AuditRow(id, seq, occurredAt, actor, address, action, target, outcome, detail, prev, null);
		return new AuditRow(id, seq, occurredAt, actor, address, action, target, outcome, detail, prev,
				placed.computeHash());
	}

	boolean hashMatches() {
		return hash != null && computeHash().equals(hash);
	}

	String computeHash() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
		String canonical = String.join("\u001f", prevHash, Long.toString(seq), Long.toString(id), Long.toString(micros),
				field(actor), field(address), field(action), field(target), outcome.name(), field(detail));
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
