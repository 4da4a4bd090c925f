package org.zhili.platform.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.zhili.platform.NavigationItem;

/** Puts the menu the signed-in account may use into every rendered page. */
class NavigationInterceptor implements HandlerInterceptor {

	/** A menu group and its entries, in menu order. */
	record Group(String label, List<NavigationItem> items) {
	}

	private final List<NavigationItem> items;

	NavigationInterceptor(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
			return;
		}
		view.addObject("navigation", menuFor(SecurityContextHolder.getContext().getAuthentication()));
		view.addObject("currentPath", request.getRequestURI());
	}

	List<Group> menuFor(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		Set<String> held = authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
		for (NavigationItem item : items) {
			if (item.authority() == null || held.contains(item.authority())) {
				groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(item);
			}
		}
		return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
