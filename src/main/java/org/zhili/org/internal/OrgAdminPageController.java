package org.zhili.org.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhili.org.UnitLevel;

/** 部门管理 and 边界导入, the system administrator's pages; they act through the org API. */
@Controller
@RequestMapping("/org")
@PreAuthorize("hasAuthority('ORG_MANAGE')")
class OrgAdminPageController {

	private final Departments departments;
	private final GeometryLayers layers;

	OrgAdminPageController(Departments departments, GeometryLayers layers) {
		this.departments = departments;
		this.layers = layers;
	}

	@GetMapping("/departments")
	String departments(Model model) {
		model.addAttribute("departments", departments.list(null));
		model.addAttribute("categories", DepartmentCategory.values());
		return "org/departments";
	}

	@GetMapping("/import")
	String importPage(Model model) {
		model.addAttribute("sources", layers.sources());
		model.addAttribute("importable", List.of(UnitLevel.STREET, UnitLevel.COMMUNITY, UnitLevel.GRID));
		return "org/import";
	}
}
