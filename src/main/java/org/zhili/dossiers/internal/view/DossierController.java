package org.zhili.dossiers.internal.view;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.dossiers.Dossier;
import org.zhili.identity.Actor;

/** The one view of a person or a building over HTTP. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "一人一档", description = "一人一档、一址一档：12345工单、信访、矛盾纠纷、舆情线索在一条时间线上，按角色可见；每次查阅须说明事由并记入审计")
class DossierController {

	private final DossierService dossiers;

	DossierController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/person")
	@PreAuthorize("hasAuthority('DOSSIER_VIEW')")
	@Operation(summary = "一人一档：按电话（phone）或身份证号（idNumber）；reason 查阅事由必填")
	Dossier person(@RequestParam(required = false) String phone, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String reason, Actor actor) {
		return dossiers.person(phone, idNumber, reason, actor);
	}

	@GetMapping("/address")
	@PreAuthorize("hasAuthority('DOSSIER_VIEW')")
	@Operation(summary = "一址一档：按地址（address，自动归并到楼栋）或楼栋键（key）；reason 查阅事由必填")
	Dossier address(@RequestParam(required = false) String address, @RequestParam(required = false) String key,
			@RequestParam(required = false) String reason, Actor actor) {
		return dossiers.address(address, key, reason, actor);
	}
}
