package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;
import org.zhili.platform.ApiProblem;

/** Issuing and revoking API keys for system integrations; both are audited. */
@Component
class ApiKeyAdministration {

	/** A key just issued: the secret is in this answer and nowhere else. */
	record Issued(ApiKeys.ApiKey key, String secret) {
	}

	private final ApiKeys keys;
	private final OrgUnitDirectory units;
	private final JdbcAuditTrail audit;
	private final Clock clock;

	ApiKeyAdministration(ApiKeys keys, OrgUnitDirectory units, JdbcAuditTrail audit, Clock clock) {
		this.keys = keys;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Issued issue(Actor admin, String name, Set<Role> roles, String scopeUnitCode, boolean includeChildren,
			Instant expiresAt) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			errors.add(new ApiProblem.FieldError("name", "名称不能为空，最多 100 个字"));
		}
		else if (keys.nameTaken(cleanName)) {
			errors.add(new ApiProblem.FieldError("name", "已有同名的 API 密钥"));
		}
		if (roles == null || roles.isEmpty()) {
			errors.add(new ApiProblem.FieldError("roles", "至少选择一个角色"));
		}
		else if (roles.stream().anyMatch(Role::administrator)) {
			errors.add(new ApiProblem.FieldError("roles", "API 密钥不能授予管理员角色"));
		}
		OrgUnitDirectory.ScopeUnit unit = scopeUnitCode == null ? null : units.findScope(scopeUnitCode.strip()).orElse(null);
		if (unit == null || !unit.active()) {
			errors.add(new ApiProblem.FieldError("scopeUnitCode", "数据范围单位 " + scopeUnitCode + " 不存在或已撤销"));
		}
		else if (!admin.scope().covers(unit.path())) {
			errors.add(new ApiProblem.FieldError("scopeUnitCode", "只能授予您自己数据范围内的单位"));
		}
		if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
			errors.add(new ApiProblem.FieldError("expiresAt", "到期时间须晚于现在"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
		String secret = keys.issue(cleanName, roles, unit.code(), includeChildren, expiresAt, admin.username());
		ApiKeys.ApiKey key = keys.findBySecret(secret).orElseThrow();
		audit.success(AuditActions.API_KEY_ISSUED, cleanName, "签发 API 密钥 " + key.prefix() + "…，角色 "
				+ AccountAdministration.labels(roles) + "，数据范围 " + unit.code() + (expiresAt == null ? "" : "，至 " + expiresAt));
		return new Issued(key, secret);
	}

	@Transactional
	ApiKeys.ApiKey revoke(long id) {
		ApiKeys.ApiKey key = keys.findById(id)
			.orElseThrow(() -> ApiProblem.notFound("api_key_not_found", "API 密钥不存在"));
		if (keys.revoke(id)) {
			audit.success(AuditActions.API_KEY_REVOKED, key.name(), "吊销 API 密钥 " + key.prefix() + "…");
		}
		return keys.findById(id).orElseThrow();
	}
}
