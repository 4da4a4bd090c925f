package org.zhili.inspection.internal.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a published draw the way any citizen can: the revealed seed against the commitment, the inputs against
 * their hash, then the draw run again against what was published.
 */
public final class DrawVerifier {

	private final DrawEngine engine = new DrawEngine();

	public Verification verify(String seedHex, String commitment, DrawInputs inputs, String inputsHash,
			DrawOutcome published) {
		List<String> differences = new ArrayList<>();
		byte[] seed;
		try {
			seed = DrawSeeds.parse(seedHex);
		}
		catch (IllegalArgumentException e) {
			differences.add("公布的种子不是有效的十六进制字符串");
			return new Verification(false, differences);
		}
		if (!DrawRecords.commitment(seed).equalsIgnoreCase(String.valueOf(commitment))) {
			differences.add("种子的哈希值与事先公布的承诺不符");
		}
		if (!DrawRecords.inputsHash(inputs).equalsIgnoreCase(String.valueOf(inputsHash))) {
			differences.add("输入数据的哈希值与事先公布的不符");
		}
		if (!DrawEngine.ALGORITHM.equals(inputs.algorithm())) {
			differences.add("不支持的抽取算法版本：" + inputs.algorithm() + "（本程序实现 " + DrawEngine.ALGORITHM + "）");
			return new Verification(false, differences);
		}
		DrawOutcome expected = engine.draw(seed, inputs);
		differences.addAll(new OutcomeComparison(inputs).compare(expected, published));
		return new Verification(differences.isEmpty(), differences);
	}

	public Verification verify(DrawRecord record) {
		return verify(record.seedHex(), record.commitment(), record.inputs(), record.inputsHash(), record.outcome());
	}
}
