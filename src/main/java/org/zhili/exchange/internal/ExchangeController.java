package org.zhili.exchange.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exchange's outbox for the administrator, and the messages' schemas for anyone building a receiver. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "数据共享交换", description = "发往区级信息资源共享交换平台（Kafka）的消息：发件箱状态与消息格式")
class ExchangeController {

	/** A message as listed, its payload as JSON. */
	record MessageView(long id, String topic, String key, String type, int version, JsonNode payload,
			Instant occurredAt, Instant queuedAt, Instant sentAt, int attempts, String lastError) {
	}

	record OutboxView(boolean kafkaConfigured, long pending, long oldestPendingSeconds, Instant lastSentAt,
			List<Outbox.TypeCount> types, List<MessageView> latest) {
	}

	private final ExchangeStatus status;
	private final Schemas schemas;
	private final JsonMapper json;

	ExchangeController(ExchangeStatus status, Schemas schemas, JsonMapper json) {
		this.status = status;
		this.schemas = schemas;
		this.json = json;
	}

	@GetMapping("/outbox")
	@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
	@Operation(summary = "发件箱：是否已配置 Kafka、待发送条数与最久等待、各类消息条数、最近 50 条消息")
	OutboxView outbox() {
		ExchangeStatus.Status s = status.now();
		return new OutboxView(s.kafkaConfigured(), s.pending(), s.oldestPendingSeconds(), s.lastSentAt(), s.types(),
				s.latest().stream()
					.map(r -> new MessageView(r.id(), r.topic(), r.key(), r.type(), r.version(), json.readTree(r.payload()),
							r.occurredAt(), r.queuedAt(), r.sentAt(), r.attempts(), r.lastError()))
					.toList());
	}

	@GetMapping("/schemas")
	@Operation(summary = "每种消息（类型、版本、主题）的 JSON Schema，无需登录")
	List<Schemas.Described> schemas() {
		return schemas.all();
	}
}
