package org.zhili.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.DataScope;
import org.zhili.identity.Role;
import org.zhili.platform.ApiProblem;

/** Bearer tokens for API clients acting as a person. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "获取和注销访问令牌")
class AuthController {

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password,
			@Size(max = 10) String totp) {
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
	}

	record Me(String username, List<String> roles, List<String> roleLabels, List<String> permissions, DataScope scope) {
	}

	private final SignIn signIn;
	private final Principals principals;
	private final AccessTokens tokens;
	private final JdbcAuditTrail audit;
	private final Clock clock;

	AuthController(SignIn signIn, Principals principals, AccessTokens tokens, JdbcAuditTrail audit, Clock clock) {
		this.signIn = signIn;
		this.principals = principals;
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/token")
	@Operation(summary = "用用户名、密码（及动态口令）换取 Bearer 令牌")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http, HttpServletResponse response) {
		Account account;
		try {
			account = signIn.authenticate(request.username(), request.password(), request.totp(), http.getRemoteAddr());
		}
		catch (SignInFailure failure) {
			if (failure.retryAfter() != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER,
						Long.toString(Math.max(1, (failure.retryAfter().toMillis() + 999) / 1000)));
			}
			throw refused(failure);
		}
		AccountPrincipal principal = principals.of(account);
		if (principal.obligation() == AccountPrincipal.Obligation.CHANGE_PASSWORD) {
			throw ApiProblem.forbidden("password_change_required", "须先在网页上修改密码（首次登录、被重置或已过期）后再获取令牌");
		}
		if (principal.obligation() == AccountPrincipal.Obligation.ENROL_SECOND_FACTOR) {
			throw ApiProblem.forbidden("second_factor_enrolment_required", "管理员账号须先在网页上启用动态口令后再获取令牌");
		}
		AccessTokens.Issued issued = tokens.issue(account.id(), http.getRemoteAddr());
		audit.append(account.username(), http.getRemoteAddr(), AuditActions.TOKEN_ISSUED, account.username(),
				AuditOutcome.SUCCESS, "签发 API 令牌，至 " + issued.expiresAt());
		long seconds = Duration.between(clock.instant(), issued.expiresAt()).toSeconds();
		return new TokenResponse(issued.token(), "Bearer", seconds, issued.expiresAt());
	}

	@DeleteMapping("/token")
	@Operation(summary = "注销当前使用的令牌")
	ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
		String token = authorization.substring("Bearer ".length()).strip();
		if (!token.startsWith(AccessTokens.PREFIX)) {
			throw ApiProblem.badInput("Authorization", "not_a_token", "只能注销访问令牌；API 密钥由安全管理员吊销");
		}
		tokens.revoke(token);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	@Operation(summary = "当前身份、角色、权限和数据范围")
	Me me(Actor actor) {
		Set<String> permissions = new TreeSet<>();
		actor.roles().forEach(r -> r.permissions().forEach(p -> permissions.add(p.name())));
		List<Role> roles = actor.roles().stream().sorted().toList();
		return new Me(actor.username(), roles.stream().map(Role::name).toList(), roles.stream().map(Role::label).toList(),
				List.copyOf(permissions), actor.scope());
	}

	private static ApiProblem refused(SignInFailure failure) {
		if (failure.reason() == SignInFailure.Reason.THROTTLED) {
			return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too_many_failed_sign_ins", failure.getMessage(), List.of(),
					null);
		}
		String code = switch (failure.reason()) {
			case BAD_CREDENTIALS, THROTTLED -> "invalid_credentials";
			case SECOND_FACTOR_INVALID -> "second_factor_invalid";
			case SCOPE_UNAVAILABLE -> "scope_unavailable";
		};
		return new ApiProblem(HttpStatus.UNAUTHORIZED, code, failure.getMessage(), List.of(), null);
	}
}
