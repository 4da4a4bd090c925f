/**
 * 智能分拨: classifies a citizen's words to a first-level category and its lead unit, dispatches confident
 * cases by itself where the command centre allows it, learns from dispatchers' corrections and returns, finds
 * repeated requests (重复诉求) and detects rising problems before anyone calls (未诉先办).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing", allowedDependencies = { "cases", "identity", "org", "platform" })
package org.zhili.routing;
