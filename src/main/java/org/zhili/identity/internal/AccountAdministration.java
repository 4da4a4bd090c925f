package org.zhili.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditOutcome;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.PersonalData;
import org.zhili.identity.Role;
import org.zhili.platform.ApiProblem;

/**
 * The security administrator's work on accounts: create, change roles and scope, unlock, reset, disable.
 * Every change is audited; the three administrator roles are held alone (三员分立), and nobody changes
 * their own access.
 */
@Component
class AccountAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
	static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	/** What the administrator fills in for a new account. */
	record NewAccountRequest(String username, String displayName, String phone, Set<Role> roles, String scopeUnitCode,
			boolean includeChildren, String initialPassword) {
	}

	/** A new account and, when zhili chose it, the one-time password to hand over. */
	record Created(Account account, String oneTimePassword) {
	}

	private final AccountRepository accounts;
	private final OrgUnitDirectory units;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final AccessTokens tokens;
	private final JdbcAuditTrail audit;
	private final Clock clock;

	AccountAdministration(AccountRepository accounts, OrgUnitDirectory units, PasswordEncoder passwords,
			PasswordPolicy policy, AccessTokens tokens, JdbcAuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.passwords = passwords;
		this.policy = policy;
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Created create(Actor admin, NewAccountRequest request) {
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		String username = request.username() == null ? "" : request.username().strip().toLowerCase();
		if (!USERNAME.matcher(username).matches()) {
			errors.add(new ApiProblem.FieldError("username", "用户名须以小写字母开头，2–64 位小写字母、数字或 . _ -"));
		}
		else if (accounts.exists(username)) {
			errors.add(new ApiProblem.FieldError("username", "用户名 " + username + " 已被使用"));
		}
		checkProfile(request.displayName(), request.phone(), errors);
		checkAccess(admin, request.roles(), request.scopeUnitCode(), errors);
		String password = request.initialPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = AccountBootstrap.oneTimePassword();
		}
		else {
			policy.violations(username, password).forEach(v -> errors.add(new ApiProblem.FieldError("initialPassword", v)));
		}
		reject(errors);
		long id = accounts.insert(new AccountRepository.NewAccount(username, request.displayName().strip(),
				blankToNull(request.phone()), request.roles(), request.scopeUnitCode(), request.includeChildren(),
				passwords.encode(password), true, null, false), clock.instant());
		audit.success(AuditActions.ACCOUNT_CREATED, username,
				"创建账号，角色 " + labels(request.roles()) + "，数据范围 " + request.scopeUnitCode()
						+ (request.includeChildren() ? "（含下级）" : ""));
		return new Created(accounts.findById(id).orElseThrow(), generated ? password : null);
	}

	@Transactional
	Account changeAccess(Actor admin, long id, int version, Set<Role> roles, String scopeUnitCode,
			boolean includeChildren) {
		Account before = load(admin, id);
		notSelf(admin, before, "不能修改自己的角色或数据范围");
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		checkAccess(admin, roles, scopeUnitCode, errors);
		reject(errors);
		if (!accounts.updateAccess(id, version, roles, scopeUnitCode, includeChildren)) {
			throw stale();
		}
		audit.success(AuditActions.ACCESS_CHANGED, before.username(),
				"角色 " + labels(before.roles()) + " → " + labels(roles) + "；数据范围 " + before.scopeUnitCode()
						+ (before.scopeIncludeChildren() ? "（含下级）" : "") + " → " + scopeUnitCode
						+ (includeChildren ? "（含下级）" : ""));
		return accounts.findById(id).orElseThrow();
	}

	@Transactional
	Account changeProfile(Actor admin, long id, int version, String displayName, String phone) {
		Account before = load(admin, id);
		List<ApiProblem.FieldError> errors = new ArrayList<>();
		checkProfile(displayName, phone, errors);
		reject(errors);
		if (!accounts.updateProfile(id, version, displayName.strip(), blankToNull(phone))) {
			throw stale();
		}
		audit.success(AuditActions.PROFILE_CHANGED, before.username(), "修改姓名或电话");
		return accounts.findById(id).orElseThrow();
	}

	@Transactional
	Account unlock(Actor admin, long id) {
		Account account = load(admin, id);
		accounts.unlock(id);
		audit.success(AuditActions.UNLOCKED, account.username(), "解除锁定");
		return accounts.findById(id).orElseThrow();
	}

	@Transactional
	Account setEnabled(Actor admin, long id, boolean enabled) {
		Account account = load(admin, id);
		notSelf(admin, account, "不能停用自己的账号");
		accounts.setEnabled(id, enabled);
		if (!enabled) {
			tokens.revokeAll(id);
		}
		audit.success(enabled ? AuditActions.ACCOUNT_ENABLED : AuditActions.ACCOUNT_DISABLED, account.username(),
				enabled ? "启用账号" : "停用账号，已注销其 API 令牌");
		return accounts.findById(id).orElseThrow();
	}

	/** Sets a new one-time password, to be changed at the next sign-in; returns it. */
	@Transactional
	String resetPassword(Actor admin, long id) {
		Account account = load(admin, id);
		notSelf(admin, account, "请在“我的账号”中修改自己的密码");
		String password = AccountBootstrap.oneTimePassword();
		accounts.changePassword(id, passwords.encode(password), clock.instant(), true);
		tokens.revokeAll(id);
		audit.success(AuditActions.PASSWORD_RESET, account.username(), "重置密码（须在下次登录时修改），已注销其 API 令牌");
		return password;
	}

	/** For a lost phone: the person enrols again at the next sign-in. */
	@Transactional
	Account resetSecondFactor(Actor admin, long id) {
		Account account = load(admin, id);
		notSelf(admin, account, "不能重置自己的动态口令");
		accounts.removeTotp(id);
		audit.success(AuditActions.TOTP_REMOVED, account.username(), "重置动态口令");
		return accounts.findById(id).orElseThrow();
	}

	/** A clear personal field, for someone allowed to see it; the view is audited. */
	@Transactional
	String reveal(Actor admin, long id, String field) {
		Account account = load(admin, id);
		String value = switch (field) {
			case "phone" -> account.phone();
			case "displayName" -> account.displayName();
			default -> throw ApiProblem.badInput("field", "unknown_field", "可查看的字段：phone、displayName");
		};
		audit.success(AuditActions.PERSONAL_DATA_VIEWED, account.username(),
				"查看明文 " + ("phone".equals(field) ? "电话 " + PersonalData.phone(value) : "姓名 " + PersonalData.name(value)));
		return value;
	}

	/** An account inside the administrator's own scope; anything else is "not found". */
	Account load(Actor admin, long id) {
		return accounts.findById(id, admin.scope().pathPattern())
			.orElseThrow(() -> ApiProblem.notFound("account_not_found", "账号不存在或不在您的管理范围内"));
	}

	private void checkAccess(Actor admin, Set<Role> roles, String scopeUnitCode, List<ApiProblem.FieldError> errors) {
		if (roles == null || roles.isEmpty()) {
			errors.add(new ApiProblem.FieldError("roles", "至少选择一个角色"));
		}
		else if (roles.size() > 1 && roles.stream().anyMatch(Role::administrator)) {
			errors.add(new ApiProblem.FieldError("roles", "系统管理员、安全管理员、审计管理员须单独设置账号，不能与其他角色兼任"));
		}
		OrgUnitDirectory.ScopeUnit unit = scopeUnitCode == null ? null : units.findScope(scopeUnitCode.strip()).orElse(null);
		if (unit == null || !unit.active()) {
			errors.add(new ApiProblem.FieldError("scopeUnitCode", "数据范围单位 " + scopeUnitCode + " 不存在或已撤销"));
		}
		else if (!admin.scope().covers(unit.path())) {
			errors.add(new ApiProblem.FieldError("scopeUnitCode", "只能授予您自己数据范围内的单位"));
		}
	}

	private static void checkProfile(String displayName, String phone, List<ApiProblem.FieldError> errors) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 50) {
			errors.add(new ApiProblem.FieldError("displayName", "姓名不能为空，最多 50 个字"));
		}
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
			errors.add(new ApiProblem.FieldError("phone", "电话须为 11 位手机号或带区号的固定电话"));
		}
	}

	private static void notSelf(Actor admin, Account account, String message) {
		if (account.id() == (admin.accountId() == null ? -1 : admin.accountId())) {
			throw ApiProblem.conflict("own_account", message);
		}
	}

	private static void reject(List<ApiProblem.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw ApiProblem.badInput("invalid_input",
					"输入有误：" + String.join("；", errors.stream().map(ApiProblem.FieldError::message).toList()), errors);
		}
	}

	private static ApiProblem stale() {
		return ApiProblem.conflict("concurrent_modification", "该账号已被他人修改，请刷新后重试");
	}

	static String labels(Set<Role> roles) {
		return String.join("、", EnumSet.copyOf(roles).stream().map(Role::label).toList());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
