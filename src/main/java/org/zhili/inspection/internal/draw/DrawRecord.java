package org.zhili.inspection.internal.draw;

/**
 * The public record of a draw, as a citizen downloads it ({@link DrawRecords#recordJson}): with it anyone can check
 * the commitments made before the draw and run the draw again.
 *
 * @param seedHex the seed revealed after the draw
 * @param commitment the SHA-256 of the seed, published before the draw
 * @param inputsHash the SHA-256 of the inputs' canonical JSON, published before the draw
 */
public record DrawRecord(String seedHex, String commitment, String inputsHash, DrawInputs inputs,
		DrawOutcome outcome) {
}
