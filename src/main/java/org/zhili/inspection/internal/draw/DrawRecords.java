package org.zhili.inspection.internal.draw;

import tools.jackson.databind.JsonNode;

/**
 * The published forms of a draw, all canonical JSON (see {@link CanonicalJson}): the commitments made before it
 * and the record anyone can check after it.
 */
public final class DrawRecords {

	private DrawRecords() {
	}

	/** Lower-case hex SHA-256 of the seed bytes: published before the draw, binds the seed without revealing it. */
	public static String commitment(byte[] seed) {
		return CanonicalJson.sha256Hex(seed);
	}

	/** Lower-case hex SHA-256 of the UTF-8 bytes of {@link #inputsJson}. */
	public static String inputsHash(DrawInputs inputs) {
		return CanonicalJson.sha256Hex(g -> InputsCodec.write(inputs, g));
	}

	public static String inputsJson(DrawInputs inputs) {
		return CanonicalJson.write(g -> InputsCodec.write(inputs, g));
	}

	/** @throws IllegalArgumentException naming what is wrong */
	public static DrawInputs inputsFromJson(String json) {
		return InputsCodec.fromTree(CanonicalJson.read(json));
	}

	public static String outcomeJson(DrawOutcome outcome) {
		return CanonicalJson.write(g -> OutcomeCodec.write(outcome, g));
	}

	/** @throws IllegalArgumentException naming what is wrong */
	public static DrawOutcome outcomeFromJson(String json) {
		return OutcomeCodec.fromTree(CanonicalJson.read(json));
	}

	/**
	 * The public record: {@code {"algorithm", "commitment", "inputs", "inputsHash", "outcome", "seed"}}, the inputs
	 * and outcome as in {@link #inputsJson} and {@link #outcomeJson}.
	 */
	public static String recordJson(String seedHex, String commitment, String inputsHash, DrawInputs inputs,
			DrawOutcome outcome) {
		return CanonicalJson.write(g -> {
			g.writeStartObject();
			g.writeStringProperty("algorithm", CanonicalJson.checked(inputs.algorithm()));
			g.writeStringProperty("commitment", CanonicalJson.checked(commitment));
			g.writeName("inputs");
			InputsCodec.write(inputs, g);
			g.writeStringProperty("inputsHash", CanonicalJson.checked(inputsHash));
			g.writeName("outcome");
			OutcomeCodec.write(outcome, g);
			g.writeStringProperty("seed", CanonicalJson.checked(seedHex));
			g.writeEndObject();
		});
	}

	public static String recordJson(DrawRecord record) {
		return recordJson(record.seedHex(), record.commitment(), record.inputsHash(), record.inputs(),
				record.outcome());
	}

	/** @throws IllegalArgumentException naming what is wrong */
	public static DrawRecord recordFromJson(String json) {
		JsonNode root = CanonicalJson.read(json);
		return new DrawRecord(JsonFields.text(root, "seed"), JsonFields.text(root, "commitment"),
				JsonFields.text(root, "inputsHash"), InputsCodec.fromTree(JsonFields.object(root, "inputs")),
				OutcomeCodec.fromTree(JsonFields.object(root, "outcome")));
	}
}
