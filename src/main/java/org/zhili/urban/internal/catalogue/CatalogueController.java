package org.zhili.urban.internal.catalogue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhili.calendar.TimeLimit;
import org.zhili.platform.ApiProblem;

/** The catalogue over HTTP: read it, add a local 小类 or change one's conditions, handling unit and limits. */
@RestController
@RequestMapping("/api/v1/urban/catalogue")
@Tag(name = "数字城管分类", description = "部件、事件的大类和小类：立案条件、结案条件、处置单位、处置时限（国标分类及本地扩展）")
class CatalogueController {

	/** A class as sent: limits in their text form ({@code 2wh}, {@code 1wd}). */
	record ClassRequest(String majorName, String name, String registerCondition, String closeCondition,
			String handlerSuffix, String limitNormal, String limitUrgent, Boolean active) {
	}

	/** A class as answered: limits in their text form, as they are configured. */
	record ClassView(ClassKind kind, String code, String majorName, String name, String registerCondition,
			String closeCondition, String handlerSuffix, String limitNormal, String limitUrgent, boolean local,
			boolean active) {

		static ClassView of(CatalogueClass c) {
			return new ClassView(c.kind(), c.code(), c.majorName(), c.name(), c.registerCondition(), c.closeCondition(),
					c.handlerSuffix(), c.limitNormal().toString(), c.limitUrgent().toString(), c.local(), c.active());
		}
	}

	private final UrbanCatalogue catalogue;

	CatalogueController(UrbanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('URBAN_VIEW')")
	@Operation(summary = "分类列表", description = "kind = COMPONENT（部件）或 EVENT（事件），不填为全部")
	List<ClassView> list(@RequestParam(required = false) ClassKind kind) {
		return catalogue.list(kind).stream().map(ClassView::of).toList();
	}

	@PutMapping("/{kind}/{code}")
	@PreAuthorize("hasAuthority('URBAN_MANAGE')")
	@Operation(summary = "新增本地小类或修改小类", description = "国标小类只能改条件、处置单位、时限和是否启用")
	ClassView save(@PathVariable ClassKind kind, @PathVariable String code, @RequestBody ClassRequest body) {
		return ClassView.of(catalogue.save(new CatalogueClass(kind, code, body.majorName(), body.name(), body.registerCondition(),
				body.closeCondition(), body.handlerSuffix(), limit("limitNormal", body.limitNormal()),
				limit("limitUrgent", body.limitUrgent()), true, body.active() == null || body.active())));
	}

	private static TimeLimit limit(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return TimeLimit.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw ApiProblem.badInput(field, "bad_limit", "时限写法如 30min、2h、4wh、1wd、5d：" + text);
		}
	}
}
