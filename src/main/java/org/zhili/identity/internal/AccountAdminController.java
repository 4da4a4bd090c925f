package org.zhili.identity.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.identity.Actor;
import org.zhili.identity.OrgUnitDirectory;
import org.zhili.identity.Role;

/** Accounts, for the security administrator. Lists and records are limited to the administrator's scope. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
@Validated
@Tag(name = "账号管理", description = "安全管理员：创建账号、分配角色与数据范围、解锁、重置")
class AccountAdminController {

	record CreateRequest(@Size(max = 64) String username, @Size(max = 50) String displayName,
			@Size(max = 20) String phone, @NotEmpty Set<Role> roles, @NotNull @Size(max = 32) String scopeUnitCode,
			Boolean includeChildren, @Size(max = 200) String initialPassword) {
	}

	record CreateResponse(AccountView account, String oneTimePassword) {
	}

	record AccessRequest(@NotEmpty Set<Role> roles, @NotNull @Size(max = 32) String scopeUnitCode,
			Boolean includeChildren, @NotNull Integer version) {
	}

	record ProfileRequest(@Size(max = 50) String displayName, @Size(max = 20) String phone, @NotNull Integer version) {
	}

	record Page(List<AccountView> items, long total, int page, int size) {
	}

	record Revealed(String field, String value) {
	}

	record OneTimePassword(String oneTimePassword) {
	}

	private final AccountAdministration administration;
	private final AccountRepository accounts;
	private final OrgUnitDirectory units;
	private final Clock clock;

	AccountAdminController(AccountAdministration administration, AccountRepository accounts, OrgUnitDirectory units,
			Clock clock) {
		this.administration = administration;
		this.accounts = accounts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "账号列表（姓名、电话已脱敏）")
	Page list(Actor admin, @RequestParam(required = false) @Size(max = 64) String q,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		AccountRepository.Filter filter = new AccountRepository.Filter(admin.scope().pathPattern(), q, role, page * size,
				size);
		return new Page(accounts.find(filter).stream().map(this::view).toList(), accounts.count(filter), page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "一个账号")
	AccountView get(Actor admin, @PathVariable long id) {
		return view(administration.load(admin, id));
	}

	@PostMapping
	@Operation(summary = "创建账号；未给初始密码时生成一次性密码（仅此一次返回），首次登录须修改")
	ResponseEntity<CreateResponse> create(Actor admin, @Valid @RequestBody CreateRequest request) {
		AccountAdministration.Created created = administration.create(admin,
				new AccountAdministration.NewAccountRequest(request.username(), request.displayName(), request.phone(),
						request.roles(), request.scopeUnitCode(), request.includeChildren() == null || request.includeChildren(),
						request.initialPassword()));
		AccountView view = view(created.account());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + view.id()))
			.body(new CreateResponse(view, created.oneTimePassword()));
	}

	@PutMapping("/{id}/access")
	@Operation(summary = "修改角色和数据范围（须带上读取时的 version）")
	AccountView changeAccess(Actor admin, @PathVariable long id, @Valid @RequestBody AccessRequest request) {
		return view(administration.changeAccess(admin, id, request.version(), request.roles(), request.scopeUnitCode(),
				request.includeChildren() == null || request.includeChildren()));
	}

	@PutMapping("/{id}/profile")
	@Operation(summary = "修改姓名和电话")
	AccountView changeProfile(Actor admin, @PathVariable long id, @Valid @RequestBody ProfileRequest request) {
		return view(administration.changeProfile(admin, id, request.version(), request.displayName(), request.phone()));
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "解除因登录失败造成的锁定")
	AccountView unlock(Actor admin, @PathVariable long id) {
		return view(administration.unlock(admin, id));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "停用账号（立即退出，令牌失效）")
	AccountView disable(Actor admin, @PathVariable long id) {
		return view(administration.setEnabled(admin, id, false));
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "启用账号")
	AccountView enable(Actor admin, @PathVariable long id) {
		return view(administration.setEnabled(admin, id, true));
	}

	@PostMapping("/{id}/reset-password")
	@Operation(summary = "重置为一次性密码（仅此一次返回），下次登录须修改")
	OneTimePassword resetPassword(Actor admin, @PathVariable long id) {
		return new OneTimePassword(administration.resetPassword(admin, id));
	}

	@PostMapping("/{id}/reset-second-factor")
	@Operation(summary = "重置动态口令（如手机丢失），下次登录重新绑定")
	AccountView resetSecondFactor(Actor admin, @PathVariable long id) {
		return view(administration.resetSecondFactor(admin, id));
	}

	@GetMapping("/{id}/personal-data")
	@PreAuthorize("hasAuthority('ACCOUNT_MANAGE') and hasAuthority('PERSONAL_DATA_UNMASK')")
	@Operation(summary = "查看一个字段的明文（phone 或 displayName）；每次查看都记入审计")
	Revealed reveal(Actor admin, @PathVariable long id, @RequestParam String field) {
		return new Revealed(field, administration.reveal(admin, id, field));
	}

	private AccountView view(Account account) {
		return AccountView.of(account, units, clock.instant());
	}
}
