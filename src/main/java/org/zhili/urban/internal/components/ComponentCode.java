package org.zhili.urban.internal.components;

import java.util.Optional;

/**
 * The 16-digit 部件标识码 (CJ/T 214, GB/T 30428.2; DU-8): the district's 6-digit administrative code, the 2-digit
 * 大类, the 2-digit 小类 and a 6-digit sequence within the class, e.g. {@code 1201040101000001} is the district's
 * first 上水井盖.
 *
 * @param districtCode the 6-digit administrative code
 * @param classCode the 4-digit 大类 + 小类
 * @param sequence 1 to 999,999
 */
public record ComponentCode(String districtCode, String classCode, int sequence) {

	public static final int LENGTH = 16;
	public static final int MAX_SEQUENCE = 999_999;

	public ComponentCode {
		if (districtCode == null || !districtCode.matches("[0-9]{6}") || classCode == null
				|| !classCode.matches("[0-9]{4}") || sequence < 1 || sequence > MAX_SEQUENCE) {
			throw new IllegalArgumentException("not a component code: " + districtCode + "/" + classCode + "/" + sequence);
		}
	}

	/** The identifier's 16 digits. */
	public String value() {
		return districtCode + classCode + "%06d".formatted(sequence);
	}

	/** The first ten digits shared by every component of this district and class. */
	public static String prefix(String districtCode, String classCode) {
		return districtCode + classCode;
	}

	/** The 大类 (the class code's first two digits). */
	public String majorCode() {
		return classCode.substring(0, 2);
	}

	@Override
	public String toString() {
		return value();
	}

	/**
	 * What is wrong with an identifier for this district, in Chinese, or empty when it is right. When
	 * {@code classCode} is given, the identifier's 大类 and 小类 digits must be that class.
	 */
	public static Optional<String> problem(String id, String districtCode, String classCode) {
		if (id == null || id.isBlank()) {
			return Optional.of("标识码为空");
		}
		if (!id.matches("[0-9]+")) {
			return Optional.of("标识码只能由数字组成：" + id);
		}
		if (id.length() != LENGTH) {
			return Optional.of("标识码应为16位（6位行政区划代码 + 2位大类 + 2位小类 + 6位顺序码），实际" + id.length() + "位：" + id);
		}
		if (!id.startsWith(districtCode)) {
			return Optional.of("标识码前6位应为本区行政区划代码 " + districtCode + "，实际为 " + id.substring(0, 6));
		}
		if (classCode != null && !id.substring(6, 10).equals(classCode)) {
			return Optional.of("标识码第7–10位 " + id.substring(6, 10) + " 与部件小类 " + classCode + " 不符");
		}
		if (id.endsWith("000000")) {
			return Optional.of("标识码的6位顺序码应从 000001 起");
		}
		return Optional.empty();
	}

	/** Reads an identifier known to be right for some district. */
	public static ComponentCode parse(String id) {
		if (id == null || !id.matches("[0-9]{16}")) {
			throw new IllegalArgumentException("not a 16-digit component code: " + id);
		}
		return new ComponentCode(id.substring(0, 6), id.substring(6, 10), Integer.parseInt(id.substring(10)));
	}
}
