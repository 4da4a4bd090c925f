package org.zhili.identity.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.identity.Role;

/** API keys for system integrations (e.g. the city 12345 platform), issued by the security administrator. */
@RestController
@RequestMapping("/api/v1/api-keys")
@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
@Tag(name = "API 密钥", description = "安全管理员：为对接系统签发和吊销 API 密钥（仅保存哈希）")
class ApiKeyController {

	record IssueRequest(@Size(max = 100) String name, @NotEmpty Set<Role> roles, @NotNull @Size(max = 32) String scopeUnitCode,
			Boolean includeChildren, Instant expiresAt) {
	}

	/** A key as listed; {@code secret} only in the answer to issuing it. */
	record KeyView(long id, String name, String prefix, List<String> roles, String scopeUnitCode, boolean includeChildren,
			String issuedBy, Instant issuedAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String secret) {

		static KeyView of(ApiKeys.ApiKey k, String secret) {
			return new KeyView(k.id(), k.name(), k.prefix(), k.roles().stream().sorted().map(Role::name).toList(),
					k.scopeUnitCode(), k.includeChildren(), k.issuedBy(), k.issuedAt(), k.expiresAt(), k.revokedAt(),
					k.lastUsedAt(), secret);
		}
	}

	private final ApiKeyAdministration administration;
	private final ApiKeys keys;

	ApiKeyController(ApiKeyAdministration administration, ApiKeys keys) {
		this.administration = administration;
		this.keys = keys;
	}

	@GetMapping
	@Operation(summary = "API 密钥列表（不含密钥本身）")
	List<KeyView> list() {
		return keys.findAll().stream().map(k -> KeyView.of(k, null)).toList();
	}

	@PostMapping
	@Operation(summary = "签发 API 密钥；secret 只在此次返回，调用时作为 Authorization: Bearer 使用")
	ResponseEntity<KeyView> issue(Actor admin, @Valid @RequestBody IssueRequest request) {
		ApiKeyAdministration.Issued issued = administration.issue(admin, request.name(), request.roles(),
				request.scopeUnitCode(), request.includeChildren() == null || request.includeChildren(), request.expiresAt());
		return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.key().id()))
			.body(KeyView.of(issued.key(), issued.secret()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "吊销 API 密钥，立即失效")
	KeyView revoke(@PathVariable long id) {
		return KeyView.of(administration.revoke(id), null);
	}
}
