package org.zhili.inspection.internal.draw;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reading a draw record's fields strictly: a missing or mistyped field is an error naming it, never a default. */
final class JsonFields {

	private JsonFields() {
	}

	static JsonNode field(JsonNode node, String name) {
		JsonNode value = node == null ? null : node.get(name);
		if (value == null || value.isMissingNode()) {
			throw new IllegalArgumentException("记录中缺少字段 " + name);
		}
		return value;
	}

	static JsonNode object(JsonNode node, String name) {
		JsonNode value = field(node, name);
		if (!value.isObject()) {
			throw new IllegalArgumentException("字段 " + name + " 应为对象");
		}
		return value;
	}

	static JsonNode array(JsonNode node, String name) {
		JsonNode value = field(node, name);
		if (!value.isArray()) {
			throw new IllegalArgumentException("字段 " + name + " 应为数组");
		}
		return value;
	}

	static String text(JsonNode node, String name) {
		JsonNode value = field(node, name);
		if (!value.isString()) {
			throw new IllegalArgumentException("字段 " + name + " 应为字符串");
		}
		return value.stringValue();
	}

	static String textOrNull(JsonNode node, String name) {
		return field(node, name).isNull() ? null : text(node, name);
	}

	static long integer(JsonNode node, String name) {
		return integerValue(field(node, name), "字段 " + name);
	}

	static int smallInteger(JsonNode node, String name) {
		long v = integer(node, name);
		if (v != (int) v) {
			throw new IllegalArgumentException("字段 " + name + " 超出范围");
		}
		return (int) v;
	}

	static long integerValue(JsonNode value, String what) {
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw new IllegalArgumentException(what + " 应为整数");
		}
		return value.longValue();
	}

	static List<Long> integers(JsonNode array, String name) {
		if (!array.isArray()) {
			throw new IllegalArgumentException("字段 " + name + " 应为整数数组");
		}
		List<Long> result = new ArrayList<>(array.size());
		for (JsonNode item : array) {
			result.add(integerValue(item, "字段 " + name + " 的元素"));
		}
		return result;
	}

	static LocalDate date(JsonNode node, String name) {
		try {
			return LocalDate.parse(text(node, name));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("字段 " + name + " 应为 yyyy-MM-dd 格式的日期", e);
		}
	}

	static <E extends Enum<E>> E constant(Class<E> type, String value, String name) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("字段 " + name + " 的值 " + value + " 无效", e);
		}
	}
}
