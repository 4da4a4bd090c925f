package org.zhili.exchange.internal;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message type has its JSON Schema, naming the same type, version and topic, and the JSON written from its
 * record has exactly the fields the schema describes, all of them required.
 */
class MessageSchemasTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyMessageTypeHasASchemaMatchingTheJsonItsRecordWrites() throws Exception {
		assertThat(MessageType.ALL).extracting(t -> t.name() + "/" + t.version()).doesNotHaveDuplicates();
		for (MessageType type : MessageType.ALL) {
			ClassPathResource file = new ClassPathResource(type.schemaPath());
			assertThat(file.exists()).as(type.schemaPath()).isTrue();
			JsonNode schema;
			try (InputStream in = file.getInputStream()) {
				schema = json.readTree(in);
			}
			assertThat(schema.get("x-zhili-type").asString()).isEqualTo(type.name());
			assertThat(schema.get("x-zhili-version").asInt()).isEqualTo(type.version());
			assertThat(schema.get("x-zhili-topic").asString()).isEqualTo(type.topic());
			Set<String> described = new TreeSet<>(schema.get("properties").propertyNames());
			Set<String> required = new TreeSet<>();
			schema.get("required").forEach(n -> required.add(n.asString()));
			schema.get("properties").forEach(p -> assertThat(p.get("description").asString()).isNotBlank());

			JsonNode written = json.readTree(json.writeValueAsString(sample(type.shape())));
			Set<String> fields = new TreeSet<>(written.propertyNames());
			assertThat(fields).as(type.name()).isEqualTo(described).isEqualTo(required);
		}
	}

	/** An instance of the record with a value in every component. */
	static Record sample(Class<? extends Record> shape) throws Exception {
		RecordComponent[] components = shape.getRecordComponents();
		List<Object> values = new ArrayList<>();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			Class<?> t = components[i].getType();
			types[i] = t;
			values.add(t == long.class ? 1L : t == int.class ? 1 : t == Instant.class ? Instant.now() : "x");
		}
		return shape.getDeclaredConstructor(types).newInstance(values.toArray());
	}
}
