package org.zhili.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhili.cases.CaseCategories;

/** The category tree for other modules, from the tree kept in memory. */
@Component
class CategoryDirectory implements CaseCategories {

	private final Categories categories;

	CategoryDirectory(Categories categories) {
		this.categories = categories;
	}

	@Override
	public List<Category> active() {
		return categories.all().stream().filter(org.zhili.cases.internal.Category::active).map(CategoryDirectory::of).toList();
	}

	@Override
	public Optional<Category> find(String code) {
		return categories.find(code).filter(org.zhili.cases.internal.Category::active).map(CategoryDirectory::of);
	}

	private static Category of(org.zhili.cases.internal.Category c) {
		return new Category(c.code(), c.parentCode(), c.level(), c.name(), c.fullName());
	}
}
