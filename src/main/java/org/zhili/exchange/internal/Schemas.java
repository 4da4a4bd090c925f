package org.zhili.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema of every message type, read once from {@code exchange/schemas/} on the class path. */
@Component
class Schemas {

	/** A message type with its schema. */
	record Described(String type, int version, String topic, JsonNode schema) {
	}

	private final List<Described> all;

	Schemas(JsonMapper json) {
		List<Described> list = new ArrayList<>();
		for (MessageType t : MessageType.ALL) {
			try (InputStream in = new ClassPathResource(t.schemaPath()).getInputStream()) {
				list.add(new Described(t.name(), t.version(), t.topic(), json.readTree(in)));
			}
			catch (IOException e) {
				throw new UncheckedIOException("no schema for " + t.name() + " v" + t.version(), e);
			}
		}
		this.all = List.copyOf(list);
	}

	List<Described> all() {
		return all;
	}
}
